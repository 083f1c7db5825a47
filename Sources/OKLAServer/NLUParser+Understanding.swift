import OKLAEngine
import OKLANLU

extension NLUParser: LanguageUnderstanding {}

/// The understanding the service uses when no other is configured: the Swift NLU model.
public func defaultUnderstanding() throws -> any LanguageUnderstanding {
    try NLUParser()
}
