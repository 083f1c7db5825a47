import Foundation
import OKLACore
import OKLAStore
import Testing

@Suite("Retrieval contract")
struct RetrievalContractTests {
    @Test("lexical search ignores accents and case, meets Spanish word forms and keeps the hard filters", arguments: Backend.available)
    func lexicalSearch(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let (dealer, other) = try await { let d = try await makeDealers(2, in: store); return (d[0], d[1]) }()
            var sunroof = car(unique("v"), dealer: dealer, year: 2022)
            sunroof.features = ["Sunroof panorámico", "Cámara de reversa"]
            var diesel = car(unique("v"), dealer: dealer, make: "Toyota", model: "Hilux", body: .pickup)
            diesel.fuel = .diesel
            diesel.description = "Camioneta de trabajo, económica"
            let sold = { var v = sunroof; v.vehicleId = unique("v"); v.status = .sold; return v }()
            let elsewhere = { var v = sunroof; v.vehicleId = unique("v"); v.dealerId = other; return v }()
            for v in [sunroof, diesel, sold, elsewhere] { _ = try await store.saveVehicle(v) }

            let query = VehicleQuery(dealerId: dealer, limit: 10)
            #expect(try await store.lexicalSearch(query, text: "CON SUNROOF y camara") == [sunroof.vehicleId])
            #expect(try await store.lexicalSearch(query, text: "camionetas economicas") == [diesel.vehicleId])
            #expect(try await store.lexicalSearch(query, text: "diésel").contains(diesel.vehicleId))
            var suvOnly = query
            suvOnly.filters.bodyType = .suv
            #expect(try await store.lexicalSearch(suvOnly, text: "camioneta economica sunroof") == [sunroof.vehicleId])
            #expect(try await store.lexicalSearch(query, text: "\"*) OR (") == [])

            // An update reaches the index at once; a deleted vehicle leaves it.
            diesel.description = "Full, con sunroof"
            _ = try await store.saveVehicle(diesel)
            #expect(Set(try await store.lexicalSearch(query, text: "sunroof")) == [sunroof.vehicleId, diesel.vehicleId])
            _ = try await store.deleteVehicle(id: sunroof.vehicleId, dealerId: dealer)
            #expect(try await store.lexicalSearch(query, text: "sunroof") == [diesel.vehicleId])
        }
    }

    @Test("embeddings are stale until saved for the current document, and semantic search ranks by cosine within the filters", arguments: Backend.available)
    func semanticSearch(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let dealer = try await makeDealers(1, in: store)[0]
            let model = unique("model")
            let a = car(unique("v"), dealer: dealer, year: 2020)
            let b = car(unique("v"), dealer: dealer, year: 2021)
            let c = car(unique("v"), dealer: dealer, body: .sedan)
            for v in [a, b, c] { _ = try await store.saveVehicle(v) }
            var stale = try await store.vehiclesNeedingEmbedding(model: model, limit: 1_000_000).map(\.vehicleId)
            #expect(Set([a, b, c].map(\.vehicleId)).isSubset(of: Set(stale)))

            func vector(_ x: Float, _ y: Float) -> [Float] { [x, y] + Array(repeating: 0, count: 382) }
            try await store.saveEmbeddings([
                VehicleEmbedding(vehicleId: a.vehicleId, model: model, documentHash: VehicleDocument(a).hash, vector: vector(1, 0)),
                VehicleEmbedding(vehicleId: b.vehicleId, model: model, documentHash: VehicleDocument(b).hash, vector: vector(0.6, 0.8)),
                VehicleEmbedding(vehicleId: c.vehicleId, model: model, documentHash: VehicleDocument(c).hash, vector: vector(0, 1)),
            ])
            stale = try await store.vehiclesNeedingEmbedding(model: model, limit: 1_000_000).map(\.vehicleId)
            #expect(stale.allSatisfy { ![a, b, c].map(\.vehicleId).contains($0) })

            let query = VehicleQuery(dealerId: dealer, limit: 3)
            #expect(try await store.semanticSearch(query, embedding: vector(0, 1), model: model) == [c.vehicleId, b.vehicleId, a.vehicleId])
            var suvs = query
            suvs.filters.bodyType = .suv
            #expect(try await store.semanticSearch(suvs, embedding: vector(0, 1), model: model) == [b.vehicleId, a.vehicleId])

            // Changing the listing makes its embedding stale again.
            var changed = a
            changed.description = "Ahora con gomas nuevas"
            _ = try await store.saveVehicle(changed)
            #expect(try await store.vehiclesNeedingEmbedding(model: model, limit: 1_000_000).map(\.vehicleId).contains(a.vehicleId))
        }
    }
}
