import ArgumentParser
import Foundation
import OKLACore
import OKLAEngine
import OKLAModels
import OKLANLU
import OKLAServer
import OKLAStore

extension OKLA {
    struct Bench: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure search latency and indexing throughput on a synthetic inventory (benchmarks/run_search.sh drives it).",
            discussion: "Fills the configured store (OKLA_DATABASE_URL or OKLA_DATA_DIR; use an empty one) with VEHICLES listings spread over DEALERS dealers, deterministic for a seed, then times the engine's hybrid search for the labelled queries' texts. With OKLA_EMBEDDINGS_URL it also embeds every vehicle and reports vehicles per second. Prints one JSON object.")
        @Option(help: "Vehicles to generate.") var vehicles = 10_000
        @Option(help: "Dealers to spread them over.") var dealers = 100
        @Option(help: "Searches to time.") var searches = 2_000
        @Option(help: "Texts to search for (JSONL with a text field).") var queries = "Data/search/queries.jsonl"
        @Option(help: "Seed of the synthetic inventory.") var seed: UInt64 = 7

        func validate() throws {
            guard vehicles > 0, dealers > 0, dealers <= vehicles, searches > 0 else { throw ValidationError("Give positive counts, no more dealers than vehicles") }
        }

        func run() async throws {
            let configuration = try AppConfiguration.fromEnvironment()
            let texts = try SearchEvaluation.load(from: queries).map(\.text)
            let parser = try NLUParser()
            let report = try await StoreBackend.withStore(configuration) { store in
                let generator = SyntheticInventory(seed: seed, dealers: dealers)
                var started = ContinuousClock.now
                for d in 0..<dealers { _ = try await store.saveDealer(generator.dealer(d)) }
                for i in 0..<vehicles { _ = try await store.saveVehicle(generator.vehicle(i)) }
                let loadSeconds = (ContinuousClock.now - started).seconds
                var indexing: [String: Double] = [:]
                if let endpoint = configuration.embeddings {
                    let embedder = OpenAIEmbeddings(endpoint: endpoint.waiting(.seconds(120)))
                    let indexer = EmbeddingIndexer(store: store, embedder: embedder)
                    started = ContinuousClock.now
                    var embedded = 0
                    while case let n = try await indexer.indexBatch(), n > 0 { embedded += n }
                    let seconds = (ContinuousClock.now - started).seconds
                    indexing = ["vehicles": Double(embedded), "seconds": seconds, "vehicles_per_second": Double(embedded) / seconds]
                }
                let search = InventorySearch(
                    store: store, embedder: configuration.embeddings.map { OpenAIEmbeddings(endpoint: $0) }, understanding: parser,
                    pesosPerDollar: configuration.engine.pesosPerDollar)
                var latencies: [Double] = []
                var rng = SplitMix64(seed: seed &+ 1)
                for i in 0..<searches {
                    let text = texts[i % texts.count]
                    let dealerId = generator.dealerId(Int(rng.next() % UInt64(dealers)))
                    let understood = parser.understand(text)
                    let filters = understood.result.entities
                    let t0 = ContinuousClock.now
                    _ = try await search.search(dealerId: dealerId, filters: filters, text: text, understood: understood, limit: 5)
                    latencies.append((ContinuousClock.now - t0).seconds * 1000)
                }
                latencies.sort()
                func percentile(_ p: Double) -> Double { latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))] }
                var report: [String: Any] = [
                    "backend": configuration.databaseURL == nil ? "sqlite" : "postgresql",
                    "vehicles": vehicles, "dealers": dealers, "searches": searches, "vectors": configuration.embeddings != nil,
                    "load_seconds": loadSeconds,
                    "search_ms": ["p50": percentile(0.5), "p95": percentile(0.95), "p99": percentile(0.99), "max": latencies.last ?? 0],
                ]
                if !indexing.isEmpty { report["indexing"] = indexing }
                return try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys, .prettyPrinted])
            }
            print(String(decoding: report, as: UTF8.self))
        }
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// A deterministic pseudo-random generator, so benchmark inventories are the same every run.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Listings shaped like a Dominican dealer's stock: the demo's models, years, prices, colours
/// and equipment varied per vehicle.
struct SyntheticInventory {
    let seed: UInt64
    let dealers: Int

    static let models: [(String, String, BodyType, Double, Fuel, Int)] = [
        ("Toyota", "RAV4", .suv, 1_800_000, .gasoline, 5), ("Honda", "CR-V", .suv, 1_600_000, .gasoline, 5),
        ("Hyundai", "Tucson", .suv, 1_500_000, .gasoline, 5), ("Hyundai", "Santa Fe", .suv, 1_900_000, .gasoline, 7),
        ("Kia", "Sportage", .suv, 1_400_000, .gasoline, 5), ("Kia", "Sorento", .suv, 2_000_000, .gasoline, 7),
        ("Toyota", "Land Cruiser Prado", .suv, 4_200_000, .diesel, 7), ("Jeep", "Grand Cherokee", .suv, 2_400_000, .gasoline, 5),
        ("Toyota", "Corolla", .sedan, 1_000_000, .gasoline, 5), ("Honda", "Civic", .sedan, 1_100_000, .gasoline, 5),
        ("Hyundai", "Sonata", .sedan, 800_000, .lpg, 5), ("Hyundai", "Elantra", .sedan, 850_000, .gasoline, 5),
        ("Toyota", "Camry", .sedan, 2_200_000, .hybrid, 5), ("Honda", "Fit", .hatchback, 600_000, .gasoline, 5),
        ("Kia", "Picanto", .hatchback, 550_000, .gasoline, 5), ("BYD", "Dolphin", .hatchback, 1_700_000, .electric, 5),
        ("Toyota", "Hilux", .pickup, 2_900_000, .diesel, 5), ("Nissan", "Frontier", .pickup, 2_000_000, .diesel, 5),
        ("Kia", "Carnival", .minivan, 2_400_000, .gasoline, 8), ("Toyota", "Hiace", .van, 1_900_000, .diesel, 15),
        ("Honda", "CB190R", .motorcycle, 160_000, .gasoline, 2), ("Ford", "Mustang", .coupe, 2_300_000, .gasoline, 4),
    ]
    static let colors = ["Blanco", "Negro", "Gris", "Gris Oscuro", "Rojo", "Azul", "Plateado", "Verde"]
    static let features = ["Cámara de reversa", "Sunroof", "Pantalla táctil", "Apple CarPlay", "Asientos en piel", "Sensores de parqueo", "Aros de lujo", "Bluetooth"]

    func dealerId(_ index: Int) -> String { "bench-dealer-\(index)" }

    func dealer(_ index: Int) -> Dealer {
        Dealer(dealerId: dealerId(index), name: "Dealer de prueba \(index)")
    }

    func vehicle(_ index: Int) -> Vehicle {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 7919)
        let (make, model, body, basePrice, fuel, seats) = Self.models[Int(rng.next() % UInt64(Self.models.count))]
        let year = 2012 + Int(rng.next() % 15)
        let price = (basePrice * (0.6 + Double(year - 2012) * 0.05) * (0.9 + Double(rng.next() % 20) / 100) / 1000).rounded() * 1000
        let usd = rng.next() % 10 == 0
        let chosen = (0..<3).map { _ in Self.features[Int(rng.next() % UInt64(Self.features.count))] }
        return Vehicle(
            vehicleId: "bench-\(index)", dealerId: dealerId(index % dealers), make: make, model: model, year: year,
            price: usd ? (price / 63).rounded() : price, currency: usd ? .USD : .DOP,
            mileageKm: year >= 2026 ? 0 : Int(rng.next() % 150) * 1000, bodyType: body,
            transmission: rng.next() % 5 == 0 ? .manual : .automatic, fuel: fuel,
            color: Self.colors[Int(rng.next() % UInt64(Self.colors.count))], condition: year >= 2026 ? .new : .used,
            seats: seats, drive: body == .pickup || rng.next() % 4 == 0 ? "4x4" : nil, location: "Santo Domingo",
            description: "\(make) \(model) \(year) en excelentes condiciones, \(chosen[0].lowercased()) y \(chosen[1].lowercased()).",
            features: Array(Set(chosen)).sorted(),
            status: rng.next() % 20 == 0 ? .sold : .available)
    }
}
