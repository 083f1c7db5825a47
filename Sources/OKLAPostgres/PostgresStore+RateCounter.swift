import OKLAStore
import PostgresNIO

extension PostgresStore: RateCounter {
    /// One upsert a hit, so replicas count together. Past windows are swept now and then by
    /// whichever request opens a new window for its key.
    public func hit(key: String, windowStart: Int64) async throws -> Int {
        let rows = try await client.query(
            """
            INSERT INTO rate_limit_hit (key, window_start, hits) VALUES (\(key), \(windowStart), 1)
            ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hit.hits + 1
            RETURNING hits
            """, logger: logger)
        var hits = 1
        for try await (count) in rows.decode(Int.self) { hits = count }
        if hits == 1, Int.random(in: 0..<64) == 0 {
            try await client.query("DELETE FROM rate_limit_hit WHERE window_start < \(windowStart)", logger: logger)
        }
        return hits
    }
}
