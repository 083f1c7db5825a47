import Foundation
import OKLACore

/// Dominican Spanish understanding by keyword rules: the intent from cue phrases in priority
/// order, the entities from a small catalogue and number reader.
public struct NLUParser: Sendable {
    public init() throws {}

    public func parse(_ text: String) -> ParseResult {
        let t = " " + Self.fold(text) + " "
        let entities = Self.entities(t)
        for (intent, cues) in Self.cues where cues.contains(where: t.contains) {
            return ParseResult(intent: intent, confidence: 0.8, entities: entities)
        }
        if !entities.isEmpty { return ParseResult(intent: .vehicleSearch, confidence: 0.7, entities: entities) }
        return ParseResult(intent: .outOfScope, confidence: 0.4, entities: entities)
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .map { $0.isLetter || $0.isNumber || $0 == "$" || $0 == "." || $0 == "@" || $0 == "-" ? $0 : " " }
            .reduce(into: "") { $0.append($1) }
    }

    static let cues: [(Intent, [String])] = [
        (.humanAgent, ["hablar con una persona", "pasame un vendedor", "pasame con", "un humano", "hablar con alguien", "agente"]),
        (.complaint, ["mal servicio", "nadie me contesta", "que mal", "queja", "pesimo"]),
        (.provideContact, ["me llamo", "mi nombre es", "mi cel", "mi numero", "mi correo", "@"]),
        (.tradeIn, ["parte de pago", "me cogen", "recibe", "reciben mi", "cambio mi"]),
        (.compareVehicles, ["cual es mejor", "comparar", "compara", " vs ", "diferencia entre"]),
        (.financing, ["financ", "inicial", "cuota", "prestamo", "banco", " meses"]),
        (.scheduleAppointment, ["ir a ver", "pasar a ver", "cita", "probarla", "probarlo", "prueba de manejo", "agendar", "visitar"]),
        (.priceInquiry, ["cuanto me", "cuanto cuesta", "precio", "en cuanto", "cuanto vale", "cuanto sale"]),
        (.availability, ["todavia la", "todavia lo", "disponible", "la tienen", "lo tienen", "se vendio"]),
        (.warranty, ["garantia"]),
        (.documents, ["papeles", "traspaso", "marbete", "matricula", "placa"]),
        (.dealerInfo, ["ubicados", "donde estan", "a que hora", "horario", "direccion", "abren", "cierran"]),
        (.vehicleDetails, ["millaje", "kilometraje", "es full", "tiene camara", "trae", "que motor", "color", "de que ano"]),
        (.vehicleSearch, ["busco", "tienen", "quiero una", "quiero un", "ando buscando", "algo pa", "muestrame"]),
        (.farewell, ["gracias", "bendiciones", "nos vemos", "adios", "hasta luego"]),
        (.greeting, [" klk ", "hola", "buenas", "buenos dias", "saludos", "que lo que"]),
        (.deny, [" no ", " nah ", " nop "]),
        (.affirm, [" si ", " dale ", "perfecto", " ok ", " tato "]),
    ]

    static let bodies: [(String, BodyType)] = [
        ("yipeta", .suv), ("jeepeta", .suv), ("jipeta", .suv), (" suv", .suv), ("crossover", .suv), ("sedan", .sedan),
        ("hatchback", .hatchback), ("camioneta", .pickup), ("pickup", .pickup), ("minivan", .minivan), ("guagua", .van),
        ("coupe", .coupe), ("motor ", .motorcycle), ("pasola", .motorcycle), (" moto", .motorcycle),
    ]

    static let models: [(String, String, String)] = [
        ("rav4", "Toyota", "RAV4"), ("rav 4", "Toyota", "RAV4"), ("crv", "Honda", "CR-V"), ("cr-v", "Honda", "CR-V"),
        ("prado", "Toyota", "Land Cruiser Prado"), ("hilux", "Toyota", "Hilux"), ("corolla", "Toyota", "Corolla"),
        ("tacoma", "Toyota", "Tacoma"), ("fortuner", "Toyota", "Fortuner"), ("civic", "Honda", "Civic"),
        ("accord", "Honda", "Accord"), (" fit ", "Honda", "Fit"), ("tucson", "Hyundai", "Tucson"), ("santa fe", "Hyundai", "Santa Fe"),
        ("elantra", "Hyundai", "Elantra"), ("sportage", "Kia", "Sportage"), ("sorento", "Kia", "Sorento"),
        ("grand cherokee", "Jeep", "Grand Cherokee"), ("frontier", "Nissan", "Frontier"), ("l200", "Mitsubishi", "L200"),
    ]

    static let makes = ["toyota": "Toyota", "honda": "Honda", "hyundai": "Hyundai", "kia": "Kia", "nissan": "Nissan",
                        "mitsubishi": "Mitsubishi", "jeep": "Jeep", "ford": "Ford", "mercedes": "Mercedes-Benz", "bmw": "BMW",
                        "chevrolet": "Chevrolet", "suzuki": "Suzuki", "mazda": "Mazda", "changan": "Changan", "isuzu": "Isuzu"]

    static func entities(_ t: String) -> Entities {
        var e = Entities()
        e.bodyType = bodies.first { t.contains($0.0) }?.1
        if let (_, make, model) = models.first(where: { t.contains($0.0) }) {
            e.make = make
            e.model = model
        } else {
            e.make = makes.first { t.contains(" \($0.key)") }?.value
        }
        if t.contains("automatic") { e.transmission = .automatic }
        if t.contains("mecanic") || t.contains("de cambio") { e.transmission = .manual }
        if t.contains("diesel") { e.fuel = .diesel } else if t.contains("gasolina") { e.fuel = .gasoline }
        else if t.contains("hibrid") { e.fuel = .hybrid } else if t.contains("electric") { e.fuel = .electric }
        else if t.contains(" gas ") || t.contains("glp") { e.fuel = .lpg }
        if t.contains("nuevo") || t.contains("nueva") || t.contains("0 km") { e.condition = .new }
        if t.contains("usad") || t.contains("de segunda") { e.condition = .used }
        if let m = t.firstMatch(of: /pa(?:ra)?\s+(\d)\s+pasajero/), let n = Int(m.output.1) { e.seatsMin = n }
        if t.contains("tres filas") || t.contains("3 filas") { e.seatsMin = 7 }
        if let m = t.firstMatch(of: /(?:del|de)\s+(20\d\d|19\d\d)\s+(?:pa|para|en adelante)/), let y = Int(m.output.1) {
            e.yearMin = y
        } else if let m = t.firstMatch(of: /\b(20[0-3]\d|19[89]\d)\b/), let y = Int(m.output.1) {
            e.yearMin = y
            e.yearMax = y
        }
        if let amount = price(t) {
            e.currency = t.contains("dolar") || t.contains("us$") || t.contains("usd") ? .USD : .DOP
            if t.contains("mas de") || t.contains("desde") { e.priceMin = amount } else { e.priceMax = amount }
        }
        return e
    }

    static func price(_ t: String) -> Double? {
        let words = ["un": 1.0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5]
        if let m = t.firstMatch(of: /(\d+(?:\.\d+)?|un|dos|tres|cuatro|cinco)\s+palos?(\s+y\s+medio)?/) {
            let base = Double(m.output.1) ?? words[String(m.output.1)] ?? 0
            return (base + (m.output.2 == nil ? 0 : 0.5)) * 1_000_000
        }
        if let m = t.firstMatch(of: /(\d+(?:\.\d+)?)\s*(mil|k|m|millon|millones)\b/), let n = Double(m.output.1) {
            return n * (m.output.2 == "mil" || m.output.2 == "k" ? 1_000 : 1_000_000)
        }
        if let m = t.firstMatch(of: /(?:rd|us)?\$\s*(\d{1,3}(?:,\d{3})+|\d{4,})/), let n = Double(m.output.1.replacingOccurrences(of: ",", with: "")) {
            return n
        }
        return nil
    }
}
