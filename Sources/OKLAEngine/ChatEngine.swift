import Foundation
import OKLACore
import OKLASafety
import OKLAStore

/// The grounded assistant: understands a message, looks the facts up in the store and
/// composes the reply from them. Every turn of a session runs under that session's lock, and
/// a retried `clientMessageId` gets its first reply back instead of a second one.
public struct ChatEngine: Sendable {
    public let store: any ChatStore
    public let understanding: any LanguageUnderstanding
    public let configuration: EngineConfiguration
    public let rateLimiter: RateLimiter
    public let inventory: InventorySearch
    /// The model that may write replies. Default none: every reply is composed.
    public let llm: LLMBackend?
    let safety = SafetyChecks()

    /// - Parameters:
    ///   - rateCounter: where rate-limit windows are counted; replicas sharing a database pass
    ///     it so that limits hold across all of them. Default: this process's memory.
    ///   - embedder: vectors for semantic search. Default none: lexical, structured and wishes.
    ///   - chatModel: a model that writes replies from the facts the engine looked up, under
    ///     `configuration.llm`. Default none.
    public init(
        store: any ChatStore, understanding: any LanguageUnderstanding, configuration: EngineConfiguration = EngineConfiguration(),
        rateCounter: any RateCounter = MemoryRateCounter(), embedder: (any TextEmbedder)? = nil, chatModel: (any ChatModel)? = nil
    ) {
        self.store = store
        self.understanding = understanding
        self.configuration = configuration
        rateLimiter = RateLimiter(counter: rateCounter, limits: configuration.rateLimits, now: configuration.now)
        inventory = InventorySearch(store: store, embedder: embedder, understanding: understanding, pesosPerDollar: configuration.pesosPerDollar)
        llm = chatModel.map { LLMBackend(model: $0, settings: configuration.llm) }
    }

    public struct StartRequest: Codable, Sendable {
        public var sessionType: SessionChannel
        public var dealerId: String?
        public var vehicleId: String?
        public var metadata: [String: String]?

        public init(sessionType: SessionChannel, dealerId: String? = nil, vehicleId: String? = nil, metadata: [String: String]? = nil) {
            self.sessionType = sessionType
            self.dealerId = dealerId
            self.vehicleId = vehicleId
            self.metadata = metadata
        }
    }

    public func start(_ request: StartRequest) async throws -> StartReply {
        let dealerId: String
        var vehicle: Vehicle?
        if let vehicleId = request.vehicleId {
            guard let v = try await store.vehicle(id: vehicleId), v.status != .sold else {
                throw OKLAError(.notFound, "Ese vehículo no existe o ya no está disponible")
            }
            if let given = request.dealerId, given != v.dealerId {
                throw OKLAError(.validation, "El vehículo \(vehicleId) no pertenece al dealer \(given)")
            }
            dealerId = v.dealerId
            vehicle = v
        } else if let given = request.dealerId {
            dealerId = given
        } else {
            throw OKLAError(.validation, "Indica dealerId o vehicleId para iniciar el chat")
        }
        guard let dealer = try await store.dealer(id: dealerId) else {
            throw OKLAError(.notFound, "El dealer \(dealerId) no existe")
        }
        let now = configuration.now()
        let mode: ChatMode = vehicle == nil ? .dealerInventory : .singleVehicle
        let session = ChatSession(
            // Session tokens are bearer secrets: 128 random bits.
            token: RandomID.hexadecimal(count: 16), dealerId: dealerId, vehicleId: vehicle?.vehicleId, mode: mode,
            channel: request.sessionType,
            context: ConversationContext(focusVehicleId: vehicle?.vehicleId), metadata: request.metadata ?? [:], createdAt: now)
        try await store.createSession(session)
        EngineMetrics.modeUsage(mode)
        let greeting: String
        if let vehicle {
            greeting = "¡Hola! Soy \(dealer.botName), de \(dealer.name). Te ayudo con el \(vehicle.title) (\(SpanishFormat.money(vehicle.price, vehicle.currency))): precio, financiamiento, papeles o una cita para verlo. ¿Qué te gustaría saber?"
        } else {
            greeting = dealer.greeting ?? "¡Klk! Soy \(dealer.botName), de \(dealer.name). ¿Qué vehículo andas buscando?"
        }
        return StartReply(
            sessionToken: session.token, mode: mode, botName: dealer.botName, greeting: greeting, dealerId: dealerId,
            vehicleId: vehicle?.vehicleId, dealerName: dealer.name, vehicle: vehicle.map(VehicleCard.init),
            suggestedReplies: mode == .singleVehicle
                ? ["¿En cuánto me lo deja?", "¿Lo financian?", "Quiero ir a verlo"]
                : ["Busco una yipeta", "¿Qué tienen de menos de un palo?", "¿Dónde están ubicados?"])
    }

    public func handle(token: String, text: String, clientMessageId: String?) async throws -> EncodedReply {
        try await handle(token: token, text: text, clientMessageId: clientMessageId, stream: nil)
    }

    func handle(token: String, text rawText: String, clientMessageId: String?, stream: TurnStream?) async throws -> EncodedReply {
        let text = rawText.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw OKLAError(.validation, "El mensaje está vacío") }
        guard text.count <= configuration.maxMessageLength else {
            throw OKLAError(.validation, "El mensaje es muy largo (máximo \(configuration.maxMessageLength) caracteres)")
        }
        if let id = clientMessageId, id.isEmpty || id.count > 200 {
            throw OKLAError(.validation, "clientMessageId debe tener entre 1 y 200 caracteres")
        }
        try await rateLimiter.admit(.session, token)
        return try await store.withSessionLock(token: token) {
            // Read under the lock: an earlier turn may have just changed the session.
            guard let state = try await store.turnState(token: token, clientMessageId: clientMessageId) else {
                throw OKLAError(.notFound, "La sesión no existe")
            }
            if let envelope = state.replay {
                return EncodedReply(envelope: try JSONDecoder.okla.decode(ReplyEnvelope.self, from: envelope), json: envelope)
            }
            var session = state.session
            let dealer = state.dealer
            guard session.status == .active else {
                throw OKLAError(.sessionEnded, "Esta conversación ya terminó; inicia una nueva")
            }
            // WhatsApp sessions carry the buyer's number: one number opening many sessions is still one buyer.
            if let phone = session.metadata["phone"] { try await rateLimiter.admit(.phone, phone) }
            // Nothing downstream (store, logs, events, understanding, an LLM) ever sees the raw PII.
            let redaction = safety.redactor.redact(text)
            let clean = redaction.text
            let understood = understanding.understand(clean)
            let now = configuration.now()
            var turn: ComposedTurn
            if let screened = screen(clean, session: session, dealer: dealer) {
                turn = screened
            } else if let prompt = contactPrompt(session: session, dealer: dealer, understood: understood) {
                turn = prompt
            } else {
                let composer = TurnComposer(engine: self, dealer: dealer, session: session, understood: understood, text: clean, now: now)
                turn = await phrase(try await composer.compose(), by: composer, stream: stream)
            }
            if redaction.redacted {
                turn.flags.append("pii_redacted")
                turn.response = SafetyReplies.piiWarning(for: redaction.findings) + (turn.response.isEmpty ? "" : "\n" + turn.response)
            }
            return try await record(turn: &turn, session: &session, dealer: dealer, understood: understood, text: clean, clientMessageId: clientMessageId, now: now)
        }
    }

    /// Ends the conversation once: stores a summary for the dealer and emits `session.ended`.
    /// Ending it again returns the stored summary.
    public func end(token: String) async throws -> SessionSummary {
        try await store.withSessionLock(token: token) {
            guard var session = try await store.session(token: token) else { throw OKLAError(.notFound, "La sesión no existe") }
            if session.status == .active || session.summary == nil {
                let now = session.endedAt ?? configuration.now()
                let summary = try await summarize(session)
                let wasActive = session.status == .active
                session.status = .ended
                session.endedAt = now
                session.updatedAt = now
                session.summary = summary
                let payload = try EventPayload.json(EventPayload.SessionEnded(
                    sessionToken: session.token, leadScore: session.leadScore, messageCount: session.messageCount,
                    summary: summary, vehiclesDiscussed: session.context.shownVehicleIds ?? []))
                try await store.commit(SessionChange(
                    session: session,
                    events: wasActive
                        ? [OutboxEvent(eventId: RandomID.uuid(), type: .sessionEnded, dealerId: session.dealerId, payload: payload, createdAt: now)]
                        : []))
            }
            return SessionSummary(
                sessionToken: token, status: session.status, messageCount: session.messageCount, leadScore: session.leadScore,
                vehiclesDiscussed: session.context.shownVehicleIds ?? [], summary: session.summary ?? "", endedAt: session.endedAt)
        }
    }

    /// The dealer's record of a finished conversation: the briefing's facts plus how it went.
    func summarize(_ session: ChatSession) async throws -> String {
        var lines = try await conversationFacts(session: session, lead: try await store.lead(sessionToken: session.token))
        let appointments = try await store.appointments(dealerId: session.dealerId).filter { $0.sessionToken == session.token }
        if !appointments.isEmpty {
            lines.append("Citas: " + appointments.map { AppointmentSlot.spanishDate($0.startsAt, in: configuration.timeZone) }.joined(separator: "; ") + ".")
        }
        lines.append("Mensajes: \(session.messageCount)" + (session.botActive ? "." : "; la conversación la tenía un vendedor."))
        return lines.joined(separator: "\n")
    }

    public func transcript(token: String) async throws -> SessionTranscript {
        guard let session = try await store.session(token: token) else { throw OKLAError(.notFound, "La sesión no existe") }
        let messages = try await store.messages(sessionToken: token)
        return SessionTranscript(
            sessionToken: token, mode: session.mode, dealerId: session.dealerId, vehicleId: session.vehicleId,
            status: session.status, botActive: session.botActive, leadScore: session.leadScore,
            messages: messages.map { .init(messageId: $0.messageId, role: $0.role, text: $0.text, createdAt: $0.createdAt) })
    }
}

extension CompactJSONEncoder {
    /// Dates as ISO 8601, as clients read them.
    public static let okla = CompactJSONEncoder(dates: .iso8601)
}

extension JSONDecoder {
    public static var okla: JSONDecoder {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }
}
