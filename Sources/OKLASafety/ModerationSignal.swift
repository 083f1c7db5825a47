/// What one moderation rule found and how serious it is.
struct ModerationSignal: Sendable {
    var reason: ModerationReason
    var level: ModerationVerdict.Level
}
