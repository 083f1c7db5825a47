import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OKLAEngine

/// Embeddings from any OpenAI-compatible `/v1/embeddings` endpoint (the repo's model server,
/// vLLM, llama.cpp, a hosted API).
public struct OpenAIEmbeddings: TextEmbedder {
    public let endpoint: ModelEndpoint
    let client: HTTPClient

    public init(endpoint: ModelEndpoint, client: HTTPClient = .shared) {
        self.endpoint = endpoint
        self.client = client
    }

    public var model: String { endpoint.model }

    struct Request: Encodable {
        var model: String
        var input: [String]
    }

    struct Response: Decodable {
        struct Item: Decodable {
            var index: Int
            var embedding: [Float]
        }
        var data: [Item]
    }

    public func embed(_ texts: [String]) async throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        let request = endpoint.post("embeddings", json: try JSONEncoder().encode(Request(model: endpoint.model, input: texts)))
        let response = try await client.execute(request, timeout: endpoint.timeAmount)
        let body = try await response.body.collect(upTo: 64 << 20)
        guard response.status == .ok else {
            throw ModelServerError("embeddings: HTTP \(response.status.code): \(String(buffer: body).prefix(300))")
        }
        let items = try JSONDecoder().decode(Response.self, from: Data(body.readableBytesView)).data.sorted { $0.index < $1.index }
        guard items.count == texts.count else {
            throw ModelServerError("embeddings: asked for \(texts.count) vectors, got \(items.count)")
        }
        return items.map { $0.embedding }
    }
}
