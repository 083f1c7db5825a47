import OKLACore

/// A run of tokens that spells one quantity: "2 palos y medio", "800 mil", "us$ 25k",
/// "1,500,000", "2018". What it means (price, year, mileage, phone…) is decided by the
/// words around it, in `EntityExtractor`.
struct AmountMention: Sendable, Equatable {
    /// Token indices the amount spans, currency words included.
    var range: Range<Int>
    var value: Double
    /// A magnitude word or suffix took part ("mil", "palo", "millón", "k", "m").
    var scaled: Bool
    var currency: Currency?
    /// The token when the amount is one bare run of digits ("2018", "18", "8095551234").
    var bareDigits: String?
    /// The largest multiplier used, so "entre 800 y un millón" can scale the 800.
    var magnitude: Double
}
