import OKLACore

/// Everything the extractor read in one message: the entities of the contract, the
/// contact details a buyer left, and the token stream the intent model reads, where
/// names and numbers are replaced by their kind ("en cuanto me deja la xmodelo") so
/// the model learns the phrasing rather than the particular car.
struct MessageAnalysis: Sendable, Equatable {
    var tokens: [String]
    var maskedTokens: [String]
    var entities: Entities
    var phones: [String]
    var emails: [String]
    var exclusions: Exclusions
    /// "con menos de 40 mil km": the most kilometres the buyer accepts.
    var mileageMax: Int?
}
