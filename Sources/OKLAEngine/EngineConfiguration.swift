import Foundation

/// How the engine behaves. Every value has a default that suits a Dominican dealer.
public struct EngineConfiguration: Sendable {
    /// Pesos per US dollar, for comparing prices across currencies. Default 63 (BCRD, late 2025).
    public var pesosPerDollar: Double
    /// Vehicles shown per answer. Default 3.
    public var resultsShown: Int
    /// Dealers' local time, for appointments and opening hours. Default America/Santo_Domingo (UTC-4, no DST).
    public var timeZone: TimeZone
    /// Longest message accepted, in characters. Default 2,000.
    public var maxMessageLength: Int
    /// Messages an anonymous web buyer gets answered before the bot asks for contact details or
    /// registration instead. Default 5, as OKLA's planning recommends; 0 turns the limit off.
    /// A session is anonymous until the buyer leaves a phone or email, unless it comes from
    /// WhatsApp (the number is known) or carries `metadata.userId` (a signed-in OKLA user).
    public var anonymousMessageLimit: Int
    /// The engine's clock. Default the system clock; conversation scripts pin it so that
    /// "mañana a las 3" always falls on the same day.
    public var now: @Sendable () -> Date
    /// Requests per session, client address and phone number per minute: 20, 120 and 30.
    public var rateLimits: RateLimits
    /// How a configured chat model is used: timeouts, breaker, tool policy.
    public var llm: LLMSettings

    public init(
        pesosPerDollar: Double = 63, resultsShown: Int = 3,
        timeZone: TimeZone = TimeZone(identifier: "America/Santo_Domingo") ?? TimeZone(secondsFromGMT: -4 * 3600)!,
        maxMessageLength: Int = 2000, anonymousMessageLimit: Int = 5, now: @escaping @Sendable () -> Date = { Date() },
        rateLimits: RateLimits = RateLimits(), llm: LLMSettings = LLMSettings()
    ) {
        self.pesosPerDollar = pesosPerDollar
        self.resultsShown = resultsShown
        self.timeZone = timeZone
        self.maxMessageLength = maxMessageLength
        self.anonymousMessageLimit = anonymousMessageLimit
        self.now = now
        self.rateLimits = rateLimits
        self.llm = llm
    }
}
