import AsyncHTTPClient
import Foundation
import NIOCore

/// Where an OpenAI-compatible model server listens, and how to call it.
public struct ModelEndpoint: Sendable, Equatable {
    /// The server's base URL: `http://127.0.0.1:8000` or `http://127.0.0.1:8000/v1`.
    public var baseURL: String
    /// The model name sent in each request.
    public var model: String
    /// Sent as `Authorization: Bearer …` when set. Default none.
    public var apiKey: String?
    /// Longest wait for one request. Default 2 seconds.
    public var timeout: Duration

    public init(baseURL: String, model: String, apiKey: String? = nil, timeout: Duration = .seconds(2)) {
        self.baseURL = baseURL
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
    }

    /// The same server with another per-request timeout: batch work (indexing, evaluations)
    /// waits longer than a buyer's message may.
    public func waiting(_ timeout: Duration) -> ModelEndpoint {
        var endpoint = self
        endpoint.timeout = timeout
        return endpoint
    }

    var timeAmount: TimeAmount {
        .nanoseconds(timeout.components.seconds * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)
    }

    /// A JSON POST to `path` under `/v1`, with the key when there is one.
    func post(_ path: String, json: Data) -> HTTPClientRequest {
        var request = HTTPClientRequest(url: url(path))
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        if let apiKey { request.headers.add(name: "Authorization", value: "Bearer \(apiKey)") }
        request.body = .bytes(ByteBuffer(bytes: json))
        return request
    }

    /// `path` ("embeddings", "chat/completions") under the server's `/v1`.
    func url(_ path: String) -> String {
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        return (base.hasSuffix("/v1") ? base : base + "/v1") + "/" + path
    }
}

/// What a model server did wrong, for logs and the audit trail.
public struct ModelServerError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
