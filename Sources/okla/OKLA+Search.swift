import ArgumentParser
import Foundation
import OKLAEngine
import OKLANLU
import OKLAServer
import OKLAStore

extension OKLA {
    struct EvalSearch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Recall@5, precision@5, MRR and must_not violations of inventory search on a labelled JSONL file.",
            discussion: "Each line: {dealerId, text, relevant[], must_not[]}. Runs on a scratch SQLite store holding the demo inventory, or --inventory FILE. The text is understood by the NLU and searched with the engine's filters.")
        @Argument(help: "Labelled JSONL file.") var file = "Data/search/queries.jsonl"
        @Option(help: "Inventory (JSON or CSV) instead of the demo dealers.") var inventory: String?
        @Flag(help: "List the queries that returned a ruled-out vehicle.") var verbose = false

        func run() async throws {
            let queries = try SearchEvaluation.load(from: file)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("okla-search-\(UUID().uuidString)").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            var configuration = AppConfiguration()
            configuration.dataDirectory = folder
            let store = try StoreBackend.make(configuration).store
            if let inventory {
                _ = try await InventoryImporter(store: store).importFile(at: URL(fileURLWithPath: inventory))
            } else {
                _ = try await DemoInventory.load(into: store)
            }
            let parser = try NLUParser()
            let search = InventorySearch(store: store, embedder: nil, understanding: parser, pesosPerDollar: configuration.engine.pesosPerDollar)
            var runs: [(String, SearchEvaluation)] = [
                ("pure lexical (FTS over the message, no filters)", SearchEvaluation()),
                ("structured filters only (NLU entities → SQL)", SearchEvaluation()),
                ("hybrid without vectors (filters + lexical + wishes)", SearchEvaluation()),
            ]
            for query in queries {
                let filters = parser.parse(query.text).entities
                let unfiltered = VehicleQuery(dealerId: query.dealerId, pesosPerDollar: configuration.engine.pesosPerDollar, limit: 5)
                runs[0].1.add(query, results: try await store.lexicalSearch(unfiltered, text: query.text))
                let structured = try await search.search(dealerId: query.dealerId, filters: filters, text: query.text, limit: 5, signals: .structured)
                runs[1].1.add(query, results: structured.map(\.vehicle.vehicleId))
                let hybrid = try await search.search(dealerId: query.dealerId, filters: filters, text: query.text, limit: 5)
                runs[2].1.add(query, results: hybrid.map(\.vehicle.vehicleId))
            }
            for (name, run) in runs { print("\(name):\n  \(run.summary)") }
            let structured = runs[2].1
            if verbose {
                for line in structured.violating { print("  ✘ \(line)") }
                for line in structured.missing { print("  · \(line)") }
            }
        }
    }
}
