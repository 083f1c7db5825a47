import Foundation
import OKLACore
import OKLANLU

extension TurnComposer {
    /// Runs a function a model called, against the store, through the code the engine's own
    /// turns use. The model adds to what the buyer said and never overrides it: a constraint
    /// the buyer stated wins over the model's, and vehicle ids count only when they are this
    /// dealer's (this listing's, in a single-vehicle chat).
    func perform(_ call: ModelFunctionCall) async throws -> ComposedTurn {
        var turn = ComposedTurn(response: "", context: session.context)
        let arguments = call.arguments
        let named = if let id = arguments.vehicleId { try await allowed(id) } else { Vehicle?.none }
        switch call.name {
        case .searchInventory:
            var filters = arguments.filters ?? Entities()
            Self.overlay(parse.entities, on: &filters)
            turn.intent = .vehicleSearch
            try await with(text: text + (arguments.query.map { " " + $0 } ?? ""), entities: filters).search(&turn)
        case .compareVehicles:
            var ids: [String] = []
            for id in arguments.vehicleIds ?? [] where try await allowed(id) != nil && !ids.contains(id) { ids.append(id) }
            var picked = session
            if ids.count >= 2 { picked.context.shownVehicleIds = ids }
            turn.intent = .compareVehicles
            try await with(session: picked).compare(&turn)
        case .getFinancingQuote:
            turn.intent = .financing
            let focus = named == nil ? try await focusVehicle() : named
            guard let vehicle = focus else { return try await compose() }
            turn.context.focusVehicleId = vehicle.vehicleId
            turn.vehicles = [vehicle]
            with(text: text + (arguments.termMonths.map { " a \($0) meses" } ?? ""), entities: parse.entities)
                .financing(&turn, vehicle: vehicle, downPaymentPercent: arguments.downPaymentPercent)
        case .scheduleAppointment:
            turn.intent = .scheduleAppointment
            let vehicle = named == nil ? try await focusVehicle() : named
            if let vehicle { turn.context.focusVehicleId = vehicle.vehicleId }
            try with(text: (arguments.when.map { $0 + ", " } ?? "") + text, entities: parse.entities).schedule(&turn, vehicle: vehicle)
        case .transferToHuman:
            turn.intent = .humanAgent
            let reason = (arguments.reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(160)
            turn.handoffReason = reason.isEmpty ? "El asistente lo pasó a un vendedor" : "El asistente lo pasó a un vendedor: \(reason)"
            turn.response = "¡Claro!"
        }
        turn.tools.insert("llm:\(call.name.rawValue)", at: 0)
        settle(&turn)
        return turn
    }

    /// The same turn read from other words (the buyer's plus what the model added), or with
    /// the vehicles the model picked on screen.
    private func with(text: String? = nil, entities: Entities? = nil, session: ChatSession? = nil) -> TurnComposer {
        var understood = understood
        if let entities { understood.result.entities = entities }
        return TurnComposer(
            engine: engine, dealer: dealer, session: session ?? self.session, understood: understood, text: text ?? self.text, now: now)
    }

    /// A vehicle the model named, if the buyer may hear about it in this chat.
    private func allowed(_ id: String) async throws -> Vehicle? {
        if session.mode == .singleVehicle, id != session.vehicleId { return nil }
        return try await available(id)
    }

    /// The buyer's stated constraints on top of the model's.
    static func overlay(_ buyer: Entities, on filters: inout Entities) {
        if let v = buyer.bodyType { filters.bodyType = v }
        if buyer.make != nil || buyer.model != nil { (filters.make, filters.model) = (buyer.make, buyer.model) }
        if buyer.yearMin != nil || buyer.yearMax != nil { (filters.yearMin, filters.yearMax) = (buyer.yearMin, buyer.yearMax) }
        if buyer.priceMin != nil || buyer.priceMax != nil {
            (filters.priceMin, filters.priceMax, filters.currency) = (buyer.priceMin, buyer.priceMax, buyer.currency)
        }
        if let v = buyer.transmission { filters.transmission = v }
        if let v = buyer.fuel { filters.fuel = v }
        if let v = buyer.condition { filters.condition = v }
        if let v = buyer.seatsMin { filters.seatsMin = v }
    }
}
