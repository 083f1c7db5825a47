import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OKLAEngine

/// Chat completions from any OpenAI-compatible `/v1/chat/completions` endpoint (llama.cpp's
/// server, vLLM, the repo's model server, a hosted API), with the reply constrained by a JSON
/// Schema through `response_format` and, when asked, streamed as server-sent events.
/// Requests are never retried: a retry could make the buyer's message answered twice.
public struct OpenAIChat: ChatModel {
    public let endpoint: ModelEndpoint
    let client: HTTPClient

    public init(endpoint: ModelEndpoint, client: HTTPClient = .shared) {
        self.endpoint = endpoint
        self.client = client
    }

    public var name: String { endpoint.model }

    struct Body: Encodable {
        struct StreamOptions: Encodable { var include_usage = true }
        var model: String
        var messages: [ChatModelMessage]
        var max_tokens: Int
        var temperature: Double
        var stream: Bool
        var stream_options: StreamOptions?
    }

    struct Usage: Decodable {
        var prompt_tokens: Int?
        var completion_tokens: Int?
    }

    struct Completion: Decodable {
        struct Choice: Decodable {
            struct Message: Decodable { var content: String? }
            var message: Message
        }
        var choices: [Choice]
        var usage: Usage?
    }

    struct Chunk: Decodable {
        struct Choice: Decodable {
            struct Delta: Decodable { var content: String? }
            var delta: Delta?
        }
        var choices: [Choice]
        var usage: Usage?
    }

    public func complete(_ request: ChatModelRequest, onDelta: (@Sendable (String) async throws -> Void)?) async throws -> ChatModelOutput {
        do {
            return try await send(request, onDelta: onDelta)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw ChatModelTimeout()
        }
    }

    private func send(_ request: ChatModelRequest, onDelta: (@Sendable (String) async throws -> Void)?) async throws -> ChatModelOutput {
        let http = endpoint.post("chat/completions", json: try Self.body(request, model: endpoint.model, stream: onDelta != nil))
        let response = try await client.execute(http, timeout: endpoint.timeAmount)
        guard response.status == .ok else {
            let body = try await response.body.collect(upTo: 1 << 16)
            throw ModelServerError("chat: HTTP \(response.status.code): \(String(buffer: body).prefix(300))")
        }
        guard let onDelta else {
            let body = try await response.body.collect(upTo: 8 << 20)
            let completion = try JSONDecoder().decode(Completion.self, from: Data(body.readableBytesView))
            guard let text = completion.choices.first?.message.content else { throw ModelServerError("chat: the reply has no content") }
            return ChatModelOutput(text: text, promptTokens: completion.usage?.prompt_tokens, completionTokens: completion.usage?.completion_tokens)
        }
        var events = ServerSentEvents()
        var output = ChatModelOutput(text: "")
        for try await buffer in response.body {
            for data in events.feed(buffer.readableBytesView) {
                if data == "[DONE]" { return output }
                guard let chunk = try? JSONDecoder().decode(Chunk.self, from: Data(data.utf8)) else {
                    throw ModelServerError("chat: unreadable stream event: \(data.prefix(200))")
                }
                if let usage = chunk.usage {
                    output.promptTokens = usage.prompt_tokens
                    output.completionTokens = usage.completion_tokens
                }
                if let text = chunk.choices.first?.delta?.content, !text.isEmpty {
                    output.text += text
                    try await onDelta(text)
                }
            }
        }
        return output
    }

    /// The request body. The schema goes in as written: the order of its properties is the
    /// order a grammar makes the model write them, and re-encoding a dictionary would lose it.
    static func body(_ request: ChatModelRequest, model: String, stream: Bool) throws -> Data {
        let base = Body(
            model: model, messages: request.messages, max_tokens: request.maxTokens, temperature: request.temperature, stream: stream,
            stream_options: stream ? .init() : nil)
        var json = String(decoding: try JSONEncoder().encode(base), as: UTF8.self)
        if let schema = request.schema {
            json.removeLast()
            json += #","response_format":{"type":"json_schema","json_schema":{"name":"\#(request.schemaName)","strict":true,"schema":\#(schema)}}}"#
        }
        return Data(json.utf8)
    }
}

/// Splits a `text/event-stream` body into the data of its events, whatever the chunking.
/// Lines are decoded whole, so a character split across two chunks arrives intact.
struct ServerSentEvents {
    private var pending: [UInt8] = []
    private var data: [String] = []

    mutating func feed(_ bytes: some Sequence<UInt8>) -> [String] {
        pending += bytes
        var events: [String] = []
        while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
            var line = String(decoding: pending[..<newline], as: UTF8.self)
            pending.removeSubrange(...newline)
            if line.hasSuffix("\r") { line.removeLast() }
            if line.isEmpty {
                if !data.isEmpty { events.append(data.joined(separator: "\n")) }
                data = []
            } else if line.hasPrefix("data:") {
                data.append(String(line.dropFirst(5)).trimmingCharacters(in: .whitespaces))
            }
        }
        return events
    }
}
