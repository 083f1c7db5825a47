/// What `Moderator.inspect` concluded about one message.
public struct ModerationVerdict: Sendable, Equatable {
    public enum Level: String, Sendable, Comparable, CaseIterable {
        /// Nothing to do. Dominican interjections ("qué vaina", "coño", "diablo") are clean.
        case clean
        /// Profanity, frustration or a mild insult ("esto es una mierda de servicio",
        /// "ustedes son unos ladrones"): answer calmly and keep helping; never end the chat.
        case rude
        /// Strong insults aimed at someone, slurs, sexual harassment or threats: answer with
        /// a boundary; the engine may hand over or end the session if it repeats.
        case abusive

        public static func < (lhs: Level, rhs: Level) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var level: Level
    /// What was found, most serious first: `threat`, `sexual`, `slur`, `harassment`,
    /// `insult`, `profanity`.
    public var reasons: [String]

    public init(level: Level, reasons: [String]) {
        self.level = level
        self.reasons = reasons
    }
}
