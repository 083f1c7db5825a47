import OKLACore

/// What one turn decided to say and do, before it is recorded.
struct ComposedTurn {
    var response: String
    var vehicles: [Vehicle] = []
    var comparison: Comparison?
    var appointment: Appointment?
    /// Set when the turn hands the chat to a salesperson.
    var handoffReason: String?
    var flags: [String] = []
    var tools: [String] = []
    var context: ConversationContext
    var suggestedReplies: [String]?
    /// False when the bot could not help; repeated failures hand the chat over.
    var helped = true
    /// The intent the engine acted on, when it overrules the parse.
    var intent: Intent?
    /// Set when the turn closes the conversation (repeated abuse).
    var endsSession = false
    /// The model that wrote the reply, when one did (it passed the grounding check).
    var writtenBy: String?
    /// Why the turn went as it did, for the audit trail: which model wrote it, or why its
    /// reply was not used.
    var auditNote: String?
}
