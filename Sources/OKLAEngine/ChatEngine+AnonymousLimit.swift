import OKLACore
import OKLANLU

extension ChatEngine {
    /// Past `anonymousMessageLimit`, an anonymous web buyer is asked for a way to reach them (or
    /// to sign in) instead of being answered. The message that brings a phone or email is
    /// answered as usual, and so is everything after it.
    func contactPrompt(session: ChatSession, dealer: Dealer, understood: MessageUnderstanding) -> ComposedTurn? {
        let limit = configuration.anonymousMessageLimit
        guard limit > 0, session.botActive, session.channel == .webChat, session.metadata["userId"] == nil,
              session.context.signals?.contactGiven != true, (session.context.buyerMessages ?? 0) >= limit,
              understood.phones.isEmpty, understood.emails.isEmpty
        else { return nil }
        var turn = ComposedTurn(
            response: "¡Con gusto te sigo ayudando! Para continuar, déjame tu nombre y tu número de WhatsApp o tu correo "
                + "(o inicia sesión en OKLA), así un vendedor de \(dealer.name) también te puede dar seguimiento.",
            context: session.context)
        turn.suggestedReplies = ["Me llamo … y mi número es 809-…", "Iniciar sesión"]
        return turn
    }
}
