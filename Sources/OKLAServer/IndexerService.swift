import Logging
import OKLAEngine
import ServiceLifecycle

/// Runs the embedding indexer in the background: changes to the inventory reach the vector
/// index within one interval, without a restart. A failing model server is retried with a
/// longer pause; search goes on without vectors meanwhile.
struct IndexerService: Service {
    let indexer: EmbeddingIndexer
    /// Pause when the index is up to date.
    let interval: Duration
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            var failures = 0
            while !Task.isCancelled {
                do {
                    let embedded = try await indexer.indexBatch()
                    failures = 0
                    if embedded > 0 { continue }
                } catch {
                    failures += 1
                    logger.warning("Embedding batch failed", metadata: ["error": "\(error)", "failures": "\(failures)"])
                }
                try? await Task.sleep(for: failures == 0 ? interval : interval * min(30, 1 << min(failures, 5)))
            }
        }
    }
}
