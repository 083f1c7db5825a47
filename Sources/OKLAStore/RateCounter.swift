import Foundation

/// Counts requests per key in fixed time windows. In one process a counter in memory is
/// enough; replicas sharing a database count in it, so a limit holds across all of them.
public protocol RateCounter: Sendable {
    /// Adds one hit to `key` in the window that starts at `windowStart` (seconds since 1970)
    /// and returns the hits counted in that window so far, this one included.
    func hit(key: String, windowStart: Int64) async throws -> Int
}

/// The one-process counter. Windows older than the newest one seen are dropped as time moves on.
public actor MemoryRateCounter: RateCounter {
    private var hits: [String: (window: Int64, count: Int)] = [:]
    private var newestWindow: Int64 = 0

    public init() {}

    public func hit(key: String, windowStart: Int64) -> Int {
        if windowStart > newestWindow {
            newestWindow = windowStart
            hits = hits.filter { $0.value.window >= windowStart }
        }
        let count = (hits[key]?.window == windowStart ? hits[key]!.count : 0) + 1
        hits[key] = (windowStart, count)
        return count
    }
}
