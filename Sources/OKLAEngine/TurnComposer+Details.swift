import OKLACore

extension TurnComposer {
    /// A listing field a buyer asks about.
    enum DetailTopic: CaseIterable {
        case condition, year, mileage, transmission, fuel, consumption, seats, drive, color, location
    }

    /// The fields this message asks about, in the order the answer gives them: "es diésel? y es
    /// mecánica o automática?" asks two.
    var detailTopics: [DetailTopic] {
        let words = Set(folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
        func any(_ prefixes: [String]) -> Bool { words.contains { word in prefixes.contains(where: word.hasPrefix) } }
        // "es nueva?" asks; "y la nueva?" only picks a card by what it is.
        let asks = !words.isDisjoint(with: ["es", "son", "sea", "seria", "sera", "viene", "trae", "tiene", "usa", "anda", "gasta"])
        // "cuánto gasta de gasolina" asks how much, not which fuel.
        let consumption = any(["consumo", "consume", "rinde", "rendimiento", "galon"])
            || ["cuanto gasta", "gasta mucho", "gasta poco", "que gasta"].contains(where: folded.contains)
        return DetailTopic.allCases.filter { topic in
            switch topic {
            case .condition: asks && (any(["nuev", "usad"]) || folded.contains("0 km") || folded.contains("de paquete"))
            case .year: words.contains("ano") || words.contains("anos")
            case .mileage: any(["millaje", "kilometr", "millas", "recorrid"]) || (words.contains("km") && !folded.contains("0 km"))
            case .transmission: any(["transmision", "cambios"]) || (asks && any(["automatic", "mecanic", "manual"]))
            case .fuel: !consumption && (any(["combustib"]) || (asks && (any(["gasolin", "diesel", "gasoil", "electric", "hibrid"]) || words.contains("gas") || words.contains("glp"))))
            case .consumption: consumption
            case .seats: any(["pasajer", "asiento", "personas", "plazas"])
            case .drive: any(["4x4", "4wd", "awd", "traccion"])
            case .color: words.contains("color")
            case .location: folded.contains("donde esta") || any(["ubicad"])
            }
        }
    }

    /// Answers every field asked about from the listing; a feature asked by name ("tiene
    /// sunroof?"); otherwise the listing's key facts.
    func details(_ v: Vehicle) -> String {
        let answers = detailTopics.map { answer($0, about: v) }
        if !answers.isEmpty { return answers.joined(separator: " ") }
        let ownName = (v.make + " " + v.model).folded
        let asked = understood.normalizedText.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
            .filter { $0.count >= 4 && !Self.stopwords.contains($0) && !ownName.contains($0) }
        // A feature answers only when it holds every word asked: "cámara 360" is not "cámara de reversa".
        if !asked.isEmpty, let hit = v.features.first(where: { feature in asked.allSatisfy { feature.folded.contains($0) } }) {
            return "Sí, el \(v.title) tiene \(hit)."
        }
        if !asked.isEmpty, ["tiene", "trae", "viene"].contains(where: folded.contains) {
            return "La ficha del \(v.title) no menciona \(asked.joined(separator: " ")); un vendedor te lo confirma. Lo que sí trae: \(v.features.prefix(6).joined(separator: ", "))."
        }
        var facts = ["año \(v.year)"]
        if let km = v.mileageKm { facts.append(km == 0 ? "0 km" : SpanishFormat.km(km)) }
        if let t = v.transmission { facts.append("transmisión \(SpanishFormat.transmission[t]!)") }
        if let fuel = v.fuel { facts.append(SpanishFormat.fuel[fuel]!) }
        if let c = v.color { facts.append("color \(c.lowercased())") }
        if let s = v.seats { facts.append("\(s) pasajeros") }
        if let d = v.drive { facts.append("tracción \(d)") }
        var reply = "El \(v.title)\(v.trim.map { " \($0)" } ?? ""): \(facts.joined(separator: ", "))."
        if !v.features.isEmpty { reply += " Trae \(v.features.prefix(6).joined(separator: ", "))." }
        return reply
    }

    /// One field, as a yes or no when the buyer guessed a value ("es de gas?") and as the
    /// listing's value otherwise.
    private func answer(_ topic: DetailTopic, about v: Vehicle) -> String {
        let e = parse.entities
        func verdict<T: Equatable>(_ guess: T?, _ actual: T) -> String {
            guard let guess else { return "" }
            return guess == actual ? "Sí, " : "No, "
        }
        func sentence(_ prefix: String, _ rest: String) -> String {
            prefix.isEmpty ? "El \(v.title) \(rest)" : "\(prefix)el \(v.title) \(rest)"
        }
        let unknown = "un vendedor te lo confirma."
        switch topic {
        case .condition:
            let condition: Condition? = v.condition ?? (v.mileageKm == 0 ? .new : nil)
            guard let condition else { return "La ficha del \(v.title) no indica si es nuevo o usado; \(unknown)" }
            let state = condition == .new ? "es nuevo, 0 km." : "es usado" + (v.mileageKm.map { ", con \(SpanishFormat.km($0)) recorridos." } ?? ".")
            return sentence(verdict(e.condition, condition), state)
        case .year:
            return "El \(v.make) \(v.model) es del \(v.year)."
        case .mileage:
            return v.mileageKm.map { $0 == 0 ? "El \(v.title) es 0 km." : "El \(v.title) tiene \(SpanishFormat.km($0)) recorridos." }
                ?? "La ficha del \(v.title) no indica el millaje; \(unknown)"
        case .transmission:
            guard let t = v.transmission else { return "La ficha del \(v.title) no indica la transmisión; \(unknown)" }
            // "mecánica o automática?" names both: no guess to confirm.
            let guess = folded.contains("automatic") && (folded.contains("mecanic") || folded.contains("manual")) ? nil : e.transmission
            return sentence(verdict(guess, t), "es de transmisión \(SpanishFormat.transmission[t]!).")
        case .fuel:
            guard let fuel = v.fuel else { return "La ficha del \(v.title) no indica el combustible; \(unknown)" }
            return sentence(verdict(e.fuel, fuel), fuel == .hybrid || fuel == .electric ? "es \(SpanishFormat.fuel[fuel]!)." : "es de \(SpanishFormat.fuel[fuel]!).")
        case .consumption:
            // Only what the listing says: a consumption figure is never estimated.
            if let said = v.features.first(where: { f in ["consum", "rinde", "gasta", "km/gal", "ahorr"].contains(where: f.folded.contains) }) {
                return "Del \(v.title) la ficha dice: \(said)."
            }
            let fuel = v.fuel.map { $0 == .hybrid || $0 == .electric ? " Es \(SpanishFormat.fuel[$0]!), de lo que menos gasta." : " Es de \(SpanishFormat.fuel[$0]!)." } ?? ""
            return "La ficha del \(v.title) no indica el consumo; \(unknown)" + fuel
        case .seats:
            return v.seats.map { "El \(v.title) es de \($0) pasajeros." } ?? "La ficha del \(v.title) no indica cuántos pasajeros lleva; \(unknown)"
        case .drive:
            return v.drive.map { "El \(v.title) tiene tracción \($0)." } ?? "La ficha del \(v.title) no indica la tracción; \(unknown)"
        case .color:
            return v.color.map { "El \(v.title) es color \($0.lowercased())." } ?? "La ficha del \(v.title) no indica el color."
        case .location:
            return "El \(v.title) está en \(v.location ?? dealer.city ?? "el dealer")."
        }
    }

    static let stopwords: Set<String> = [
        "tiene", "trae", "viene", "esta", "este", "esto", "cual", "como", "cuanto", "para", "pero", "tambien", "donde",
        "yipeta", "carro", "vehiculo", "camioneta", "quiero", "saber", "puedo", "favor", "tienen", "buenas", "hola",
    ]

    // MARK: The dealer

    /// Answers what was asked about the dealer (a day's hours, where, the phone); the whole
    /// card when the question is general.
    func dealerInfo() -> String {
        var parts: [String] = []
        let location = "\(dealer.name)" + (dealer.address.map { " está en \($0)\(dealer.city.map { ", \($0)" } ?? "")." } ?? ".")
        if let day = askedWeekday, let schedule = dealer.schedule {
            parts.append(Self.hours(on: day, in: schedule))
        } else if ["horario", "hora", "abren", "cierran", "abierto"].contains(where: folded.contains) {
            parts.append(hoursSentence())
        }
        if ["donde", "ubica", "direccion", "queda", "llego", "llegar"].contains(where: folded.contains) { parts.append(location) }
        if let phone = dealer.phone, ["telefono", "numero", "llamar", "whatsapp", "contacto"].contains(where: folded.contains) {
            parts.append("Teléfono: \(phone).")
        }
        if parts.isEmpty {
            parts = [location, hoursSentence()] + (dealer.phone.map { ["Teléfono: \($0)."] } ?? [])
        }
        if let reply = dealer.quickReplies.first(where: { $0.question.folded.split(separator: " ").contains { $0.count > 4 && folded.contains($0) } }) {
            parts.append(reply.answer)
        }
        return parts.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The weekday a question names, 1 = Monday … 7 = Sunday; "fin de semana" asks about Saturday.
    private var askedWeekday: Int? {
        let names = ["lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo"]
        if let index = names.firstIndex(where: folded.contains) { return index + 1 }
        return folded.contains("fin de semana") ? 6 : nil
    }

    /// "Los domingos no abrimos." / "Los sábados abrimos de 9:00 a. m. a 3:00 p. m."
    static func hours(on weekday: Int, in schedule: WeeklySchedule) -> String {
        let name = WeeklySchedule.weekdayNames[weekday - 1]
        let plural = name.hasSuffix("s") ? name : name + "s"
        let intervals = schedule.days[weekday - 1]
        guard !intervals.isEmpty else { return "Los \(plural) no abrimos." }
        let spans = intervals.map { "de \(OpeningInterval.clock($0.opens)) a \(OpeningInterval.clock($0.closes))" }
        return "Los \(plural) abrimos \(spans.joined(separator: " y "))."
    }

    func hoursSentence() -> String {
        guard let hours = dealer.hours else { return "" }
        return "Nuestro horario: \(hours)."
    }
}
