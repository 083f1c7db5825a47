/// Grades a buyer message as clean, rude or abusive (see `ModerationVerdict.Level`),
/// including obfuscated spellings ("m@ldito", "maaaldito", "p*ta", "m a l d i t o").
public struct Moderator: Sendable {
    private let grammar: PhraseGrammar<ModerationSignal>

    public init() {
        grammar = ModerationGrammar.shared
    }

    public func inspect(_ text: String) -> ModerationVerdict {
        let signals = grammar.matches(grammar.annotate(SafetyTokenizer.tokenize(text)))
        let level = signals.map(\.level).max() ?? .clean
        let reasons = ModerationReason.allCases.filter { reason in signals.contains { $0.reason == reason } }
        return ModerationVerdict(level: level, reasons: reasons.map(\.rawValue))
    }
}
