import Foundation
import OKLACore
import OKLANLU
import OKLAStore

extension ChatEngine {
    /// Updates lead signals and score, hands over when asked or when the dealer's threshold is
    /// reached, and writes the whole turn in one transaction.
    func record(
        turn: inout ComposedTurn, session: inout ChatSession, dealer: Dealer, understood: MessageUnderstanding, text: String,
        clientMessageId: String?, now: Date
    ) async throws -> EncodedReply {
        let parse = understood.result
        let intent = turn.intent ?? parse.intent
        var signals = session.context.signals ?? LeadSignals()
        let contact = Contact(understood, text: text)
        if let max = parse.entities.priceMax {
            signals.budget = parse.entities.currency == .USD ? max * configuration.pesosPerDollar : max
        }
        // A signal counts wherever it is said: "una yipeta, la quiero financiada" is a search that also asks for credit.
        let folded = text.folded
        if parse.intent == .financing || ["financ", "inicial", "cuota", "prestamo"].contains(where: folded.contains) { signals.financing = true }
        if intent == .tradeIn || ["parte de pago", "parte del pago"].contains(where: folded.contains) { signals.tradeIn = true }
        if turn.appointment != nil { signals.appointment = true }
        if contact.canBeReached { signals.contactGiven = true }
        if let urgency = Self.urgency(inFolded: folded) { signals.urgency = urgency }
        if let focus = turn.context.focusVehicleId, focus == session.context.focusVehicleId,
           [.vehicleDetails, .priceInquiry, .availability, .financing].contains(intent) {
            signals.repeatVisits += 1
        }
        turn.context.signals = signals
        turn.context.lastIntent = intent
        turn.context.buyerMessages = (session.context.buyerMessages ?? 0) + 1
        turn.context.failedTurns = turn.helped ? 0 : (session.context.failedTurns ?? 0) + 1
        if (turn.context.failedTurns ?? 0) >= 3, turn.handoffReason == nil, session.botActive {
            turn.handoffReason = "El asistente no pudo ayudar en 3 mensajes seguidos"
        }

        let (score, reasons) = LeadScorer.score(signals)
        let previousScore = session.leadScore
        if session.botActive, turn.handoffReason == nil, score >= dealer.handoffThreshold, previousScore < dealer.handoffThreshold {
            turn.handoffReason = "Lead calificado (puntuación \(score))"
        }

        var events: [OutboxEvent] = []
        var lead: Lead?
        // The stored lead can only change when the signals or the contact details do; a handoff
        // needs it for the briefing.
        let leadMayChange = !contact.isEmpty || signals != (session.context.signals ?? LeadSignals())
        let handingOver = turn.handoffReason != nil && session.botActive
        let existing = leadMayChange || handingOver ? try await store.lead(sessionToken: session.token) : nil
        if leadMayChange, score > 0 || !contact.isEmpty || existing != nil {
            var l = existing ?? Lead(
                leadId: RandomID.uuid(), sessionToken: session.token, dealerId: session.dealerId, score: score,
                signals: signals, explanation: reasons, createdAt: now, updatedAt: now)
            l.score = score
            l.signals = signals
            l.explanation = reasons
            l.name = contact.name ?? l.name
            l.phone = contact.phone ?? l.phone
            l.email = contact.email ?? l.email
            l.updatedAt = now
            if l != existing {
                lead = l
                let payload = try EventPayload.json(EventPayload.Lead(
                    leadId: l.leadId, sessionToken: l.sessionToken, score: l.score, explanation: l.explanation))
                events.append(OutboxEvent(
                    eventId: RandomID.uuid(), type: existing == nil ? .leadCreated : .leadUpdated, dealerId: session.dealerId,
                    payload: payload, createdAt: now))
            }
        }

        var briefing: Briefing?
        var handoff: HandoffState?
        if handingOver, let reason = turn.handoffReason {
            let b = try await makeBriefing(session: session, dealer: dealer, lead: lead ?? existing, reason: reason, lastMessage: text, now: now)
            briefing = b
            handoff = HandoffState(state: "human", briefingId: b.briefingId, reason: reason)
            session.botActive = false
            events.append(OutboxEvent(
                eventId: RandomID.uuid(), type: .handoffRequested, dealerId: session.dealerId,
                payload: try EventPayload.json(EventPayload.Handoff(sessionToken: session.token, briefingId: b.briefingId, reason: reason)),
                createdAt: now))
            EngineMetrics.handoff("to_human")
            turn.response += (turn.response.isEmpty ? "" : " ") + "Te paso con un vendedor de \(dealer.name); te escribe en breve por aquí."
        }
        if let a = turn.appointment {
            events.append(OutboxEvent(
                eventId: RandomID.uuid(), type: .appointmentScheduled, dealerId: session.dealerId,
                payload: try EventPayload.json(EventPayload.Appointment(
                    appointmentId: a.appointmentId, sessionToken: a.sessionToken, vehicleId: a.vehicleId, startsAt: a.startsAt)),
                createdAt: now))
        }

        let userMessageId = RandomID.uuid()
        let botMessageId = RandomID.uuid()
        let silent = turn.response.isEmpty
        let envelope = ReplyEnvelope(
            messageId: silent ? userMessageId : botMessageId, response: turn.response, intent: intent,
            confidence: parse.confidence, entities: parse.entities, leadSignals: LeadSignalsView(signals), leadScore: score,
            vehicles: turn.vehicles.map(VehicleCard.init), mode: session.mode, botActive: session.botActive, flags: turn.flags,
            comparison: turn.comparison,
            appointment: turn.appointment.map { AppointmentView(appointmentId: $0.appointmentId, vehicleId: $0.vehicleId, scheduledAt: $0.startsAt, status: "scheduled") },
            handoff: handoff, suggestedReplies: turn.suggestedReplies)
        let envelopeData = try CompactJSONEncoder.okla.encode(envelope)

        var messages = [ChatMessage(
            messageId: userMessageId, sessionToken: session.token, seq: session.messageCount, role: .user, text: text,
            clientMessageId: clientMessageId, envelope: envelopeData, createdAt: now)]
        if !silent {
            messages.append(ChatMessage(
                messageId: botMessageId, sessionToken: session.token, seq: session.messageCount + 1, role: .bot,
                text: turn.response, createdAt: now))
        }
        session.messageCount += messages.count
        session.leadScore = score
        session.context = turn.context
        session.updatedAt = now
        if turn.endsSession {
            session.status = .ended
            session.endedAt = now
            events.append(OutboxEvent(
                eventId: RandomID.uuid(), type: .sessionEnded, dealerId: session.dealerId,
                payload: try EventPayload.json(EventPayload.SessionEnded(sessionToken: session.token, leadScore: score, reason: "abuse")),
                createdAt: now))
        }
        let audit = AuditEntry(
            auditId: RandomID.uuid(), sessionToken: session.token, dealerId: session.dealerId,
            messageId: silent ? nil : botMessageId, intent: intent, tools: turn.tools,
            vehicleIds: turn.vehicles.map(\.vehicleId) + (turn.context.focusVehicleId.map { [$0] } ?? []),
            checks: ["pii", "injection", "moderation"] + (turn.writtenBy == nil ? ["composed_from_store"] : ["grounded_llm_reply"]) + turn.flags,
            note: silent ? "Bot en silencio: un vendedor tiene el chat" : (turn.endsSession ? "Sesión cerrada por abuso repetido" : turn.auditNote),
            createdAt: now)
        try await store.commit(SessionChange(
            session: session, messages: messages, lead: lead, appointment: turn.appointment, briefing: briefing,
            audit: [audit], events: events))
        return EncodedReply(envelope: envelope, json: envelopeData)
    }

    static func urgency(inFolded folded: String) -> String? {
        for (words, label) in [
            (["urgente", "lo antes posible", "ya mismo", "pa ya", "para ya"], "inmediata"),
            (["hoy", "esta semana", "este fin de semana", "manana"], "esta semana"),
            (["este mes", "la quincena"], "este mes"),
        ] where words.contains(where: { folded.contains($0) }) {
            return label
        }
        return nil
    }

    func makeBriefing(session: ChatSession, dealer: Dealer, lead: Lead?, reason: String, lastMessage: String?, now: Date) async throws -> Briefing {
        var lines = try await conversationFacts(session: session, lead: lead)
        lines.append("Motivo del traspaso: \(reason).")
        if let last = lastMessage { lines.append("Último mensaje: «\(last)»") }
        return Briefing(
            briefingId: RandomID.uuid(), sessionToken: session.token, dealerId: session.dealerId, reason: reason,
            text: lines.joined(separator: "\n"), createdAt: now)
    }

    /// What a salesperson needs to know about a conversation, one fact a line: who, what they
    /// want, budget, vehicles seen and how good a lead it is. Briefings and end-of-session
    /// summaries both start from it.
    func conversationFacts(session: ChatSession, lead: Lead?) async throws -> [String] {
        var shown: [String] = []
        for id in (session.context.shownVehicleIds ?? []) + (session.context.focusVehicleId.map { [$0] } ?? []) {
            if let v = try await store.vehicle(id: id), !shown.contains(SpanishFormat.line(v)) { shown.append(SpanishFormat.line(v)) }
        }
        let who = [lead?.name, lead?.phone, lead?.email].compactMap { $0 }.joined(separator: ", ")
        var lines = [
            "Cliente: \(who.isEmpty ? "sin datos de contacto todavía" : who) (canal \(session.channel.rawValue)).",
            "Busca: \(session.context.filters.map(TurnComposer.describe) ?? "no lo ha dicho").",
        ]
        if let budget = lead?.signals.budget { lines.append("Presupuesto: RD$\(SpanishFormat.grouped(budget)).") }
        if let car = session.context.tradeInVehicle { lines.append("Parte de pago: \(car).") }
        lines.append("Vehículos vistos: \(shown.isEmpty ? "ninguno" : shown.joined(separator: "; ")).")
        let explanation = lead?.explanation ?? []
        lines.append("Puntuación: \(lead?.score ?? session.leadScore)/100" + (explanation.isEmpty ? "." : " (\(explanation.joined(separator: ", "))).") )
        return lines
    }
}

/// Contact details a buyer volunteers: they become lead data, never search terms.
struct Contact: Equatable {
    var name: String?
    var phone: String?
    var email: String?
    var isEmpty: Bool { name == nil && phone == nil && email == nil }
    /// A name alone is not a way to follow up with the buyer.
    var canBeReached: Bool { phone != nil || email != nil }

    /// - Parameter text: the message as written: understanding folds accents away, and a name
    ///   is the one thing the dealer must get back exactly as the buyer spelled it.
    init(_ understood: MessageUnderstanding, text: String) {
        name = understood.name.map { Self.spelled($0, in: text) }
        email = understood.emails.first
        // "8095551234" → "809-555-1234", as dealers dial it.
        phone = understood.phones.first.map { p in
            p.count == 10 ? "\(p.prefix(3))-\(p.dropFirst(3).prefix(3))-\(p.suffix(4))" : p
        }
    }

    /// "Luis Pena" read in "soy Luis Peña" comes back as "Luis Peña": the run of words of the
    /// message that folds to the name, capitalized. The folded name when no such run exists.
    static func spelled(_ folded: String, in text: String) -> String {
        let wanted = folded.split(separator: " ").map(\.folded)
        let words = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
        guard !wanted.isEmpty, words.count >= wanted.count else { return folded }
        for start in 0...(words.count - wanted.count) {
            let run = words[start..<(start + wanted.count)]
            if zip(run, wanted).allSatisfy({ $0.folded == $1 }) {
                return run.map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
            }
        }
        return folded
    }
}
