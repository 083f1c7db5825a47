import OKLACore
import OKLAStore

extension TurnComposer {
    /// Compares the vehicles the buyer names ("la RAV4 o la CR-V"), else the ones last shown.
    func compare(_ turn: inout ComposedTurn) async throws {
        var picked: [Vehicle] = []
        for (model, year) in try await namedModels() {
            // The year named with the model ("la rav4 2021"), else the newest unit.
            for filters in [Entities(model: model, yearMin: year, yearMax: year), Entities(model: model)] where picked.count < 3 {
                let found = try await store.searchVehicles(VehicleQuery(
                    dealerId: dealer.dealerId, filters: filters, pesosPerDollar: engine.configuration.pesosPerDollar, limit: 1))
                if let v = found.first {
                    if !picked.contains(v) { picked.append(v) }
                    break
                }
            }
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

    /// The dealer's models the message names, in its order, each with the year written right
    /// after it ("rav4 2021", "tucson del 2022"). Single words and joined pairs, so "rav 4" and
    /// "cr v" find "RAV4" and "CR-V".
    private func namedModels() async throws -> [(model: String, year: Int?)] {
        let words = folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let models = Set(try await store.availableModelKeys(dealerId: dealer.dealerId).filter { $0.count >= 2 })
        var named: [(model: String, year: Int?)] = []
        var i = 0
        while i < words.count {
            let pair = i + 1 < words.count ? words[i] + words[i + 1] : ""
            let (model, end) = models.contains(pair) ? (pair, i + 2) : (words[i], i + 1)
            guard models.contains(model) else {
                i += 1
                continue
            }
            var next = end
            if next < words.count, ["del", "de"].contains(words[next]) { next += 1 }
            let year = next < words.count ? Int(words[next]).flatMap { (1950...2049).contains($0) ? $0 : nil } : nil
            if !named.contains(where: { $0.model == model && $0.year == year }) { named.append((model, year)) }
            i = end
        }
        return named
    }
}
