/// One piece of evidence of an injection attempt. Weights combine like independent
/// probabilities, so two weak hints can flag a message that neither flags alone.
struct InjectionSignal: Sendable {
    var reason: InjectionReason
    var weight: Double
}
