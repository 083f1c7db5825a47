import ArgumentParser
import Foundation
import OKLAEngine
import OKLAModels
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
        @OptionGroup var scratch: ScratchInventory
        @Flag(help: "List the queries that returned a ruled-out vehicle or missed a relevant one.") var verbose = false

        func run() async throws {
            let queries = try SearchEvaluation.load(from: file)
            try await scratch.withStore { store in try await evaluate(queries, on: store) }
        }

        private func evaluate(_ queries: [SearchEvaluation.Query], on store: any ChatStore) async throws {
            let configuration = AppConfiguration()
            let parser = try NLUParser()
            let environment = try AppConfiguration.fromEnvironment()
            let embedder = environment.embeddings.map { OpenAIEmbeddings(endpoint: $0.waiting(.seconds(60))) }
            if let embedder {
                let indexer = EmbeddingIndexer(store: store, embedder: embedder)
                while try await indexer.indexBatch() > 0 {}
            }
            let search = InventorySearch(store: store, embedder: embedder, understanding: parser, pesosPerDollar: configuration.engine.pesosPerDollar)
            var runs: [(String, SearchEvaluation)] = [
                ("pure lexical (FTS over the message, no filters)", SearchEvaluation()),
                ("structured filters only (NLU entities → SQL)", SearchEvaluation()),
            ]
            if embedder != nil { runs.append(("pure vector (cosine over the message, no filters)", SearchEvaluation())) }
            runs.append((embedder == nil ? "hybrid without vectors (filters + lexical + wishes; set OKLA_EMBEDDINGS_URL for vectors)" : "hybrid (filters + lexical + vectors + wishes)", SearchEvaluation()))
            for query in queries {
                let understood = parser.understand(query.text)
                let filters = understood.result.entities
                let unfiltered = VehicleQuery(dealerId: query.dealerId, pesosPerDollar: configuration.engine.pesosPerDollar, limit: 5)
                runs[0].1.add(query, results: try await store.lexicalSearch(unfiltered, text: query.text))
                let structured = try await search.search(dealerId: query.dealerId, filters: filters, text: query.text, understood: understood, limit: 5, signals: .structured)
                runs[1].1.add(query, results: structured.map(\.vehicle.vehicleId))
                if let embedder, let vector = try await embedder.embed([query.text]).first {
                    runs[2].1.add(query, results: try await store.semanticSearch(unfiltered, embedding: vector, model: embedder.model))
                }
                let hybrid = try await search.search(dealerId: query.dealerId, filters: filters, text: query.text, understood: understood, limit: 5)
                runs[runs.count - 1].1.add(query, results: hybrid.map(\.vehicle.vehicleId))
            }
            for (name, run) in runs { print("\(name):\n  \(run.summary)") }
            let structured = runs[runs.count - 1].1
            if verbose {
                for line in structured.violating { print("  ✘ \(line)") }
                for line in structured.missing { print("  · \(line)") }
            }
        }
    }
}

extension OKLA {
    struct Index: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Maintain the vector index.", subcommands: [Rebuild.self])

        struct Rebuild: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Re-embed every vehicle on offer through OKLA_EMBEDDINGS_URL, with progress.",
                discussion: "Runs against the configured store (OKLA_DATABASE_URL or OKLA_DATA_DIR). The server keeps the index current on its own; this starts it over, e.g. after changing the embedding model.")
            @Option(help: "Vehicles per request to the model server.") var batch = 64

            func validate() throws {
                guard batch > 0, batch <= 2048 else { throw ValidationError("--batch must be between 1 and 2048") }
            }

            func run() async throws {
                let configuration = try AppConfiguration.fromEnvironment()
                guard let endpoint = configuration.embeddings else {
                    throw ValidationError("Set OKLA_EMBEDDINGS_URL to an OpenAI-compatible embeddings server (e.g. bash scripts/modelserver.sh start)")
                }
                let embedder = OpenAIEmbeddings(endpoint: endpoint.waiting(.seconds(120)))
                try await StoreBackend.withStore(configuration) { store in
                    try await store.deleteEmbeddings()
                    let total = try await store.vehiclesNeedingEmbedding(model: embedder.model, limit: Int(Int32.max)).count
                    let indexer = EmbeddingIndexer(store: store, embedder: embedder, batchSize: batch)
                    let started = ContinuousClock.now
                    var done = 0
                    while true {
                        let embedded = try await indexer.indexBatch()
                        if embedded == 0 { break }
                        done += embedded
                        let seconds = max(0.001, (ContinuousClock.now - started).seconds)
                        FileHandle.standardError.write(Data(String(format: "\rEmbebidos %d/%d vehículos (%.0f/s)", done, total, Double(done) / seconds).utf8))
                    }
                    FileHandle.standardError.write(Data("\n".utf8))
                    print("Índice reconstruido: \(done) vehículos con \(embedder.model)")
                }
            }
        }
    }
}
