/// A message with its personal data replaced by placeholders, and what was replaced.
public struct PIIRedaction: Sendable, Equatable {
    /// The text to store, log or send to an LLM.
    public var text: String
    /// In the order they appeared; ranges point into the original text.
    public var findings: [PIIFinding]

    /// True when anything was removed; the engine then adds the `pii_redacted` flag and
    /// `SafetyReplies.piiWarning(for:)`.
    public var redacted: Bool { !findings.isEmpty }

    public init(text: String, findings: [PIIFinding]) {
        self.text = text
        self.findings = findings
    }
}
