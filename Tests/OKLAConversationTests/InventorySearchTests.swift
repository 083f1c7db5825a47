import Foundation
import OKLACore
import OKLAEngine
import OKLAServer
import OKLASQLite
import OKLAStore
import Testing

/// `search_inventory` over the demo inventory, with the filters the NLU reads from each text.
@Suite struct InventorySearchTests {
    static func search(
        _ text: String, dealer: String = "motores-del-caribe", filters: Entities? = nil, limit: Int = 5
    ) async throws -> [InventorySearch.Match] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("search-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try await DemoInventory.load(into: store)
        let understanding = try defaultUnderstanding()
        let search = InventorySearch(store: store, embedder: nil, understanding: understanding, pesosPerDollar: 63)
        return try await search.search(
            dealerId: dealer, filters: filters ?? understanding.understand(text).result.entities, text: text, limit: limit)
    }

    /// What a message rules out.
    enum RuledOut: Sendable {
        case makes(Set<String>)
        case bodies(Set<BodyType>)
        case gasOrMotorcycle
        case mileageOver(Int)

        func contains(_ v: Vehicle) -> Bool {
            switch self {
            case .makes(let makes): makes.contains(v.make)
            case .bodies(let bodies): v.bodyType.map(bodies.contains) ?? false
            case .gasOrMotorcycle: v.fuel == .lpg || v.bodyType == .motorcycle
            case .mileageOver(let km): (v.mileageKm ?? 0) > km
            }
        }
    }

    @Test("what the buyer rules out is never offered, and the rest still is", arguments: [
        ("yipeta de 7 pasajeros q no sea toyota", RuledOut.makes(["Toyota"])),
        ("cualquier yipeta menos las chinas", .makes(["Changan", "Jetour"])),
        ("un carro automatico q no sea de gas", .gasOrMotorcycle),
        ("algo q no sea ni yipeta ni camioneta", .bodies([.suv, .pickup])),
        ("una yipeta con menos de 40 mil km", .mileageOver(40_000)),
    ])
    func rulesOut(text: String, ruledOut: RuledOut) async throws {
        let found = try await Self.search(text, limit: 50)
        #expect(!found.isEmpty)
        #expect(!found.contains { ruledOut.contains($0.vehicle) })
    }

    @Test("a make ruled out now drops the same make asked for earlier")
    func exclusionOverridesEarlierFilters() async throws {
        let found = try await Self.search("mejor q no sea toyota", filters: Entities(bodyType: .suv, make: "Toyota"), limit: 50)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.vehicle.make != "Toyota" && $0.vehicle.bodyType == .suv })
    }

    @Test("a superlative orders by price, year or mileage")
    func superlatives() async throws {
        #expect(try await Self.search("cual es la yipeta mas barata q tienen").first?.vehicle.vehicleId == "MDC-0008")
        #expect(try await Self.search("sedan con el menor millaje posible").first?.vehicle.mileageKm == 0)
        let newest = try await Self.search("la pick up mas nueva q tengan").first?.vehicle
        #expect(newest?.year == 2026 && newest?.bodyType == .pickup)
    }

    @Test("soft wishes rank what fits them first and say why")
    func softWishes() async throws {
        let mountain = try await Self.search("algo pa la loma, 4x4 q aguante")
        #expect(mountain.allSatisfy { $0.vehicle.drive == "4x4" })
        #expect(mountain.first?.reasons.contains { $0.contains("4x4") } == true)
        #expect(try await Self.search("pa transporte escolar, algo donde quepan muchos muchachos").first?.vehicle.model == "Hiace")
        let luxury = try await Self.search("quiero algo de lujo, lo mejor q tengan en yipeta", limit: 2)
        #expect(Set(luxury.map(\.vehicle.make)) == ["Lexus", "BMW"])
    }

    @Test("equipment named together ranks the listings that have all of it first")
    func namedEquipment() async throws {
        let found = try await Self.search("una jeepeta con asientos en piel y sunroof, hasta 2 palos", limit: 3)
        #expect(found.count == 3)
        for match in found {
            let features = match.vehicle.features.joined(separator: " ").lowercased()
            #expect(features.contains("piel") && features.contains("sunroof"))
        }
    }

    @Test("a car is never a motorcycle, even the cheapest")
    func carIsNotMotorcycle() async throws {
        let found = try await Self.search("lo mas barato que tengan en carro", limit: 10)
        #expect(found.first?.vehicle.vehicleId == "MDC-0038")
        #expect(found.allSatisfy { $0.vehicle.bodyType != .motorcycle })
    }
}
