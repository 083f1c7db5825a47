/// What `InjectionDetector.inspect` concluded about one message.
public struct InjectionVerdict: Sendable, Equatable {
    /// The message tries to change the assistant's role or rules, extract its instructions,
    /// forge a price or reach other people's data. The engine answers with
    /// `SafetyReplies.injection` and never passes the message to an LLM.
    public var isInjection: Bool
    /// 0…1; `isInjection` is `score >= InjectionDetector.threshold`.
    public var score: Double
    /// Kinds of attempt found, strongest first: `instruction_override`, `role_change`,
    /// `prompt_extraction`, `fake_system_message`, `encoded_instruction`,
    /// `price_manipulation`, `data_exfiltration`.
    public var reasons: [String]

    public init(isInjection: Bool, score: Double, reasons: [String]) {
        self.isInjection = isInjection
        self.score = score
        self.reasons = reasons
    }
}
