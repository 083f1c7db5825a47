/// A chat model in front of the composed replies, with the breaker that keeps it out of the
/// way when it fails.
public struct LLMBackend: Sendable {
    public let model: any ChatModel
    public let settings: LLMSettings
    public let breaker: CircuitBreaker

    public init(model: any ChatModel, settings: LLMSettings) {
        self.model = model
        self.settings = settings
        breaker = CircuitBreaker(threshold: settings.breakerFailures, cooldown: settings.breakerCooldown)
    }
}

/// Why a model's turn was not used. The buyer gets the composed reply in every case.
enum LLMFailure: Error, Equatable, CustomStringConvertible {
    case timeout
    /// The buyer closed the stream; generation was stopped.
    case clientLeft
    case invalidOutput(String)
    case server(String)

    var description: String {
        switch self {
        case .timeout: "el modelo no respondió a tiempo"
        case .clientLeft: "el cliente cerró la conexión"
        case .invalidOutput(let detail): "salida inválida del modelo (\(detail))"
        case .server(let detail): "error del servidor del modelo (\(detail.prefix(200)))"
        }
    }

    /// The `reason` label of `chatbot_llm_fallback_total`.
    var metric: String {
        switch self {
        case .timeout: "timeout"
        case .clientLeft: "client_left"
        case .invalidOutput: "invalid_output"
        case .server: "error"
        }
    }
}

/// A model reply that states something the dealer does not have. Thrown from inside a
/// stream to stop generation at the first bad sentence.
struct UngroundedReply: Error {
    var violations: [GroundingValidator.Violation]
}
