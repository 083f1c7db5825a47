import OKLACore

extension TurnComposer {
    /// The intent to act on. The understanding reads one message alone; the conversation often
    /// tells more: "a la 1 entonces" right after a refused slot is a new time for that visit,
    /// "y mecánicos?" after a search refines it, "ese fit es mecánico?" asks about the fit.
    func actedIntent(listing: Vehicle?) async throws -> Intent {
        let intent = parse.intent
        let e = parse.entities
        if let refused = session.context.refusedAppointment,
           AppointmentSlot.parse(folded, now: now, timeZone: engine.configuration.timeZone, refused: refused) != nil {
            return .scheduleAppointment
        }
        if intent != .tradeIn, offersTradeIn { return .tradeIn }
        // "es una tucson", "es 2017 y tiene 90 mil km" right after the buyer offered their car
        // answer what was asked about it; a question is something else.
        if session.context.lastIntent == .tradeIn, !text.contains("?"),
           tradeInMileage != nil || ["es un ", "es una ", "es del ", "es de ", "es 1", "es 2", "tiene ", "la mia", "el mio"].contains(where: folded.hasPrefix) {
            return .tradeIn
        }
        // "ok gracias, y cuál es la dirección?": courtesy first, then the question that matters.
        if [.farewell, .affirm, .greeting].contains(intent), text.contains("?"),
           let clause = folded.split(separator: ",").last.map({ String($0).trimmingCharacters(in: .whitespaces) }), clause.count < folded.count {
            let question = engine.understanding.understand(clause).result.intent
            if ![.farewell, .affirm, .greeting].contains(question) { return question }
        }
        // "soy José Núñez" read as small talk still leaves contact details to thank for.
        if [.outOfScope, .affirm, .greeting].contains(intent), !Contact(understood, text: text).isEmpty { return .provideContact }
        // A question about what a vehicle is ("es mecánico?", "cuántos pasajeros?") with no day or time in it.
        if intent == .scheduleAppointment, !detailTopics.isEmpty,
           AppointmentSlot.parse(folded, now: now, timeZone: engine.configuration.timeZone) == nil {
            return .vehicleDetails
        }
        if let listing {
            // In a single-vehicle chat, describing a vehicle is asking about this one.
            if [.vehicleSearch, .compareVehicles].contains(intent) || (intent == .outOfScope && !e.isEmpty),
               !asksAboutAnotherVehicle(than: listing) {
                return .vehicleDetails
            }
            return intent
        }
        if [.outOfScope, .affirm, .deny, .vehicleSearch].contains(intent), try await pointedCard() != nil {
            return .vehicleDetails
        }
        if intent == .dealerInfo, e.make != nil || e.model != nil { return .availability }
        if refinesSearch(intent) { return .vehicleSearch }
        return intent
    }

    /// Wishes about what to search ("y mecánicos?", "q sea de 7 pasajeros", "y nuevas 0 km
    /// tienen?", "camionetas q tengan disponible") that the understanding took for a question
    /// about one vehicle, a complaint or small talk.
    private func refinesSearch(_ intent: Intent) -> Bool {
        let e = parse.entities
        guard !e.isEmpty, e.make == nil, e.model == nil else { return false }
        switch intent {
        case .complaint:
            // Only a bare follow-up: a real complaint says more than "y mecánicos?".
            let running = session.context.filters != nil || !(session.context.shownVehicleIds ?? []).isEmpty
            return running && folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).count <= 4
        case .outOfScope:
            return true
        case .vehicleDetails, .availability, .priceInquiry:
            return asksForSearch || (e.bodyType != nil && !Self.singlesOneOut(folded))
        default:
            return false
        }
    }

    /// "me cogen mi corolla 2015 como parte de pago?", "me toman mi accent de inicial?": the
    /// buyer's own vehicle offered towards the purchase.
    var offersTradeIn: Bool {
        let ownsOne = says(["mi", "el mio", "la mia"])
            && (parse.entities.make != nil || parse.entities.model != nil
                || says(["mi carr*", "mi yipeta*", "mi jeepeta*", "mi camioneta*", "mi vehiculo*", "mi guagua*", "mi motor*", "mi pasola*"]))
        return tradeInCue && ownsOne
    }

    /// Words that offer a vehicle towards the purchase.
    var tradeInCue: Bool {
        ["parte de pago", "parte del pago", "de inicial", "como inicial", "pa el inicial", "para el inicial", "a cambio"]
            .contains(where: folded.contains)
            || says(["me cogen", "me coge", "me toman", "me toma", "me aceptan", "me acepta", "me reciben", "me recibe", "me agarran", "me agarra"])
    }

    /// The buyer's vehicle as the dealer should note it. An answer ("es una tucson", "tiene 90
    /// mil km") completes what an earlier message noted; a new offer is another vehicle.
    var tradeInCar: TradeInCar? {
        let e = parse.entities
        let named = [e.make, e.model].compactMap { $0 }.joined(separator: " ")
        var car = named.isEmpty ? (tradeInCue ? nil : TradeInCar(note: session.context.tradeInVehicle)) : TradeInCar(name: named)
        if let year = e.yearMin { car?.year = year }
        if let km = tradeInMileage { car?.km = km }
        return car
    }

    /// The mileage the buyer gives for their own car: "con 90 mil km".
    var tradeInMileage: Int? {
        GroundingValidator.figures(in: text).first { $0.kind == .mileage && $0.value > 0 }?.value
    }
}

/// The buyer's own vehicle offered towards the purchase, as the session keeps it for the
/// dealer: "Toyota Corolla 2015, 90,000 km".
struct TradeInCar: Equatable {
    var name: String
    var year: Int?
    var km: Int?

    init(name: String, year: Int? = nil, km: Int? = nil) {
        (self.name, self.year, self.km) = (name, year, km)
    }

    /// Reads back a `note`.
    init?(note: String?) {
        guard let note, !note.isEmpty else { return nil }
        let parts = note.components(separatedBy: ", ")
        var words = parts[0].split(separator: " ")
        if let last = words.last, let year = Int(last), (1950...2049).contains(year) {
            self.year = year
            words.removeLast()
        }
        name = words.joined(separator: " ")
        km = parts.count > 1 ? Int(parts[1].filter(\.isNumber)) : nil
    }

    var note: String {
        name + (year.map { " \($0)" } ?? "") + (km.map { ", \(SpanishFormat.grouped(Double($0))) km" } ?? "")
    }
}
