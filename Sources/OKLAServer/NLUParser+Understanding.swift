import OKLAEngine
import OKLANLU

extension NLUParser: MessageUnderstanding {}

/// The understanding the service uses when no other is configured: the Swift NLU model.
public func defaultUnderstanding() throws -> any MessageUnderstanding {
    try NLUParser()
}
