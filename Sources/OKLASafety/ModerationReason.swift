/// Why a message was moderated, most serious first; raw values appear in
/// `ModerationVerdict.reasons`.
enum ModerationReason: String, Sendable, CaseIterable {
    case threat, sexual, slur, harassment, insult, profanity
}
