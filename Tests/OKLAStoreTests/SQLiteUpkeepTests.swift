import Foundation
import OKLACore
import OKLASQLite
import OKLAStore
import Testing

/// The background upkeep of the embedded store: what the server's maintenance service calls
/// between chat turns.
@Suite("SQLite upkeep")
struct SQLiteUpkeepTests {
    static func withStore(_ body: (SQLiteStore) async throws -> Void) async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("okla-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try await body(try SQLiteStore(path: path))
    }

    @Test("merging the search index leaves one segment and finds exactly what it found before")
    func compactSearchIndex() async throws {
        try await Self.withStore { store in
            let dealer = try await makeDealers(1, in: store)[0]
            let models = [("Toyota", "RAV4", BodyType.suv), ("Honda", "Civic", .sedan), ("Toyota", "Hilux", .pickup), ("Hyundai", "Tucson", .suv)]
            for i in 0..<24 {
                let (make, model, body) = models[i % models.count]
                var v = car("v-\(i)", dealer: dealer, make: make, model: model, year: 2015 + i % 8, body: body)
                v.description = i.isMultiple(of: 3) ? "Con sunroof y cámara de reversa" : "Económica, un solo dueño"
                _ = try await store.saveVehicle(v)
            }
            let query = VehicleQuery(dealerId: dealer, limit: 30)
            let texts = ["yipeta con sunroof", "camioneta economica", "civic de un dueño", "toyota"]
            var before: [[String]] = []
            for text in texts { before.append(try await store.lexicalSearch(query, text: text)) }
            #expect(before.allSatisfy { !$0.isEmpty })

            #expect(try await store.compactSearchIndex(), "24 saved listings leave more than one segment")
            #expect(try await store.compactSearchIndex() == false, "one merge step leaves a single segment")
            for (text, found) in zip(texts, before) {
                #expect(try await store.lexicalSearch(query, text: text) == found, "\(text)")
            }
        }
    }

    @Test("a checkpoint between turns copies the whole log back into the database file")
    func checkpoint() async throws {
        try await Self.withStore { store in
            let dealer = try await makeDealers(1, in: store)[0]
            for i in 0..<10 { _ = try await store.saveVehicle(car("v-\(i)", dealer: dealer)) }
            let result = try await store.checkpoint()
            #expect(result.logged > 0)
            #expect(result.copied == result.logged)
            #expect(try await store.vehicles(dealerId: dealer).count == 10)
        }
    }
}
