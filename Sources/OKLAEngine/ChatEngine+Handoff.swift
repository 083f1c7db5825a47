import Foundation
import OKLACore
import OKLAStore

extension ChatEngine {
    /// The buyer (or the client on their behalf) asks for a salesperson. Asking again while a
    /// salesperson has the chat changes nothing.
    public func transfer(token: String, reason: String?) async throws -> HandoffState {
        try await store.withSessionLock(token: token) {
            guard var session = try await store.session(token: token) else { throw OKLAError(.notFound, "La sesión no existe") }
            guard session.status == .active else { throw OKLAError(.sessionEnded, "Esta conversación ya terminó; inicia una nueva") }
            guard let dealer = try await store.dealer(id: session.dealerId) else { throw OKLAError(.notFound, "El dealer ya no existe") }
            if !session.botActive {
                return HandoffState(state: "human", briefingId: nil, reason: "Un vendedor ya tiene la conversación")
            }
            let now = configuration.now()
            let why = reason.flatMap { $0.isEmpty ? nil : $0 }
            let briefing = try await makeBriefing(
                session: session, dealer: dealer, lead: try await store.lead(sessionToken: token),
                reason: why ?? "El cliente pidió hablar con un vendedor", lastMessage: nil, now: now)
            let text = "Listo, te paso con un vendedor de \(dealer.name). Te escribe en breve por aquí."
            let message = ChatMessage(
                messageId: RandomID.uuid(), sessionToken: token, seq: session.messageCount, role: .bot, text: text, createdAt: now)
            session.botActive = false
            session.messageCount += 1
            session.updatedAt = now
            try await store.commit(SessionChange(
                session: session, messages: [message], briefing: briefing,
                events: [OutboxEvent(
                    eventId: RandomID.uuid(), type: .handoffRequested, dealerId: session.dealerId,
                    payload: try EventPayload.json(EventPayload.Handoff(sessionToken: token, briefingId: briefing.briefingId, reason: briefing.reason)),
                    createdAt: now)]))
            EngineMetrics.handoff("to_human")
            return HandoffState(state: "human", briefingId: briefing.briefingId, reason: briefing.reason)
        }
    }

    /// A salesperson writes to the buyer; while they do, the bot stays silent.
    public func agentReply(token: String, dealerId: String, text: String) async throws -> SessionTranscript.Message {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= configuration.maxMessageLength else {
            throw OKLAError(.validation, "El mensaje debe tener entre 1 y \(configuration.maxMessageLength) caracteres")
        }
        return try await store.withSessionLock(token: token) {
            var session = try await ownedSession(token: token, dealerId: dealerId)
            guard session.status == .active else { throw OKLAError(.sessionEnded, "Esta conversación ya terminó") }
            let now = configuration.now()
            let message = ChatMessage(
                messageId: RandomID.uuid(), sessionToken: token, seq: session.messageCount, role: .agent, text: text, createdAt: now)
            session.botActive = false
            session.messageCount += 1
            session.updatedAt = now
            try await store.commit(SessionChange(session: session, messages: [message]))
            return .init(messageId: message.messageId, role: .agent, text: text, createdAt: now)
        }
    }

    /// The salesperson gives the chat back; the bot resumes with the context it had.
    public func handBack(token: String, dealerId: String) async throws -> HandoffState {
        try await store.withSessionLock(token: token) {
            var session = try await ownedSession(token: token, dealerId: dealerId)
            guard !session.botActive else { return HandoffState(state: "bot", briefingId: nil, reason: nil) }
            let now = configuration.now()
            session.botActive = true
            session.updatedAt = now
            try await store.commit(SessionChange(
                session: session,
                events: [OutboxEvent(
                    eventId: RandomID.uuid(), type: .handoffReturned, dealerId: dealerId,
                    payload: try EventPayload.json(EventPayload.Handoff(sessionToken: token)), createdAt: now)]))
            EngineMetrics.handoff("to_bot")
            return HandoffState(state: "bot", briefingId: nil, reason: nil)
        }
    }

    /// A dealer sees only its own sessions; another dealer's token reads as unknown.
    public func ownedSession(token: String, dealerId: String) async throws -> ChatSession {
        guard let session = try await store.session(token: token), session.dealerId == dealerId else {
            throw OKLAError(.notFound, "La sesión no existe")
        }
        return session
    }
}
