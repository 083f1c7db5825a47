/// Turns texts into vectors: any OpenAI-compatible `/v1/embeddings` server, for example.
public protocol TextEmbedder: Sendable {
    /// The model's name, stored with each vector: vectors of different models never mix.
    var model: String { get }
    /// One vector per text, in order.
    func embed(_ texts: [String]) async throws -> [[Float]]
}
