import Foundation

/// A chat model behind any OpenAI-compatible server (llama.cpp, vLLM, a hosted API).
/// The engine asks it for JSON that follows a schema; it never sees raw PII and its replies
/// reach a buyer only after the grounding check.
public protocol ChatModel: Sendable {
    /// The model's name, for the audit trail and `/api/chat/health`.
    var name: String { get }
    /// One completion. With `onDelta`, the server streams and each piece of generated text is
    /// handed over as it arrives; the whole text is returned either way. Cancelling the
    /// calling task stops the request, and with it the generation.
    func complete(_ request: ChatModelRequest, onDelta: (@Sendable (String) async throws -> Void)?) async throws -> ChatModelOutput
}

/// Thrown by a `ChatModel` whose own request deadline passed: the engine counts it as the
/// model being late, the same as its turn timeout, not as a server error.
public struct ChatModelTimeout: Error, Sendable {
    public init() {}
}

public struct ChatModelMessage: Codable, Sendable, Equatable {
    public enum Role: String, Codable, Sendable { case system, user, assistant }
    public var role: Role
    public var content: String

    public init(_ role: Role, _ content: String) {
        self.role = role
        self.content = content
    }
}

public struct ChatModelRequest: Sendable {
    public var messages: [ChatModelMessage]
    /// The JSON Schema the reply must follow, serialized (llama.cpp turns it into a grammar,
    /// vLLM into guided decoding). Nil: free text.
    public var schema: String?
    /// Name of the schema, as `response_format.json_schema.name`.
    public var schemaName: String
    public var maxTokens: Int
    public var temperature: Double

    public init(messages: [ChatModelMessage], schema: String? = nil, schemaName: String = "okla_turn", maxTokens: Int = 300, temperature: Double = 0.2) {
        self.messages = messages
        self.schema = schema
        self.schemaName = schemaName
        self.maxTokens = maxTokens
        self.temperature = temperature
    }
}

public struct ChatModelOutput: Sendable, Equatable {
    public var text: String
    public var promptTokens: Int?
    public var completionTokens: Int?

    public init(text: String, promptTokens: Int? = nil, completionTokens: Int? = nil) {
        self.text = text
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }
}
