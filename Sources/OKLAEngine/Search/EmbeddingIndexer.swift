import Foundation
import OKLAStore

/// Keeps vehicle embeddings in step with the inventory: every vehicle whose document changed
/// since it was embedded (or never was) is embedded again, in batches.
public struct EmbeddingIndexer: Sendable {
    public let store: any ChatStore
    public let embedder: any TextEmbedder
    /// Vehicles per request to the model server. Default 64.
    public var batchSize: Int

    public init(store: any ChatStore, embedder: any TextEmbedder, batchSize: Int = 64) {
        self.store = store
        self.embedder = embedder
        self.batchSize = batchSize
    }

    /// Embeds one batch of stale vehicles; returns how many, 0 when the index is up to date.
    public func indexBatch() async throws -> Int {
        let vehicles = try await store.vehiclesNeedingEmbedding(model: embedder.model, limit: batchSize)
        guard !vehicles.isEmpty else { return 0 }
        let documents = vehicles.map(VehicleDocument.init)
        let started = ContinuousClock.now
        let vectors = try await embedder.embed(documents.map(\.card))
        EngineMetrics.embeddingDuration(ContinuousClock.now - started)
        try await store.saveEmbeddings(zip(vehicles, zip(documents, vectors)).map { vehicle, pair in
            VehicleEmbedding(vehicleId: vehicle.vehicleId, model: embedder.model, documentHash: pair.0.hash, vector: pair.1)
        })
        return vehicles.count
    }
}
