/// A listing's document as a vector, from one embedding model.
public struct VehicleEmbedding: Sendable, Equatable {
    public var vehicleId: String
    public var model: String
    /// `VehicleDocument.hash` of the text that was embedded.
    public var documentHash: String
    public var vector: [Float]

    public init(vehicleId: String, model: String, documentHash: String, vector: [Float]) {
        self.vehicleId = vehicleId
        self.model = model
        self.documentHash = documentHash
        self.vector = vector
    }
}

/// Cosine similarity; vectors of different lengths are unrelated.
public func cosineSimilarity(_ a: [Float], _ b: [Float]) -> Float {
    guard a.count == b.count, !a.isEmpty else { return -1 }
    var dot: Float = 0, na: Float = 0, nb: Float = 0
    for i in a.indices {
        dot += a[i] * b[i]
        na += a[i] * a[i]
        nb += b[i] * b[i]
    }
    return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : -1
}
