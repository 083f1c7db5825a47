import OKLACore
import OKLANLU

/// What the engine needs from language understanding: the SPEC parse plus the details a
/// salesperson would pick up (contact data, "la segunda", "la blanca"). The Swift NLU parser
/// is the default; an LLM-backed understanding can stand in front of it.
public protocol LanguageUnderstanding: Sendable {
    func understand(_ text: String) -> MessageUnderstanding
    /// Every make and model a text names, for checking what a model-written reply mentions.
    func vehicleNames(in text: String) -> [VehicleName]
}
