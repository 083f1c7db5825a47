/// Spots prompt-injection attempts in buyer messages, in Spanish and English, including
/// obfuscated ones (leetspeak, spaced letters, look-alike characters, base64, hex, ROT13,
/// backwards text, fragments) and forged tool calls.
///
/// Decisions on look-alikes: "ignora lo que te dije", "olvídalo", "actúa rápido" and "¿me lo
/// dejas en 1.5?" are ordinary buyer talk. "¿Qué otros dealers hay en Santiago?" is not an
/// attack either: it asks for nothing private, and the engine's mode rules already keep the
/// answer to this dealer. Asking for another dealer's *inventory, leads, costs or customers*
/// is flagged.
public struct InjectionDetector: Sendable {
    public static let threshold = 0.5

    private let grammar: PhraseGrammar<InjectionSignal>

    public init() {
        grammar = InjectionGrammar.shared
    }

    public func inspect(_ text: String) -> InjectionVerdict {
        let tokens = SafetyTokenizer.tokenize(text)
        var found = signals(in: text, tokens: tokens)
        for hidden in HiddenText.candidates(in: text, tokens: tokens, isKnown: grammar.knows) where Self.score(signals(in: hidden, tokens: SafetyTokenizer.tokenize(hidden))) >= Self.threshold {
            found.append(InjectionSignal(reason: .encodedInstruction, weight: 0.95))
        }
        let score = Self.score(found)
        var strongest: [InjectionReason: Double] = [:]
        for signal in found { strongest[signal.reason] = max(strongest[signal.reason] ?? 0, signal.weight) }
        let reasons = strongest.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        return InjectionVerdict(isInjection: score >= Self.threshold, score: score, reasons: reasons.map(\.key.rawValue))
    }

    private func signals(in text: String, tokens: [SafetyToken]) -> [InjectionSignal] {
        var signals = grammar.matches(grammar.annotate(tokens))
        if RoleMarkerScanner.hasForgedMarkup(text) {
            signals.append(InjectionSignal(reason: .fakeSystemMessage, weight: 0.85))
        }
        return signals
    }

    /// Independent pieces of evidence: 1 − ∏(1 − weight).
    private static func score(_ signals: [InjectionSignal]) -> Double {
        1 - signals.reduce(1.0) { $0 * (1 - $1.weight) }
    }
}
