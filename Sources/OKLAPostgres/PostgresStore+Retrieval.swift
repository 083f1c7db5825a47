import Foundation
import OKLACore
import OKLAStore
import PostgresNIO

extension PostgresStore {
    public func lexicalSearch(_ query: VehicleQuery, text: String) async throws -> [String] {
        // The buyer's words, folded to letters and digits only, OR-ed: PostgreSQL's Spanish
        // configuration stems them as it stemmed the documents.
        let words = Set(text.folded
            .split { !($0.isLetter || $0.isNumber) }.map(String.init)).sorted()
        guard !words.isEmpty else { return [] }
        var arguments = SQLArguments(placeholder: { "$\($0)" })
        let tsquery = "to_tsquery('spanish', okla_unaccent(\(arguments.bind(.text(words.joined(separator: " | "))))))"
        let conditions = VehicleSQL.conditions(query, &arguments)
        let sql = """
            SELECT vehicle_id FROM vehicle, \(tsquery) AS q
            WHERE doc_tsv @@ q AND \(conditions)
            ORDER BY ts_rank_cd(doc_tsv, q) DESC, vehicle_id LIMIT \(arguments.bind(.int(query.limit)))
            """
        return try await ids(PostgresQuery(unsafeSQL: sql, binds: Self.bindings(arguments.values)))
    }

    public func semanticSearch(_ query: VehicleQuery, embedding: [Float], model: String) async throws -> [String] {
        var arguments = SQLArguments(placeholder: { "$\($0)" })
        let conditions = VehicleSQL.conditions(query, &arguments)
        let vector = arguments.bind(.text(Self.vectorLiteral(embedding)))
        let sql = """
            SELECT vehicle_id FROM vehicle JOIN vehicle_embedding e USING (vehicle_id)
            WHERE \(conditions) AND e.model = \(arguments.bind(.text(model)))
            ORDER BY e.embedding <=> \(vector)::vector, vehicle_id LIMIT \(arguments.bind(.int(query.limit)))
            """
        let statement = PostgresQuery(unsafeSQL: sql, binds: Self.bindings(arguments.values))
        // With filters, an HNSW scan must keep going until it has found enough rows that pass them.
        return try await transaction { conn in
            try await conn.query("SET LOCAL hnsw.iterative_scan = relaxed_order", logger: logger)
            var found: [String] = []
            for try await id in try await conn.query(statement, logger: logger).decode(String.self) { found.append(id) }
            return found
        }
    }

    public func vehiclesNeedingEmbedding(model: String, limit: Int) async throws -> [Vehicle] {
        let rows = try await client.query("""
            SELECT v.body::text FROM vehicle v LEFT JOIN vehicle_embedding e USING (vehicle_id)
            WHERE v.status <> 'sold' AND (e.vehicle_id IS NULL OR e.model <> \(model) OR e.embedded_hash <> v.doc_hash)
            ORDER BY v.updated_at, v.vehicle_id LIMIT \(limit)
            """, logger: logger)
        var vehicles: [Vehicle] = []
        for try await body in rows.decode(String.self) { vehicles.append(try StoreCoding.decode(Vehicle.self, from: body)) }
        return vehicles
    }

    public func saveEmbeddings(_ embeddings: [VehicleEmbedding]) async throws {
        guard !embeddings.isEmpty else { return }
        try await transaction { conn in
            for e in embeddings {
                try await conn.query("""
                    INSERT INTO vehicle_embedding (vehicle_id, model, embedded_hash, embedding)
                    SELECT vehicle_id, \(e.model), \(e.documentHash), \(Self.vectorLiteral(e.vector))::vector
                    FROM vehicle WHERE vehicle_id = \(e.vehicleId)
                    ON CONFLICT (vehicle_id) DO UPDATE SET
                        model = EXCLUDED.model, embedded_hash = EXCLUDED.embedded_hash, embedding = EXCLUDED.embedding
                    """, logger: logger)
            }
        }
    }

    public func deleteEmbeddings() async throws {
        try await client.query("DELETE FROM vehicle_embedding", logger: logger)
    }

    private func ids(_ query: PostgresQuery) async throws -> [String] {
        var found: [String] = []
        for try await id in try await client.query(query, logger: logger).decode(String.self) { found.append(id) }
        return found
    }

    static func vectorLiteral(_ vector: [Float]) -> String {
        "[" + vector.map { String($0) }.joined(separator: ",") + "]"
    }
}
