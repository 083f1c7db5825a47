import OKLACore

/// What the engine needs from language understanding. The Swift NLU parser is the default;
/// an LLM-backed understanding can stand in front of it.
public protocol LanguageUnderstanding: Sendable {
    func parse(_ text: String) -> ParseResult
}
