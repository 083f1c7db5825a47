import OKLACore

/// Everything `NLUParser.understand` read in one message.
public struct MessageUnderstanding: Sendable, Equatable {
    /// The understanding contract's answer: intent, calibrated confidence, entities.
    public var result: ParseResult
    /// The message as the parser read it (`TextNormalizer`, misspelled vehicle words
    /// repaired).
    public var normalizedText: String
    /// Phone numbers in the message, ten digits each ("8095551234").
    public var phones: [String]
    /// E-mail addresses in the message, lowercased.
    public var emails: [String]
    /// The name the buyer gave, capitalized and spelled as written ("me llamo luis peña"
    /// → "Luis Peña").
    public var name: String?
    /// The first colour named, masculine singular: "la blanca" → "blanco".
    public var color: String?
    /// Which listed vehicle the buyer points at: 1 for "la primera", 2 for "la
    /// segunda" or "la 2", -1 for "la última".
    public var ordinal: Int?
    /// What the buyer rules out, one thing each ("que no sea toyota" → make Toyota): a
    /// search offers no vehicle matching any of them.
    public var excluded: [Entities]
    /// "con menos de 40 mil km": the most kilometres the buyer accepts.
    public var mileageMaxKm: Int?
    /// `normalizedText` without what the buyer rules out: the words to search listings for.
    public var wantedText: String
}
