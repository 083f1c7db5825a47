import OKLACore

extension EntityExtractor {
    /// Body type, transmission, fuel, condition and "tres filas": the first mention of
    /// each that is not another thing spelled the same ("el motor" is an engine, "mi
    /// mecánico" a person, "más nueva" a year). A negated one ("que no sea de gas") is
    /// ruled out instead.
    func readAttributes(_ tokens: [String], _ scan: inout TokenClaims, into entities: inout Entities, excluding exclusions: inout Exclusions) {
        var index = 0
        while index < tokens.count {
            guard !scan.taken[index], let match = attributes.match(tokens, at: index),
                  scan.isFree(index..<(index + match.length)) else {
                index += 1
                continue
            }
            let range = index..<(index + match.length)
            index = range.upperBound
            guard means(match.value, tokens, range) else { continue }
            if let start = negationStart(tokens, at: range.lowerBound) {
                switch match.value {
                case .body where isQualified(tokens, after: range.upperBound): break
                case .body(let body): exclusions.add(Entities(bodyType: body), span: start..<range.upperBound)
                case .transmission(let transmission): exclusions.add(Entities(transmission: transmission), span: start..<range.upperBound)
                case .fuel(let fuel): exclusions.add(Entities(fuel: fuel), span: start..<range.upperBound)
                case .condition(let condition): exclusions.add(Entities(condition: condition), span: start..<range.upperBound)
                // "no necesito tres filas" rules nothing out.
                case .seats: break
                }
                continue
            }
            scan.claim(range, mask: nil)
            switch match.value {
            case .body(let body): entities.bodyType = entities.bodyType ?? body
            case .transmission(let transmission): entities.transmission = entities.transmission ?? transmission
            case .fuel(let fuel): entities.fuel = entities.fuel ?? fuel
            case .condition(let condition): entities.condition = entities.condition ?? condition
            case .seats(let seats): entities.seatsMin = entities.seatsMin ?? seats
            }
        }
    }

    /// Whether the word means the attribute here, judged from its neighbours.
    private func means(_ attribute: AttributeLexicon.Attribute, _ tokens: [String], _ range: Range<Int>) -> Bool {
        let word = tokens[range.lowerBound]
        let previous = range.lowerBound > 0 ? tokens[range.lowerBound - 1] : ""
        let next = range.upperBound < tokens.count ? tokens[range.upperBound] : ""
        switch (attribute, word) {
        case (.body(.motorcycle), "motor"):
            // "el motor yamaha": a motorcycle maker names the vehicle, not an engine.
            if Self.motorcycleMakers.contains(next) { return true }
            if Self.engineBefore.contains(previous) { return false }
            // "garantía de motor", "problemas de motor": an engine.
            if previous == "de", range.lowerBound >= 2, Self.engineFaults.contains(tokens[range.lowerBound - 2]) { return false }
            // "q tal está de motor", "anda bien de motor": how the engine is.
            if previous == "de", range.lowerBound >= 2, Self.stateBefore.contains(tokens[range.lowerBound - 2]) { return false }
            if (next == "y" || next == "o"), range.upperBound + 1 < tokens.count,
               Self.drivetrainParts.contains(tokens[range.upperBound + 1]) { return false }
            // "motor de 4 cilindros" and "motor de 2.0" are engines; "motor de 150cc" and
            // "motor de cambio" are motorcycles.
            if next == "de", range.upperBound + 1 < tokens.count {
                let size = tokens[range.upperBound + 1]
                let unit = range.upperBound + 2 < tokens.count ? tokens[range.upperBound + 2] : ""
                if size.contains(".") || unit.hasPrefix("cilindro") || unit == "litros" { return false }
            }
            return !Self.engineAfter.contains(next)
        case (.body(.van), _):
            return next != "a" && next != "al" && !Self.verbContext.contains(previous)
        case (.transmission(.manual), _) where word.hasPrefix("mecanic"):
            // "cursos de mecánica", "taller de mecánica": the trade, not the gearbox.
            if previous == "de", range.lowerBound >= 2, Self.tradeBefore.contains(tokens[range.lowerBound - 2]) { return false }
            return !Self.personBefore.contains(previous) && !Self.faultBefore.contains(previous)
        case (.fuel(.diesel), _) where previous == "de" || previous == "del":
            // "el galón de gasoil", "el precio del diésel": the fuel as a product.
            return !(range.lowerBound >= 2 && Self.fuelAsProduct.contains(tokens[range.lowerBound - 2]))
        case (.fuel(.gasoline), _) where previous == "de":
            // "bomba de gasolina", "el galón de gasolina": the fuel as a product, not the vehicle's.
            return !(range.lowerBound >= 2 && Self.fuelAsProduct.contains(tokens[range.lowerBound - 2]))
        case (.fuel(.gasoline), _) where Self.consumptionBefore.contains(previous):
            // "gasta menos gasolina", "consume mucha gasolina": how much fuel, not which.
            return false
        case (.transmission(.manual), "manual"):
            // "el manual", "manual de usuario": the booklet, not the gearbox.
            return !["el", "del", "su"].contains(previous) && next != "del" && next != "de"
        case (.transmission(.automatic), _), (.fuel(.electric), _):
            // "7 asientos automática" counts the seats and describes the vehicle.
            let counted = Self.countedParts.contains(previous) && range.lowerBound >= 2 && tokens[range.lowerBound - 2].allSatisfy(\.isNumber)
            if counted { return true }
            if Self.featureBefore.contains(previous) { return false }
            // "los asientos son eléctricos", "la puerta de atrás abre eléctrica": a part is the
            // subject of the verb before the attribute.
            if Self.partVerbs.contains(previous) {
                let start = max(0, range.lowerBound - 5)
                return !tokens[start..<(range.lowerBound - 1)].contains { Self.featureBefore.contains($0) || Self.singularParts.contains($0) }
            }
            return true
        case (.fuel(.lpg), "gas"):
            // "good on gas" is English for economical, not a fuel.
            return next != "natural" && previous != "on"
        case (.condition(.new), _) where range.count == 1:
            return !Self.notNewBefore.contains(previous) && !Self.notNewAfter.contains(next) && !Self.newThings.contains(previous)
        default:
            return true
        }
    }

    /// "el motor", "q motor tiene", "cubre motor y transmisión": an engine.
    private static let engineBefore: Set<String> = ["el", "del", "al", "su", "que", "cual", "buen", "mal", "este", "ese", "cubre", "cubren", "otro"]
    private static let engineAfter: Set<String> = [
        "v6", "v8", "turbo", "encendido", "falla", "suena", "esta", "tiene", "hibrido", "electrico", "original", "bota",
        "recalienta", "fallando", "cilindros",
    ]
    /// Verbs between a part and its attribute: "los vidrios son eléctricos", "la puerta abre eléctrica".
    private static let partVerbs: Set<String> = ["son", "es", "sean", "abre", "abren", "cierra", "cierran", "estan", "funcionan", "suben"]
    private static let singularParts: Set<String> = [
        "puerta", "ventana", "asiento", "vidrio", "espejo", "compuerta", "ventanillas", "ventanilla", "maletero", "cajuela",
        "cierres", "retrovisor", "freno", "volante", "tapa",
    ]
    private static let engineFaults: Set<String> = ["garantia", "problema", "problemas", "falla", "fallas", "aceite", "ruido", "cambio"]
    private static let stateBefore: Set<String> = ["esta", "ta", "anda", "bien", "mal", "como", "estamos"]
    private static let drivetrainParts: Set<String> = ["transmision", "caja", "chasis", "suspension"]
    /// "se van", "me van a llamar": the verb, not the vehicle.
    private static let verbContext: Set<String> = ["se", "me", "te", "le", "les", "lo", "nos", "ya", "no", "que", "cuando", "como", "ustedes", "si", "donde", "cuanto"]
    /// "mi mecánico", "un mecánico": a person.
    private static let personBefore: Set<String> = ["mi", "tu", "su", "un", "el", "al", "del", "taller", "con", "buen", "otro", "los"]
    /// Parts whose count describes the vehicle: "de 7 asientos automática", "4 puertas eléctrico".
    private static let countedParts: Set<String> = ["asientos", "puestos", "pasajeros", "plazas", "puertas"]
    private static let motorcycleMakers: Set<String> = ["yamaha", "suzuki", "honda", "bajaj", "kawasaki", "ktm", "tvs", "kymco", "benelli", "ducati", "vespa", "harley"]
    /// "problema mecánico", "falla mecánica": a fault of any vehicle, not its gearbox.
    private static let faultBefore: Set<String> = ["problema", "problemas", "falla", "fallas", "averia", "averias", "detalle", "detalles", "revision", "chequeo"]
    private static let tradeBefore: Set<String> = ["curso", "cursos", "clase", "clases", "taller", "talleres", "escuela", "tecnico", "estudiar", "estudio", "carrera"]
    private static let consumptionBefore: Set<String> = [
        "gasta", "gastan", "gaste", "gasten", "consume", "consumen", "consuma", "menos", "poca", "poquita", "mucha", "echarle", "echa", "ahorra",
    ]
    private static let fuelAsProduct: Set<String> = ["bomba", "bombas", "estacion", "galon", "galones", "precio", "tanque", "tanqueta"]
    /// "aire automático", "vidrios eléctricos": a feature, not the vehicle.
    private static let featureBefore: Set<String> = [
        "aire", "encendido", "cierre", "freno", "frenos", "luces", "climatizador", "vidrios", "cristales", "espejos",
        "asientos", "techo", "retrovisores", "puertas", "seguros", "ventanas", "sunroof", "parqueo", "piloto", "baul",
        "mensajes", "respuestas",
    ]
    /// "más nueva" is a year, "tan nuevas" are the tyres, "de nuevo" is "again".
    private static let notNewBefore: Set<String> = ["mas", "tan", "es", "son", "de", "como", "muy", "bien", "estan", "esta", "ano", "lo"]
    private static let notNewAfter: Set<String> = ["york", "lote", "ingreso", "dueno", "precio"]
    /// "las 4 gomas nuevas", "la bachata nueva": something else that is new, not the vehicle.
    private static let newThings: Set<String> = [
        "gomas", "goma", "llantas", "llanta", "neumaticos", "frenos", "bateria", "baterias", "piezas", "pieza",
        "repuestos", "mercancia", "cancion", "bachata", "musica", "pelicula", "serie",
    ]
}
