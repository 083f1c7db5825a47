import OKLACore
import OKLAStore

extension TurnComposer {
    /// The vehicle this message is about: the listing in single-vehicle mode; otherwise the card
    /// the buyer points at, the one they name, or the one last talked about. A vehicle named but
    /// not on sale is none: answering about the previous one instead would mislead.
    func focusVehicle() async throws -> Vehicle? {
        if case .vehicle(let v) = try await subject(offeringChoices: false) { v } else { nil }
    }

    /// What a question is about: one vehicle, or (when `offeringChoices`) the units of the
    /// vehicle the buyer names when nothing says which one: "¿a cómo tienen la RAV4?" with three
    /// RAV4s on offer and none of them being talked about.
    enum Subject {
        case vehicle(Vehicle)
        case choices([Vehicle])
        case none
    }

    func subject(offeringChoices: Bool) async throws -> Subject {
        if session.mode == .singleVehicle, let id = session.vehicleId {
            return try await store.vehicle(id: id).map(Subject.vehicle) ?? .none
        }
        if let card = try await pointedCard() { return .vehicle(card) }
        let focus: Vehicle? = if let id = session.context.focusVehicleId { try await available(id) } else { nil }
        guard parse.entities.make != nil || parse.entities.model != nil else { return focus.map(Subject.vehicle) ?? .none }
        // "El corolla de gas": what the buyer says about the vehicle picks the unit, not the budget.
        var named = parse.entities
        (named.priceMin, named.priceMax, named.currency, named.seatsMin) = (nil, nil, nil, nil)
        let query = VehicleQuery(
            dealerId: dealer.dealerId, filters: named, statuses: [.available, .reserved],
            pesosPerDollar: engine.configuration.pesosPerDollar, limit: offeringChoices ? engine.configuration.resultsShown : 1)
        // "¿a cómo está la RAV4?" while talking about a RAV4 is that one.
        if let focus, query.admits(focus) { return .vehicle(focus) }
        let units = try await store.searchVehicles(query)
        if units.count > 1 { return .choices(units) }
        return units.first.map(Subject.vehicle) ?? .none
    }

    /// The card of the last list the message singles out: by position ("la segunda"), by what
    /// it is ("el corolla de gas", "la nueva", "la automática", "la blanca") or by a superlative
    /// ("la más barata", "la de menos millaje"). Nil when the message asks for more vehicles
    /// ("y automáticas tienen?") or the attributes fit none of the cards.
    func pointedCard() async throws -> Vehicle? {
        let shown = session.context.shownVehicleIds ?? []
        guard !shown.isEmpty else { return nil }
        if let ordinal = understood.ordinal {
            let index = ordinal == -1 ? shown.count - 1 : ordinal - 1
            if shown.indices.contains(index) { return try await available(shown[index]) }
        }
        let superlative = Self.superlatives.first { $0.words.contains(where: folded.contains) }
        guard !asksForSearch, superlative != nil || understood.color != nil || Self.singlesOneOut(folded) else { return nil }
        let cards = try await shownVehicles(shown)
        var described = parse.entities
        // A budget or seat count describes what to search, not which card.
        (described.priceMin, described.priceMax, described.currency, described.seatsMin) = (nil, nil, nil, nil)
        let query = VehicleQuery(dealerId: dealer.dealerId, filters: described, statuses: [.available, .reserved])
        var matching = cards.filter(query.admits)
        if let color = understood.color {
            // "blanco" also finds "Blanca" and "Gris Oscuro" finds "gris".
            let stem = String(color.folded.prefix(max(3, color.count - 1)))
            matching = matching.filter { $0.color.map { $0.folded.hasPrefix(stem) } ?? false }
        }
        if let superlative {
            let rate = engine.configuration.pesosPerDollar
            return matching.min { superlative.before($0, $1, rate) }
        }
        // Without a superlative, the attributes must say something the cards differ in.
        guard !described.isEmpty || understood.color != nil, matching.count < cards.count else { return nil }
        return matching.first
    }

    /// "el/la/ese/esa …": the buyer talks about one vehicle, not a kind of vehicle.
    static func singlesOneOut(_ folded: String) -> Bool {
        says(["el", "la", "ese", "esa", "este", "esta"], in: folded)
    }

    /// Words that ask for a list rather than about one vehicle: "tienen", "muéstrame otras",
    /// "q sea automática".
    var asksForSearch: Bool {
        says(["otro", "otra", "otros", "otras", "algo", "algun", "alguno", "alguna", "tienen", "hay", "busco", "buscando", "necesito",
              "quiero", "muestrame", "ensename", "opciones", "q sea", "que sea", "olvid*"])
    }

    struct Superlative: Sendable {
        var words: [String]
        /// Whether the first vehicle comes before the second; prices in pesos at the given rate.
        var before: @Sendable (Vehicle, Vehicle, Double) -> Bool
    }

    static let superlatives: [Superlative] = [
        Superlative(words: ["mas barat", "mas economic", "menor precio", "mas bajo"]) { TurnComposer.pesos($0, $2) < TurnComposer.pesos($1, $2) },
        Superlative(words: ["mas caro", "mas cara", "mayor precio"]) { TurnComposer.pesos($0, $2) > TurnComposer.pesos($1, $2) },
        Superlative(words: ["mas nuev", "mas recient", "mas modern"]) { a, b, _ in a.year > b.year },
        Superlative(words: ["mas viej", "mas antigu"]) { a, b, _ in a.year < b.year },
        Superlative(words: ["menos millaje", "menos km", "menos kilometr", "menos recorr", "menos millas"]) { a, b, _ in
            (a.mileageKm ?? .max) < (b.mileageKm ?? .max)
        },
        Superlative(words: ["mas pasajeros", "mas asientos", "mas grande"]) { a, b, _ in (a.seats ?? 0) > (b.seats ?? 0) },
    ]

    static func pesos(_ v: Vehicle, _ rate: Double) -> Double { v.currency == .USD ? v.price * rate : v.price }

    func available(_ id: String) async throws -> Vehicle? {
        guard let v = try await store.vehicle(id: id), v.dealerId == dealer.dealerId, v.status != .sold else { return nil }
        return v
    }

    /// The cards on screen that are still on offer, in their order.
    func shownVehicles(_ ids: [String]) async throws -> [Vehicle] {
        var cards: [Vehicle] = []
        for id in ids { if let v = try await available(id) { cards.append(v) } }
        return cards
    }
}
