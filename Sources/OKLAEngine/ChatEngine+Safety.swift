import OKLACore
import OKLASafety

/// The checks every buyer message passes before the engine answers it.
struct SafetyChecks: Sendable {
    let redactor = PIIRedactor()
    let injection = InjectionDetector()
    let moderator = Moderator()
}

extension ChatEngine {
    /// Abusive messages allowed before the session is ended and the dealer told.
    static let abuseLimit = 3

    /// A turn decided by a safety check instead of the composer, or nil when the message is fine.
    /// Injection attempts get an in-role answer that reveals nothing; abuse gets a calm boundary,
    /// and repeated abuse ends the session.
    func screen(_ text: String, session: ChatSession, dealer: Dealer) -> ComposedTurn? {
        guard session.botActive else { return nil }
        let verdict = safety.injection.inspect(text)
        if verdict.isInjection {
            var turn = ComposedTurn(response: SafetyReplies.injection, context: session.context)
            turn.flags.append("prompt_injection")
            return turn
        }
        let moderation = safety.moderator.inspect(text)
        guard moderation.level == .abusive else { return nil }
        var turn = ComposedTurn(response: SafetyReplies.moderation(.abusive) ?? "", context: session.context)
        turn.flags.append("moderated")
        let abusive = (session.context.abusiveTurns ?? 0) + 1
        turn.context.abusiveTurns = abusive
        if abusive >= Self.abuseLimit {
            turn.endsSession = true
            turn.response = "Vamos a cerrar esta conversación aquí. Si más adelante necesitas ayuda con un vehículo de \(dealer.name), con gusto te atendemos."
        }
        return turn
    }
}
