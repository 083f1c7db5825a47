import Foundation
import OKLACore
import OKLAStore

extension ChatEngine {
    /// Lets the configured model write the reply (calling a tool first if it needs one). The
    /// composed reply goes out instead when the model is slow, down, wrong or says anything the
    /// dealer does not have; the audit note says why.
    func phrase(_ composed: ComposedTurn, by composer: TurnComposer, stream: TurnStream?) async -> ComposedTurn {
        guard let llm, composer.session.botActive, !composed.response.isEmpty, composed.handoffReason == nil, !composed.endsSession else {
            return composed
        }
        guard await llm.breaker.permit() else {
            EngineMetrics.llmFallback("breaker_open")
            return composed.noting("Respuesta compuesta: el modelo \(llm.model.name) está fuera (circuito abierto)")
        }
        let started = ContinuousClock.now
        defer { EngineMetrics.llmDuration(ContinuousClock.now - started) }
        do {
            let turn = try await Self.race(llm.settings.turnTimeout, until: stream?.clientLeft) {
                try await modelTurn(composed, by: composer, llm: llm, stream: stream)
            }
            await llm.breaker.record(.success)
            return turn
        } catch {
            let failure = error as? LLMFailure ?? .server(String(describing: error))
            await llm.breaker.record(failure == .clientLeft ? .abandoned : .failure)
            stream?.reset()
            EngineMetrics.llmFallback(failure.metric)
            return composed.noting("Respuesta compuesta: \(failure)")
        }
    }

    /// The model's turn, or the composed one flagged `ungrounded_llm_reply` when the model said
    /// something the dealer does not have (the server works: that is no failure of it).
    private func modelTurn(_ composed: ComposedTurn, by composer: TurnComposer, llm: LLMBackend, stream: TurnStream?) async throws -> ComposedTurn {
        var steps: [String] = []
        do {
            return try await write(composed, by: composer, llm: llm, stream: stream, steps: &steps)
        } catch let ungrounded as UngroundedReply {
            stream?.reset()
            EngineMetrics.llmFallback("ungrounded")
            var turn = composed
            turn.flags.append("ungrounded_llm_reply")
            let what = ungrounded.violations.isEmpty ? ["respuesta vacía"] : ungrounded.violations.map(\.description)
            return turn.noting("Respuesta de \(llm.model.name) rechazada (\((what + steps).joined(separator: "; "))); se envió la compuesta")
        }
    }

    private func write(
        _ composed: ComposedTurn, by composer: TurnComposer, llm: LLMBackend, stream: TurnStream?, steps: inout [String]
    ) async throws -> ComposedTurn {
        let session = composer.session
        let parse = composer.parse
        let tools = ModelTool.available(in: session.mode)
        let required = ModelTool(for: composed.intent ?? parse.intent)
            .flatMap { tools.contains($0) && parse.confidence >= llm.settings.requireToolAbove ? $0 : nil }
        let history = try await store.messages(sessionToken: session.token, last: llm.settings.historyMessages)
        var facts = try await groundingFacts(composed, by: composer, after: nil)
        func prompt(_ vehicles: [Vehicle]) -> LLMPrompt {
            LLMPrompt(dealer: composer.dealer, mode: session.mode, vehicles: vehicles, history: history, message: composer.text)
        }

        let decisionText = try await ask(
            llm, prompt(facts.vehicles).decision(draft: composed.response, tools: tools, required: required),
            schema: TurnSchema.decision(tools: tools, required: required), stream: required == nil ? stream : nil, facts: facts.checked)
        let decision = try Self.decode(ModelTurn.self, decisionText)
        var turn = composed
        var response = decision.response
        steps.append("intención del modelo \(decision.intent) (\(String(format: "%.2f", decision.confidence)))")
        // The model's lead signals are noted for the dealer, not scored: the score stays the
        // engine's, so a model that imagines urgency cannot hand a chat over.
        if let signals = decision.leadSignals {
            let named = [
                signals.budget.map { "presupuesto \(Int($0))" }, signals.urgency.flatMap { $0.isEmpty ? nil : "urgencia «\($0)»" },
                signals.financing == true ? "financiamiento" : nil, signals.tradeIn == true ? "parte de pago" : nil,
            ].compactMap { $0 }
            if !named.isEmpty { steps.append("señales según el modelo: " + named.joined(separator: ", ")) }
        }
        if let call = decision.functionCall {
            guard tools.contains(call.name) else { throw LLMFailure.invalidOutput("función \(call.name.rawValue) no disponible en este modo") }
            EngineMetrics.functionCall(call.name.rawValue)
            steps.append("llamó \(call.name.rawValue)")
            let performed = try await composer.perform(call)
            // A tool call that finds less than the engine did for the buyer's own words is not an improvement.
            guard performed.helped || !composed.helped else {
                return composed.noting("Respuesta compuesta: \(call.name.rawValue) del modelo no encontró nada (\(steps.joined(separator: "; ")))")
            }
            turn = performed
            facts = try await groundingFacts(turn, by: composer, after: facts)
            let replyText = try await ask(
                llm, prompt(facts.vehicles).reply(tool: call.name, result: turn.response), schema: TurnSchema.reply, stream: stream,
                facts: facts.checked)
            let reply = try Self.decode(ModelReply.self, replyText)
            response = reply.response
        }
        response = String(response.reversed().drop(while: \.isWhitespace).reversed())
        let violations = facts.checked(response)
        guard violations.isEmpty, !response.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw UngroundedReply(violations: violations)
        }
        turn.response = response
        turn.writtenBy = llm.model.name
        return turn.noting("Redactada por \(llm.model.name) (\(steps.joined(separator: "; ")))")
    }

    /// The model's JSON, or why it is not what the schema asked for.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw LLMFailure.invalidOutput("no sigue el esquema: \(error); salida de \(text.count) caracteres: …\(text.suffix(160))")
        }
    }

    /// One call to the model; streamed through the gate when the buyer reads as it is written.
    private func ask(
        _ llm: LLMBackend, _ messages: [ChatModelMessage], schema: String, stream: TurnStream?,
        facts check: @escaping @Sendable (String) -> [GroundingValidator.Violation]
    ) async throws -> String {
        let request = ChatModelRequest(messages: messages, schema: schema, maxTokens: llm.settings.maxTokens, temperature: llm.settings.temperature)
        let gate = stream.map { ReplyGate(stream: $0, check: check) }
        do {
            let onDelta: (@Sendable (String) async throws -> Void)? = gate.map { gate in { @Sendable text in try gate.consume(text) } }
            let output = try await llm.model.complete(request, onDelta: onDelta)
            EngineMetrics.llmTokens(prompt: output.promptTokens, completion: output.completionTokens)
            return output.text
        } catch let ungrounded as UngroundedReply {
            throw ungrounded
        } catch let failure as LLMFailure {
            throw failure
        } catch is ChatModelTimeout {
            throw LLMFailure.timeout
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            throw LLMFailure.server(String(describing: error))
        }
    }

    /// The vehicles a reply may speak of and everything it may state: the turn's cards, the
    /// listing or vehicle in focus, the cards already on screen, the buyer's own figures and
    /// names, and the figures of the composed reply and of the dealer's own texts. A turn's
    /// second set (after a tool ran) reuses what the first one read.
    private func groundingFacts(_ turn: ComposedTurn, by composer: TurnComposer, after earlier: GroundingFacts?) async throws -> GroundingFacts {
        var vehicles = turn.vehicles
        let ids = [turn.context.focusVehicleId, composer.session.vehicleId].compactMap { $0 }
            + (turn.comparison?.vehicles.map(\.vehicleId) ?? []) + (composer.session.context.shownVehicleIds ?? [])
        for id in ids where !vehicles.contains(where: { $0.vehicleId == id }) {
            let vehicle = if let known = earlier?.vehicles.first(where: { $0.vehicleId == id }) { known } else { try await store.vehicle(id: id) }
            if let vehicle, vehicle.dealerId == composer.dealer.dealerId { vehicles.append(vehicle) }
        }
        let base = earlier?.base ?? {
            var base = GroundingValidator.Facts()
            base.allow(composer.parse.entities, pesosPerDollar: configuration.pesosPerDollar)
            for text in [composer.dealer.warranty, composer.dealer.hours].compactMap({ $0 }) + composer.dealer.quickReplies.map(\.answer) {
                base.allowFigures(in: text)
            }
            return base
        }()
        var facts = base
        facts.allow(vehicles)
        facts.allowFigures(in: turn.response)
        return GroundingFacts(vehicles: vehicles, base: base, facts: facts, understanding: understanding)
    }

    /// Runs `body`, giving up when `timeout` passes or the client leaves; whatever is still
    /// running is cancelled, which closes the model request and stops its generation.
    static func race<T: Sendable>(
        _ timeout: Duration, until clientLeft: AsyncStream<Void>?, _ body: @escaping @Sendable () async throws -> T
    ) async throws -> T {
        try await withThrowingTaskGroup(of: T.self) { group in
            group.addTask(operation: body)
            group.addTask {
                try await Task.sleep(for: timeout)
                throw LLMFailure.timeout
            }
            if let clientLeft {
                group.addTask {
                    for await _ in clientLeft {}
                    try Task.checkCancellation()
                    throw LLMFailure.clientLeft
                }
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw LLMFailure.timeout }
            return first
        }
    }
}

/// What a model-written reply is checked against.
struct GroundingFacts: Sendable {
    var vehicles: [Vehicle]
    /// What holds whatever the turn shows: the buyer's own figures and the dealer's texts.
    var base: GroundingValidator.Facts
    var facts: GroundingValidator.Facts
    let understanding: any LanguageUnderstanding

    /// The check, as a function a stream can carry.
    var checked: @Sendable (String) -> [GroundingValidator.Violation] {
        let facts = facts
        let understanding = understanding
        return { text in
            let validator = GroundingValidator()
            return validator.violations(in: text, facts: facts)
                + validator.unknownVehicles(in: text, facts: facts, names: understanding.vehicleNames(in: text))
        }
    }
}

extension ComposedTurn {
    func noting(_ note: String) -> ComposedTurn {
        var turn = self
        turn.auditNote = note
        return turn
    }
}
