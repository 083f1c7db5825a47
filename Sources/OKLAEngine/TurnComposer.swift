import Foundation
import OKLACore
import OKLANLU
import OKLAStore

/// Composes one reply from facts looked up in the store. Nothing in a reply comes from
/// anywhere else: every vehicle, price, year and mileage is a listing's own.
struct TurnComposer {
    let engine: ChatEngine
    let dealer: Dealer
    let session: ChatSession
    let understood: MessageUnderstanding
    let text: String
    let now: Date
    /// The message without accents or case, for keyword checks; folded once per turn.
    let folded: String
    /// `folded` with punctuation as spaces and a space at each end, for whole-word checks.
    let spaced: String

    init(engine: ChatEngine, dealer: Dealer, session: ChatSession, understood: MessageUnderstanding, text: String, now: Date) {
        self.engine = engine
        self.dealer = dealer
        self.session = session
        self.understood = understood
        self.text = text
        self.now = now
        folded = text.folded
        spaced = Self.spaced(folded)
    }

    var store: any ChatStore { engine.store }
    var parse: ParseResult { understood.result }

    func compose() async throws -> ComposedTurn {
        var turn = ComposedTurn(response: "", context: session.context)
        guard session.botActive else { return turn }
        // Single-vehicle chats are about one listing: read it once for the whole turn.
        let listing = session.mode == .singleVehicle ? try await focusVehicle() : nil
        let intent = try await actedIntent(listing: listing)
        if intent != parse.intent { turn.intent = intent }
        try await respond(to: intent, listing: listing, in: &turn)
        settle(&turn)
        return turn
    }

    /// What every turn leaves in the context: a refused slot only survives a new try at it, and
    /// the vehicle in focus joins the last ones talked about.
    func settle(_ turn: inout ComposedTurn) {
        if (turn.intent ?? parse.intent) != .scheduleAppointment { turn.context.refusedAppointment = nil }
        if let focus = turn.context.focusVehicleId {
            var discussed = (session.context.discussedVehicleIds ?? []).filter { $0 != focus }
            discussed.append(focus)
            turn.context.discussedVehicleIds = Array(discussed.suffix(3))
        }
    }

    private func respond(to intent: Intent, listing: Vehicle?, in turn: inout ComposedTurn) async throws {
        let e = parse.entities
        if let listing, intent != .tradeIn, asksAboutAnotherVehicle(than: listing) {
            turn.flags.append("out_of_mode")
            turn.response = "Por aquí te ayudo solo con el \(listing.title). Si quieres ver otras opciones de \(dealer.name), abre su inventario completo y con gusto te ayudo allá. ¿Algo más sobre este vehículo?"
            turn.suggestedReplies = ["¿En cuánto me lo deja?", "¿Lo financian?", "Quiero ir a verlo"]
            return
        }

        switch intent {
        case .greeting:
            turn.response = "¡Hola! Soy \(dealer.botName), de \(dealer.name). " + (session.mode == .singleVehicle
                ? "¿Qué te gustaría saber de este vehículo?"
                : "Dime qué buscas (tipo, marca, presupuesto) y te muestro lo que tenemos.")
        case .farewell:
            turn.response = "¡Gracias a ti! Cualquier cosa, aquí estoy. ¡Bendiciones!"
        case .dealerInfo:
            turn.response = dealerInfo()
            turn.tools.append("dealer_info")
        case .humanAgent:
            turn.handoffReason = "El cliente pidió hablar con un vendedor"
            turn.response = "¡Claro!"
        case .complaint:
            turn.response = "Disculpa el inconveniente, eso no debió pasar."
            turn.handoffReason = "Queja del cliente"
        case .outOfScope where !e.isEmpty:
            // A message that names what a vehicle should be ("algo 4x4 diesel pa la playa") is on topic,
            // whatever the intent model thought.
            turn.intent = .vehicleSearch
            if let listing {
                turn.response = describe(listing)
                turn.vehicles = [listing]
            } else {
                try await search(&turn)
            }
        case .outOfScope:
            turn.response = "Eso se me escapa 😅. Yo te ayudo con los vehículos de \(dealer.name): buscar, comparar, precios, financiamiento y citas."
            turn.helped = false
        case .provideContact:
            let contact = Contact(understood, text: text)
            turn.response = contact.isEmpty
                ? "¿Me compartes tu nombre y un teléfono para que un vendedor te contacte?"
                : "¡Gracias\(contact.name.map { ", \($0)" } ?? "")! Guardé tus datos para que un vendedor te contacte."
        case .tradeIn:
            turn.tools.append("trade_in")
            let car = tradeInCar
            if let car { turn.context.tradeInVehicle = car.note }
            // Year and mileage go to the dealer's notes, not the reply: replies state only the listings' own figures.
            let towards = listing.map { " para el \($0.title)" } ?? ""
            let missing = (car?.year == nil ? ["de qué año es"] : []) + (car?.km == nil ? ["qué millaje tiene"] : [])
            turn.response = (car.map { "Anoté tu \($0.name) como parte de pago\(towards)." } ?? "Anoté que tienes un vehículo para dar como parte de pago\(towards).")
                + " El valor lo da un tasador del dealer al verlo en persona; "
                + (missing.isEmpty ? "¿quieres que te agende para que lo vean?" : "¿\(missing.joined(separator: " y "))?")
        case .warranty:
            turn.response = dealer.warranty.map { "Garantía de \(dealer.name): \($0)." } ?? "Un vendedor te confirma la garantía de ese vehículo."
        case .documents:
            turn.response = "Los papeles los revisas con el vendedor antes de firmar. El traspaso en la DGII cuesta el 2% del valor del vehículo; ¿quieres que un vendedor te confirme los de esta unidad?"
        case .affirm, .deny:
            turn.response = session.context.shownVehicleIds?.isEmpty == false
                ? (intent == .affirm ? "¡Perfecto! ¿Cuál de las opciones te interesa? Puedo darte precio, financiamiento o agendarte una cita." : "Tranquilo. ¿Buscamos otra cosa? Dime tipo, marca o presupuesto.")
                : "¿En qué te puedo ayudar? Dime qué vehículo buscas."
        case .vehicleSearch, .compareVehicles:
            if intent == .compareVehicles {
                try await compare(&turn)
            } else {
                try await search(&turn)
            }
        case .vehicleDetails, .priceInquiry, .availability, .financing, .scheduleAppointment:
            let subject: Subject = if let listing { .vehicle(listing) } else {
                try await subject(offeringChoices: [.priceInquiry, .availability].contains(intent))
            }
            if case .choices(let units) = subject {
                show(units, in: &turn)
                turn.tools.append("search_inventory")
                EngineMetrics.functionCall("search_inventory")
                turn.response = "Tengo \(units.count) \([units[0].make, parse.entities.model.map { _ in units[0].model }].compactMap { $0 }.joined(separator: " ")) disponibles:\n"
                    + units.enumerated().map { "\($0.offset + 1). \(SpanishFormat.line($0.element))" }.joined(separator: "\n")
                    + "\n¿Cuál te interesa?"
                return
            }
            guard case .vehicle(let vehicle) = subject else {
                if intent == .scheduleAppointment {
                    try schedule(&turn, vehicle: nil)
                } else if !e.isEmpty {
                    turn.intent = .vehicleSearch
                    try await search(&turn)
                } else {
                    turn.response = "¿De cuál vehículo me hablas? Dime marca y modelo, o búscame lo que quieres y te muestro opciones."
                    turn.helped = false
                }
                return
            }
            turn.context.focusVehicleId = vehicle.vehicleId
            turn.vehicles = [vehicle]
            turn.tools.append("get_vehicle")
            EngineMetrics.functionCall("get_vehicle")
            switch intent {
            case .priceInquiry:
                turn.response = "El \(vehicle.title) está en \(SpanishFormat.money(vehicle.price, vehicle.currency)). Ese es el precio publicado; si quieres te calculo el financiamiento o te agendo para verlo."
            case .availability:
                turn.response = vehicle.status == .available
                    ? "¡Sí! El \(vehicle.title) está disponible. ¿Quieres pasar a verlo?"
                    : "El \(vehicle.title) está reservado ahora mismo. Si se libera te aviso, o te muestro opciones parecidas."
            case .financing where says(["el seguro", "del seguro", "de seguro", "un seguro", "aseguradora", "poliza"]):
                // Insurance is no part of the listing or the dealer's financing terms: nothing to quote.
                turn.response = "El seguro del \(vehicle.title) lo cotiza la aseguradora (o el banco, si lo financias); no lo tengo en la ficha. "
                    + "Un vendedor te ayuda con eso. ¿Te calculo el financiamiento mientras tanto?"
            case .financing:
                financing(&turn, vehicle: vehicle)
            case .scheduleAppointment:
                try schedule(&turn, vehicle: vehicle)
            default:
                // A card picked out ("y la nueva?") with no question about it: its line, price included, and key facts.
                let pointed = listing == nil ? try await pointedCard() : nil
                let pickedOut = parse.intent != intent || pointed != nil
                turn.response = detailTopics.isEmpty && pickedOut ? describe(vehicle) : details(vehicle)
            }
        }
    }

    // MARK: Search

    func search(_ turn: inout ComposedTurn) async throws {
        // After a search that found nothing, naming another kind or make of vehicle starts a new
        // one: "tienen tesla?" → "ok entonces una yipeta" is not a Tesla yipeta.
        let lastFound = session.context.lastIntent != .vehicleSearch || (session.context.failedTurns ?? 0) == 0
        let newVehicle = parse.entities.bodyType != nil || parse.entities.make != nil || parse.entities.model != nil
        var filters = Self.merge(session.context.filters, parse.entities, startsOver: Self.startsOver(folded) || (!lastFound && newVehicle))
        // "tienen toyota?" → "mejor que no sea toyota": the make asked for before no longer holds.
        filters = ImpliedConstraint.filters(filters, without: understood.excluded)
        let shown = session.context.shownVehicleIds ?? []
        var excluded: [String] = []
        var ruledOut: [Entities] = []
        // "muéstrame otras (más baratas)": the next ones, and cheaper than the vehicle being
        // talked about (else the cheapest shown).
        if !shown.isEmpty, Self.asksForOthers(folded) {
            excluded = shown
            // Others of the same kind: after cars, "otra más barata" is no motorcycle.
            if filters.bodyType == nil, try await shownVehicles(shown).allSatisfy({ $0.bodyType != .motorcycle }) {
                ruledOut.append(Entities(bodyType: .motorcycle))
            }
            if Self.asksForCheaper(folded) {
                var anchor: Double?
                if let id = session.context.focusVehicleId, let v = try await available(id) {
                    anchor = Self.pesos(v, engine.configuration.pesosPerDollar)
                } else {
                    for id in shown {
                        guard let v = try await store.vehicle(id: id) else { continue }
                        anchor = min(anchor ?? .infinity, Self.pesos(v, engine.configuration.pesosPerDollar))
                    }
                }
                if let anchor {
                    filters.priceMax = anchor - 1
                    filters.currency = .DOP
                }
                if let id = session.context.focusVehicleId { excluded.append(id) }
            }
        }
        turn.context.filters = filters
        turn.tools.append("search_inventory")
        EngineMetrics.functionCall("search_inventory")
        let found = try await run(filters, excluding: excluded, ruledOut: ruledOut)
        if !found.isEmpty {
            show(found.map(\.vehicle), in: &turn)
            let intro = found.count == 1 ? "Tengo 1 opción" : "Tengo \(found.count) opciones"
            turn.response = "\(intro)\(filters.isEmpty ? "" : " de \(Self.describe(filters))"):\n"
                + Self.lines(found)
                + currencyNote(filters) + "\n¿Te interesa alguna? Te doy detalles, financiamiento o te agendo una cita."
            return
        }
        if !excluded.isEmpty {
            // Relaxing the search would only bring back the cards already on screen.
            turn.context.filters = session.context.filters
            turn.response = "No tengo otras \(Self.asksForCheaper(folded) ? "más baratas " : "")aparte de las que te mostré. "
                + "¿Te busco con otro presupuesto u otro tipo de vehículo?"
            return
        }
        turn.helped = false
        if let model = filters.model, let sold = try await store.searchVehicles(VehicleQuery(
            dealerId: dealer.dealerId, filters: Entities(make: filters.make, model: model), statuses: [.sold], limit: 1)).first {
            // The unit the buyer saw is gone: say so, and offer the same kind of vehicle within their budget.
            var alike = Entities(bodyType: sold.bodyType, priceMin: filters.priceMin, priceMax: filters.priceMax, currency: filters.currency)
            var near = try await run(alike)
            if near.isEmpty, alike.priceMax != nil || alike.priceMin != nil {
                (alike.priceMin, alike.priceMax, alike.currency) = (nil, nil, nil)
                near = try await run(alike)
            }
            turn.context.filters = alike
            turn.helped = !near.isEmpty
            show(near.map(\.vehicle), in: &turn)
            turn.response = "El \(sold.make) \(sold.model) ya se vendió. " + (near.isEmpty
                ? "¿Quieres que un vendedor te avise cuando entre otro?"
                : "Tengo estas \(Self.describe(alike)) disponibles:\n" + Self.lines(near) + "\n¿Te sirve alguna?")
            return
        }
        for (relaxed, phrase, order) in Self.relaxations(of: filters) {
            let near = try await run(relaxed, order: order)
            guard !near.isEmpty else { continue }
            show(near.map(\.vehicle), in: &turn)
            turn.response = "Ahora mismo no tengo \(Self.describe(filters)). Lo más cercano, \(phrase):\n"
                + Self.lines(near)
                + "\n¿Te sirve alguna?"
            return
        }
        turn.context.shownVehicleIds = []
        turn.response = "Ahora mismo no tengo \(Self.describe(filters)) ni nada parecido en inventario. ¿Quieres que un vendedor te avise cuando entre algo así?"
    }

    /// - Parameter ruledOut: kinds of vehicle to leave out beyond those the message rules out.
    private func run(
        _ filters: Entities, excluding excluded: [String] = [], ruledOut: [Entities] = [], order: VehicleQuery.Order = .newestFirst
    ) async throws -> [InventorySearch.Match] {
        let started = ContinuousClock.now
        defer { EngineMetrics.searchDuration(ContinuousClock.now - started) }
        var understood = understood
        understood.excluded += ruledOut
        return try await engine.inventory.search(
            dealerId: dealer.dealerId, filters: filters, text: text, understood: understood, limit: engine.configuration.resultsShown,
            excluding: excluded, order: order)
    }

    /// "1. Toyota RAV4 2021 (blanco), RD$1,950,000, 48,000 km — híbrido: gasta muy poco"
    static func lines(_ matches: [InventorySearch.Match]) -> String {
        matches.enumerated().map { index, match in
            "\(index + 1). \(SpanishFormat.line(match.vehicle))" + (match.reasons.isEmpty ? "" : " — " + match.reasons.prefix(2).joined(separator: "; "))
        }.joined(separator: "\n")
    }

    static func asksForOthers(_ folded: String) -> Bool {
        ["otra", "mas opciones", "algo mas", "mas barat", "mas economic", "menos car"].contains(where: folded.contains)
    }

    static func asksForCheaper(_ folded: String) -> Bool {
        ["mas barat", "mas economic", "menos car", "mas bajo"].contains(where: folded.contains)
    }

    private func show(_ vehicles: [Vehicle], in turn: inout ComposedTurn) {
        turn.vehicles = vehicles
        turn.context.shownVehicleIds = vehicles.map(\.vehicleId)
        turn.context.focusVehicleId = vehicles.count == 1 ? vehicles[0].vehicleId : nil
    }

    private func currencyNote(_ filters: Entities) -> String {
        guard filters.priceMax != nil || filters.priceMin != nil else { return "" }
        return "\n(Comparo precios en dólares y pesos a RD$\(SpanishFormat.grouped(engine.configuration.pesosPerDollar)) por US$.)"
    }

    /// Follow-up wishes add to the search ("q sea hatchback" keeps the budget and years).
    /// "Olvídalo, busco…" starts over; naming another vehicle or kind of vehicle drops only what
    /// was about the old one, since the buyer's budget and preferences still hold.
    static func merge(_ previous: Entities?, _ new: Entities, startsOver: Bool = false) -> Entities {
        guard var merged = previous, !startsOver else { return new }
        if (new.make != nil && new.make != merged.make) || (new.model != nil && new.model != merged.model) {
            // A body type or years that came with a model ("una hilux del 2026") were about that model.
            if merged.model != nil || new.model != nil { merged.bodyType = nil }
            (merged.make, merged.model, merged.yearMin, merged.yearMax) = (nil, nil, nil, nil)
        } else if let body = new.bodyType, body != merged.bodyType, merged.bodyType != nil || merged.model != nil {
            // "Yipetas toyota de 7 pasajeros" → "y camionetas?": make, model and seats were about yipetas.
            // "Tienen toyota?" → "q sea yipeta" only narrows the make down.
            (merged.make, merged.model, merged.seatsMin) = (nil, nil, nil)
        }
        if let v = new.bodyType { merged.bodyType = v }
        if let v = new.make { merged.make = v }
        if let v = new.model { merged.model = v }
        if let v = new.yearMin { merged.yearMin = v }
        if let v = new.yearMax { merged.yearMax = v }
        if new.priceMin != nil || new.priceMax != nil {
            merged.priceMin = new.priceMin
            merged.priceMax = new.priceMax
            merged.currency = new.currency
        }
        if let v = new.transmission { merged.transmission = v }
        if let v = new.fuel { merged.fuel = v }
        if let v = new.condition { merged.condition = v }
        if let v = new.seatsMin { merged.seatsMin = v }
        return merged
    }

    /// "Olvídalo, busco…", "mejor otra cosa": what was asked before no longer applies.
    static func startsOver(_ folded: String) -> Bool {
        ["olvid", "otra cosa", "mejor busco", "ahora busco", "cambie de idea", "cambio de idea", "en vez de eso", "ya no quiero", "ya no busco", "desde cero", "empezar de nuevo"]
            .contains(where: folded.contains)
    }

    /// Each wish dropped on its own, the least important first, with how to say so and which
    /// vehicles come closest.
    static func relaxations(of f: Entities) -> [(Entities, String, VehicleQuery.Order)] {
        var options: [(Entities, String, VehicleQuery.Order)] = []
        func without(_ change: (inout Entities) -> Void, _ phrase: String, order: VehicleQuery.Order = .newestFirst) {
            var relaxed = f
            change(&relaxed)
            if relaxed != f { options.append((relaxed, phrase, order)) }
        }
        // Over budget, the closest are the cheapest above the ceiling.
        without({ $0.priceMin = $0.priceMax; $0.priceMax = nil }, "pasándote un poco del presupuesto", order: .cheapestFirst)
        without({ $0.yearMin = nil; $0.yearMax = nil }, "de otro año")
        without({ $0.transmission = nil }, "con otra transmisión")
        without({ $0.fuel = nil }, "con otro combustible")
        without({ $0.condition = nil }, f.condition == .new ? "usados" : "nuevos")
        without({ $0.seatsMin = nil }, "con menos asientos")
        without({ $0.model = nil }, "de otro modelo de \(f.make ?? "la marca")")
        without({ $0.make = nil; $0.model = nil }, "de otra marca")
        without({ $0.bodyType = nil }, "en otro tipo de vehículo")
        return options
    }

    /// "yipetas automáticas de gasolina del 2018 en adelante por debajo de RD$2,500,000"
    static func describe(_ f: Entities) -> String {
        var parts: [String] = []
        parts.append(f.bodyType.flatMap { SpanishFormat.bodyPlural[$0] } ?? "vehículos")
        if let make = f.make { parts.append(make + (f.model.map { " \($0)" } ?? "")) } else if let model = f.model { parts.append(model) }
        // "yipetas automáticas", "carros automáticos": adjectives agree with the noun.
        let feminine = [BodyType.suv, .pickup, .van, .minivan].contains { $0 == f.bodyType }
        if let t = f.transmission { parts.append((t == .automatic ? "automátic" : "mecánic") + (feminine ? "as" : "os")) }
        if let fuel = f.fuel { parts.append("de \(SpanishFormat.fuel[fuel] ?? fuel.rawValue)") }
        if let c = f.condition { parts.append((c == .new ? "nuev" : "usad") + (feminine ? "as" : "os")) }
        if let s = f.seatsMin { parts.append("de \(s) pasajeros o más") }
        switch (f.yearMin, f.yearMax) {
        case let (a?, b?) where a == b: parts.append("del \(a)")
        case let (a?, b?): parts.append("del \(a) al \(b)")
        case let (a?, nil): parts.append("del \(a) en adelante")
        case let (nil, b?): parts.append("hasta el \(b)")
        default: break
        }
        let currency = f.currency ?? .DOP
        if let min = f.priceMin { parts.append("desde \(SpanishFormat.money(min, currency))") }
        if let max = f.priceMax { parts.append("por debajo de \(SpanishFormat.money(max, currency))") }
        return parts.joined(separator: " ")
    }

    // MARK: One vehicle

    /// Whether a single-vehicle chat is asked about other vehicles: another make, model or
    /// kind, or "tienen alguna usada más barata?" (other units, described unlike this one).
    func asksAboutAnotherVehicle(than listing: Vehicle) -> Bool {
        let e = parse.entities
        if let make = e.make, matchKey(make) != matchKey(listing.make) { return true }
        if let model = e.model, !matchKey(listing.model).contains(matchKey(model)) { return true }
        if let body = e.bodyType, let own = listing.bodyType, body != own { return true }
        if says(["otro", "otra", "otros", "otras", "algun", "alguno", "alguna", "algunos", "algunas"]) {
            let unlike = (e.condition.map { $0 != listing.condition } ?? false) || (e.fuel.map { $0 != listing.fuel } ?? false)
                || (e.transmission.map { $0 != listing.transmission } ?? false)
            if unlike || Self.asksForCheaper(folded) || e.priceMax != nil { return true }
        }
        return parse.intent == .vehicleSearch && (e.priceMax != nil || e.bodyType != nil)
    }


    /// Whether a folded message says any of these words or phrases, as whole words; a phrase
    /// ending in "*" matches the start of a word ("olvid*" finds "olvidalo"). Plain string
    /// search: a regex literal would be compiled again on every turn.
    static func says(_ phrases: [String], in folded: String) -> Bool {
        says(phrases, spaced: spaced(folded))
    }

    func says(_ phrases: [String]) -> Bool { Self.says(phrases, spaced: spaced) }

    private static func says(_ phrases: [String], spaced: String) -> Bool {
        phrases.contains { $0.hasSuffix("*") ? spaced.contains(" " + $0.dropLast()) : spaced.contains(" \($0) ") }
    }

    static func spaced(_ folded: String) -> String {
        " " + String(folded.map { $0.isLetter || $0.isNumber ? $0 : " " }) + " "
    }

    func describe(_ v: Vehicle) -> String {
        "Este es el \(SpanishFormat.line(v)). " + details(v)
    }

    // MARK: Sales tools

    /// - Parameter downPaymentPercent: the down payment a tool call asks for; otherwise the buyer's words say it, or the dealer's minimum.
    func financing(_ turn: inout ComposedTurn, vehicle v: Vehicle, downPaymentPercent: Double? = nil) {
        turn.tools.append("get_financing_quote")
        EngineMetrics.functionCall("get_financing_quote")
        let q = FinancingQuote(price: v.price, terms: dealer.financing, text: folded, downPaymentPercent: downPaymentPercent)
        turn.response = "Financiamiento estimado del \(v.title) (\(SpanishFormat.money(v.price, v.currency))): inicial de "
            + "\(SpanishFormat.money(q.downPayment, v.currency)) (\(SpanishFormat.percent(q.downPaymentPercent))%), "
            + "cuota de \(SpanishFormat.money(q.monthlyPayment, v.currency)) al mes por \(q.months) meses, a una tasa de "
            + "\(String(format: "%.2f", q.annualRatePercent))% anual. Es un estimado: el banco confirma la tasa y la aprobación."
        if let stated = q.statedDownPayment, stated < q.downPayment {
            turn.response += " El inicial mínimo en \(dealer.name) es de \(SpanishFormat.percent(q.downPaymentPercent))%, por eso lo calculé así."
        }
    }

    func schedule(_ turn: inout ComposedTurn, vehicle: Vehicle?) throws {
        turn.tools.append("schedule_appointment")
        EngineMetrics.functionCall("schedule_appointment")
        let what = vehicle.map { "ver el \($0.title)" } ?? "visitarnos"
        let refused = session.context.refusedAppointment
        guard let slot = AppointmentSlot.parse(folded, now: now, timeZone: engine.configuration.timeZone, refused: refused) else {
            turn.response = "¡Claro! ¿Qué día y a qué hora te queda bien para \(what)? \(hoursSentence())"
            return
        }
        if let schedule = dealer.schedule, !schedule.isOpen(weekday: slot.weekday, minute: slot.minute) {
            let closedAllDay = schedule.days[slot.weekday - 1].isEmpty
            turn.response = (closedAllDay ? "Ese día (\(WeeklySchedule.weekdayNames[slot.weekday - 1])) estamos cerrados." : "A esa hora no estamos abiertos.")
                + " \(hoursSentence()) ¿Qué otro momento te sirve?"
            turn.context.refusedAppointment = slot.date
            return
        }
        turn.context.refusedAppointment = nil
        let appointment = Appointment(
            appointmentId: RandomID.uuid(), sessionToken: session.token, dealerId: dealer.dealerId,
            vehicleId: vehicle?.vehicleId, startsAt: slot.date, kind: vehicle == nil ? "visit" : "test_drive", createdAt: now)
        turn.appointment = appointment
        turn.response = "¡Listo! Te agendé para \(what) el \(slot.spanish) en \(dealer.name)\(dealer.address.map { ", \($0)" } ?? ""). Si necesitas cambiarla, me dices."
    }
}
