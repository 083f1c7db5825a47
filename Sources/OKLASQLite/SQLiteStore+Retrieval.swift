import Foundation
import GRDB
import OKLACore
import OKLAStore

extension SQLiteStore {
    public func lexicalSearch(_ query: VehicleQuery, text: String) async throws -> [String] {
        // Each term quoted, so nothing the buyer types is read as FTS5 syntax; stems, not
        // prefixes, meet other forms of a word (a prefix query reads every dealer's postings).
        let terms = Set(VehicleDocument.terms(text)).sorted()
        guard !terms.isEmpty else { return [] }
        // The dealer's own word first: FTS5 then scores that dealer's listings only.
        let match = VehicleDocument.dealerTerm(query.dealerId) + " AND ("
            + terms.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
        var arguments = SQLArguments(placeholder: { _ in "?" })
        let matchPlaceholder = arguments.bind(.text(match))
        let conditions = VehicleSQL.conditions(query, &arguments)
        let sql = """
            SELECT vehicle_id FROM vehicle_fts JOIN vehicle ON vehicle.rowid = vehicle_fts.rowid
            WHERE vehicle_fts MATCH \(matchPlaceholder) AND \(conditions)
            ORDER BY bm25(vehicle_fts), vehicle_id LIMIT \(arguments.bind(.int(query.limit)))
            """
        let values = StatementArguments(arguments.values.map(\.sqliteValue))
        return try readNow { db in try String.fetchAll(db.cachedStatement(sql: sql), arguments: values) }
    }

    /// Vectors are compared here, in Swift: one dealer's filtered stock is small enough that
    /// a scan beats keeping an index in step.
    public func semanticSearch(_ query: VehicleQuery, embedding: [Float], model: String) async throws -> [String] {
        var arguments = SQLArguments(placeholder: { _ in "?" })
        let conditions = VehicleSQL.conditions(query, &arguments)
        let sql = """
            SELECT vehicle_id, e.vector FROM vehicle JOIN vehicle_embedding e USING (vehicle_id)
            WHERE \(conditions) AND e.model = \(arguments.bind(.text(model)))
            """
        let values = StatementArguments(arguments.values.map(\.sqliteValue))
        let scored = try await pool.read { db in
            try Row.fetchAll(db.cachedStatement(sql: sql), arguments: values).map { row -> (String, Float) in
                let id: String = row["vehicle_id"]
                return (id, cosineSimilarity(embedding, Self.floats(row["vector"])))
            }
        }
        return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(query.limit).map(\.0)
    }

    public func vehiclesNeedingEmbedding(model: String, limit: Int) async throws -> [Vehicle] {
        try await pool.read { db in
            try String.fetchAll(db, sql: """
                SELECT v.body FROM vehicle v LEFT JOIN vehicle_embedding e USING (vehicle_id)
                WHERE v.status <> 'sold' AND (e.vehicle_id IS NULL OR e.model <> ? OR e.embedded_hash <> v.doc_hash)
                ORDER BY v.updated_at, v.vehicle_id LIMIT ?
                """, arguments: [model, limit])
                .map { try StoreCoding.decode(Vehicle.self, from: $0) }
        }
    }

    public func saveEmbeddings(_ embeddings: [VehicleEmbedding]) async throws {
        try await pool.write { db in
            for e in embeddings {
                // A vehicle deleted while it was being embedded has nothing to attach to.
                try db.execute(
                    sql: """
                    INSERT INTO vehicle_embedding (vehicle_id, model, embedded_hash, vector)
                    SELECT vehicle_id, ?, ?, ? FROM vehicle WHERE vehicle_id = ?
                    ON CONFLICT (vehicle_id) DO UPDATE SET
                        model = excluded.model, embedded_hash = excluded.embedded_hash, vector = excluded.vector
                    """,
                    arguments: [e.model, e.documentHash, Self.blob(e.vector), e.vehicleId])
            }
        }
    }

    public func deleteEmbeddings() async throws {
        try await pool.write { db in try db.execute(sql: "DELETE FROM vehicle_embedding") }
    }

    static func blob(_ vector: [Float]) -> Data {
        vector.withUnsafeBufferPointer { Data(buffer: $0) }
    }

    static func floats(_ data: Data) -> [Float] {
        data.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
    }
}
