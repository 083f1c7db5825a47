import OKLACore
import OKLAStore

extension TurnComposer {
    /// Compares the vehicles the buyer names ("la RAV4 o la CR-V"), else the ones last shown.
    func compare(_ turn: inout ComposedTurn) async throws {
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        // Single words and joined pairs, so "rav 4" and "cr v" find "RAV4" and "CR-V".
        let keys = Set(words + zip(words, words.dropFirst()).map { $0 + $1 })
        var picked: [Vehicle] = []
        for model in try await store.availableModelKeys(dealerId: dealer.dealerId) where model.count >= 2 && keys.contains(model) {
            let newest = try await store.searchVehicles(VehicleQuery(
                dealerId: dealer.dealerId, filters: Entities(model: model), pesosPerDollar: engine.configuration.pesosPerDollar, limit: 1))
            picked += newest
        }
        // "mejor de gasolina" is a refined search, not a comparison: fewer than two models named, new wishes given.
        if picked.count < 2, !parse.entities.isEmpty, session.context.filters != nil {
            turn.intent = .vehicleSearch
            try await search(&turn)
            return
        }
        if picked.count < 2 {
            // "cuál de los dos" means the last vehicles talked about, even when each was shown alone;
            // otherwise the cards on screen, topped up with those.
            let discussed = Array((session.context.discussedVehicleIds ?? []).reversed())
            let shown = session.context.shownVehicleIds ?? []
            let pair = says(["los dos", "las dos", "ambos", "ambas", "esos dos", "esas dos"])
            for id in (pair ? discussed + shown : shown + discussed) where picked.count < (pair ? 2 : 3) {
                if let v = try await available(id), v.status == .available, !picked.contains(v) {
                    picked.append(v)
                }
            }
        }
        guard picked.count >= 2 else {
            turn.response = "¿Cuáles quieres comparar? Dime dos modelos (por ejemplo, RAV4 o CR-V) o búscame opciones y te las pongo lado a lado."
            turn.helped = false
            return
        }
        turn.tools.append("compare_vehicles")
        EngineMetrics.functionCall("compare_vehicles")
        picked = Array(picked.prefix(3))
        turn.vehicles = picked
        turn.context.shownVehicleIds = picked.map(\.vehicleId)
        func row(_ label: String, _ value: (Vehicle) -> String?) -> Comparison.Row {
            Comparison.Row(label: label, values: picked.map { value($0) ?? "—" })
        }
        turn.comparison = Comparison(vehicles: picked.map(VehicleCard.init), rows: [
            row("Precio") { SpanishFormat.money($0.price, $0.currency) },
            row("Año") { String($0.year) },
            row("Millaje") { $0.mileageKm.map(SpanishFormat.km) },
            row("Transmisión") { $0.transmission.flatMap { SpanishFormat.transmission[$0] } },
            row("Combustible") { $0.fuel.flatMap { SpanishFormat.fuel[$0] } },
            row("Pasajeros") { $0.seats.map(String.init) },
            row("Tracción") { $0.drive },
            row("Color") { $0.color },
        ])
        let rate = engine.configuration.pesosPerDollar
        let cheapest = picked.min { $0.price * ($0.currency == .USD ? rate : 1) < $1.price * ($1.currency == .USD ? rate : 1) }!
        let newest = picked.max { $0.year < $1.year }!
        var summary = "Aquí los tienes lado a lado:\n" + picked.map { "• \(SpanishFormat.line($0))" }.joined(separator: "\n")
        summary += "\nEl más económico es el \(cheapest.title)"
        summary += newest.year == cheapest.year ? "." : "; el más nuevo, el \(newest.title)."
        turn.response = summary + " ¿Quieres detalles o financiamiento de alguno?"
    }
}
