/// How the engine uses a chat model, when one is configured. Without one the engine composes
/// every reply itself.
public struct LLMSettings: Sendable {
    /// Longest wait for the model in one turn, tool call and final reply together; past it the
    /// buyer gets the composed reply. Default 8 seconds.
    public var turnTimeout: Duration
    /// Tokens the model may generate per call. Default 1,024: the longest turn the schemas allow,
    /// even written a character a token (a good model's turn takes a tenth of it).
    public var maxTokens: Int
    /// Default 0.2: replies should vary little around the facts.
    public var temperature: Double
    /// Failures in a row (timeouts, errors, invalid JSON) that open the circuit breaker.
    /// Default 1: a dead server costs one timeout, not one per message.
    public var breakerFailures: Int
    /// How long the open breaker keeps the model out before one trial call. Default 30 seconds.
    public var breakerCooldown: Duration
    /// Earlier messages of the conversation the model sees. Default 6.
    public var historyMessages: Int
    /// Understanding confidence from which the model must call the tool the intent needs
    /// (a search for `vehicle_search`, a quote for `financing`); below it the model may
    /// choose. Default 0.8.
    public var requireToolAbove: Double

    public init(
        turnTimeout: Duration = .seconds(8), maxTokens: Int = 1024, temperature: Double = 0.2, breakerFailures: Int = 1,
        breakerCooldown: Duration = .seconds(30), historyMessages: Int = 6, requireToolAbove: Double = 0.8
    ) {
        self.turnTimeout = turnTimeout
        self.maxTokens = maxTokens
        self.temperature = temperature
        self.breakerFailures = breakerFailures
        self.breakerCooldown = breakerCooldown
        self.historyMessages = historyMessages
        self.requireToolAbove = requireToolAbove
    }
}
