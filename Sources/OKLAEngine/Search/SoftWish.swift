import OKLACore
import OKLANLU
import OKLAStore

/// A wish a buyer states without a hard number ("económica", "familiar", "pa la loma"): it
/// ranks vehicles and gives the reason a vehicle fits, but never filters one out.
struct SoftWish: Sendable {
    struct Fit {
        /// 0 (not at all) to 1.
        var score: Double
        /// In Spanish, for the buyer.
        var reason: String?

        init(_ score: Double, _ reason: String? = nil) {
            self.score = min(1, max(0, score))
            self.reason = reason
        }
    }

    /// How the message says it.
    let phrases: Phrases
    /// How much it counts next to other wishes: a superlative ("la más barata") orders.
    let weight: Double
    let fit: @Sendable (Vehicle, Stock) -> Fit

    init(phrases: [String], weight: Double = 1, fit: @escaping @Sendable (Vehicle, Stock) -> Fit) {
        self.phrases = Phrases(phrases)
        self.weight = weight
        self.fit = fit
    }

    /// How well vehicles meet what a message wishes for, in wishes fully met, and why.
    struct Appeal {
        var score = 0.0
        var reasons: [String] = []

        mutating func add(_ fit: Fit, weight: Double = 1) {
            score += weight * fit.score
            if let reason = fit.reason, !reasons.contains(reason) { reasons.append(reason) }
        }
    }

    /// The wishes a normalized message expresses.
    static func wishes(in normalized: String) -> [SoftWish] {
        let text = Phrases.spaced(normalized)
        return all.filter { $0.phrases.found(in: text) }
    }

    /// The appeal of each candidate: the soft wishes it meets, the share of the equipment
    /// named that it has ("con asientos en piel y sunroof") and the colour asked for.
    static func appeal(of candidates: [Vehicle], to understood: MessageUnderstanding, in stock: Stock) -> [String: Appeal] {
        var appeal: [String: Appeal] = [:]
        for wish in wishes(in: understood.normalizedText) {
            for v in candidates {
                let fit = wish.fit(v, stock)
                if fit.score > 0 { appeal[v.vehicleId, default: Appeal()].add(fit, weight: wish.weight) }
            }
        }
        let asked = Set(VehicleDocument.terms(folded: understood.wantedText)).subtracting(headcountTerms)
        let named = asked.filter { term in stock.listings.values.contains { $0.equipment.contains(term) } }
        if !named.isEmpty {
            for v in candidates {
                let share = Double(named.filter(stock.listing(v).equipment.contains).count) / Double(named.count)
                appeal[v.vehicleId, default: Appeal()].add(Fit(share))
            }
        }
        if let color = understood.color {
            let wanted = Phrases([color])
            for v in candidates where wanted.found(in: stock.listing(v).color) {
                appeal[v.vehicleId, default: Appeal()].add(Fit(1, "color \(v.color?.lowercased() ?? color)"))
            }
        }
        return appeal
    }

    /// "pa 7 pasajeros" counts people; it names no equipment ("pantalla para pasajeros").
    static let headcountTerms = Set(VehicleDocument.terms("pasajeros personas gente puestos plazas"))

    static let premiumMakes: Set<String> = ["lexus", "bmw", "mercedesbenz", "audi", "porsche", "landrover", "volvo", "infiniti", "acura", "genesis", "cadillac", "lincoln", "jaguar", "tesla"]
    /// Makes Dominican buyers trust to last and to sell again easily.
    static let durableMakes: Set<String> = ["toyota", "lexus", "honda"]

    static func isCar(_ v: Vehicle) -> Bool { v.bodyType == .hatchback || v.bodyType == .sedan }

    static let all: [SoftWish] = [
        // Spends little fuel.
        SoftWish(phrases: ["gaste poco", "gasta poco", "gastar poco", "gaste menos", "gasta menos", "no gaste", "no gasta", "gaste casi", "gasta casi", "ahorr", "rinda", "rinde", "rendidor", "consuma poco", "consume poco", "poco consumo", "bajo consumo", "economic", "combustible", "la bomba", "la ciudad", "el tapon"]) { v, stock in
            let claimed = stock.listing(v).says(economyClaims)
            let base: Fit = switch v.fuel {
            case .electric: Fit(1, "eléctrico: no gasta combustible")
            case .hybrid: Fit(1, "híbrido: gasta muy poco")
            case .lpg: Fit(0.8, "a gas (GLP): sale más barato que la gasolina")
            default:
                if v.bodyType == .motorcycle { Fit(0.8, "un motor gasta poquito") }
                else if isCar(v) { Fit(v.bodyType == .hatchback ? 0.6 : 0.5, "compacto, de bajo consumo") }
                else if v.bodyType == .suv, (v.seats ?? 5) <= 5, stock.listing(v).traction != .fourByFour { Fit(0.25) }
                else { Fit(0) }
            }
            return claimed ? Fit(base.score + 0.3, base.reason ?? "según el anuncio, gasta poco") : base
        },
        // Cheap to buy.
        SoftWish(phrases: ["barat", "economic", "poco dinero", "poco presupuesto", "no tan car", "no muy car", "no sea car", "no sea muy car", "no sea tan car", "nada car", "nada muy car", "no salga car", "no cueste mucho", "asequible", "accesible", "precio bajo", "buen precio", "chivo", "ganga"]) { v, stock in
            cheapFit(v, stock)
        },
        // "La más barata": the cheapest first.
        SoftWish(phrases: ["mas barat", "lo mas economic", "mas economic", "menor precio", "precio mas bajo", "mas bajo de precio", "mas bajo precio"], weight: 3) { v, stock in
            Fit(1 / (1 + Double(stock.cheaper(than: v))), "de los precios más bajos")
        },
        // For a family.
        SoftWish(phrases: ["familia", "familiar", "los muchachos", "los ninos", "los nenes", "mis hijos", "los hijos", "espacio", "amplia", "amplio", "grande", "quepan", "caben", "somos", "tres filas", "3 filas", "tercera fila", "pasajeros", "personas"]) { v, stock in
            if let seats = v.seats, seats >= 7, v.bodyType != .van { return Fit(1, "\(seats) pasajeros, ideal pa la familia") }
            // A family of four fits in any yipeta.
            let small = (stock.seatsWanted ?? 7) <= 5
            switch v.bodyType {
            case .minivan: return Fit(1, "espaciosa pa la familia")
            case .suv: return Fit(small ? 1 : 0.5, "espaciosa pa la familia")
            case .van: return Fit(0.6, "\(v.seats.map { "\($0) pasajeros" } ?? "espaciosa")")
            case .sedan: return Fit(small ? 0.6 : 0.3)
            case .pickup, .hatchback: return Fit(0.15)
            default: return Fit(0)
            }
        },
        // Many passengers: school runs, tourists, a church group.
        SoftWish(phrases: ["escolar", "colegio", "muchos muchachos", "muchos ninos", "muchas personas", "mucha gente", "muchos pasajeros", "turismo", "turista", "grupo", "iglesia", "excursion", "transporte de personal", "empleados"]) { v, _ in
            guard let seats = v.seats, seats >= 7 else { return Fit(0) }
            let sliding = v.bodyType == .minivan || v.bodyType == .van ? 0.15 : 0
            return Fit(seats >= 12 ? 1 : 0.4 + Double(seats - 7) * 0.1 + sliding, "\(seats) pasajeros")
        },
        // Rough roads, beach, countryside.
        SoftWish(phrases: ["playa", "loma", "campo", "monte", "camino malo", "caminos malos", "montana", "constanza", "jarabacoa", "subir", "aguante", "lodo", "fango", "terreno", "rio "]) { v, stock in
            switch stock.listing(v).traction {
            case .fourByFour: return Fit(1, "tracción 4x4, pa cualquier camino")
            case .allWheel: return Fit(0.6, "tracción AWD")
            case nil: return v.bodyType == .pickup || v.bodyType == .suv ? Fit(0.3, "alta, aguanta camino") : Fit(0)
            }
        },
        // Traction asked for by name.
        SoftWish(phrases: ["4x4", "4 x 4", "4wd", "awd", "traccion", "todo terreno", "offroad", "off road"]) { v, stock in
            switch stock.listing(v).traction {
            case .fourByFour: Fit(1, "tracción \(v.drive ?? "4x4")")
            case .allWheel: Fit(0.9, "tracción \(v.drive ?? "AWD")")
            case nil: Fit(0)
            }
        },
        // Ride-hailing: an efficient, recent, cheap automatic.
        SoftWish(phrases: ["uber", "taxi", "indriver", "didi", "cabify", "plataforma"]) { v, stock in
            // Uber XL ("de 7 pasajeros") is a yipeta's or a minivan's job.
            let large = (stock.seatsWanted ?? 0) >= 6
            let base = switch v.bodyType {
            case .sedan, .hatchback: 0.5
            case .suv, .minivan: large ? 0.5 : 0.25
            default: 0.0
            }
            guard base > 0 else { return Fit(0) }
            var score = base + 0.2 * stock.cheapness(v) + 0.1 * stock.recency(v)
            if v.transmission == .automatic { score += 0.15 }
            if [.hybrid, .lpg, .electric].contains(v.fuel) { score += 0.15 }
            return Fit(score, "sirve pa Uber: \(v.transmission == .automatic ? "automático" : "económico") y de \(v.year)")
        },
        // Public route taxi: a cheap sedan, on gas if possible.
        SoftWish(phrases: ["concho", "carro publico", "ruta"]) { v, stock in
            let base = switch v.bodyType {
            case .sedan: 0.5
            case .hatchback, .van: 0.25
            default: 0.0
            }
            guard base > 0 else { return Fit(0) }
            let gas = v.fuel == .lpg
            return Fit(base + (gas ? 0.3 : 0) + 0.2 * stock.cheapness(v), gas ? "pa concho: de gas, barato de mantener" : "pa concho: barato de mantener")
        },
        // Work and cargo.
        SoftWish(phrases: ["para trabajar", "de trabajo", "trabajar duro", "trabajo pesado", "carga ", "cargar", "negocio", "finca", "construccion", "mudanza", "delivery", "mercancia", "reparto", "doble cabina"]) { v, _ in
            switch v.bodyType {
            case .pickup: Fit(v.fuel == .diesel ? 1 : 0.8, "camioneta de trabajo" + (v.fuel == .diesel ? ", diésel" : ""))
            case .van: Fit(0.9, "guagua de carga y pasajeros")
            case .motorcycle: Fit(0.5, "motor pa trabajar")
            default: Fit(0)
            }
        },
        // Luxury: a premium make, else the dearest, best equipped, top trims.
        SoftWish(phrases: ["lujo", "elegante", "premium", "alta gama", "ejecutiv", "para lucir", "de categoria", "fino ", "fina ", "lo mejor", "tope de gama", "exclusiv"]) { v, stock in
            let listing = stock.listing(v)
            if premiumMakes.contains(listing.make) { return Fit(1, "de alta gama") }
            let extras = listing.features(naming: luxuryWords)
            let topTrim = listing.says(topTrims)
            return Fit(0.5 * (1 - stock.cheapness(v)) + 0.1 * Double(min(extras.count, 4)) + (topTrim ? 0.1 : 0), equippedReason(extras))
        },
        // "Full, con todo": equipment, whatever the make.
        SoftWish(phrases: ["full", "con todo", "equipad", "todos los extras", "full extras"]) { v, stock in
            let extras = stock.listing(v).features(naming: luxuryWords)
            let claimed = stock.listing(v).says(equippedClaims)
            return Fit(0.15 * Double(min(extras.count, 4)) + (claimed ? 0.4 : 0), equippedReason(extras) ?? (claimed ? "full" : nil))
        },
        // "De unos 2 millones": the closer to the budget, the better.
        SoftWish(phrases: ["unos ", "unas ", "alrededor de", "mas o menos", "por ahi de", "aproximadamente", "aprox"]) { v, stock in
            guard let budget = stock.budget, budget > 0 else { return Fit(0) }
            return Fit(1 - 3 * abs(stock.pesos(v) - budget) / budget)
        },
        // A first car or a new driver.
        SoftWish(phrases: ["empieza a manejar", "empezando a manejar", "aprendiendo", "aprender a manejar", "primer carro", "principiante", "facil de manejar", "para la universidad", "para la uni ", "estudiante", "estudiar", "para empezar", "la dona", "mi hija", "mi hijo"]) { v, stock in
            let size = switch v.bodyType {
            case .hatchback: 1.0
            case .sedan: 0.6
            case .motorcycle: 0.6
            case .suv where (v.seats ?? 5) <= 5: 0.3
            default: 0.0
            }
            guard size > 0 else { return Fit(0) }
            let easy = v.transmission == .automatic
            return Fit(size * (easy ? 0.8 : 0.4) + 0.2 * stock.cheapness(v), easy ? "automático y fácil de manejar" : "compacto")
        },
        // Small and easy to park.
        SoftWish(phrases: ["chiquit", "pequen", "compact", "yipetica", "yipetita", "carrito", "carrita", "parquear"]) { v, _ in
            switch v.bodyType {
            case .hatchback: Fit(1, "compacto, fácil de parquear")
            case .sedan: Fit(0.5)
            case .motorcycle: Fit(0.6)
            case .suv where (v.seats ?? 5) <= 5: Fit(0.4, "yipeta compacta")
            default: Fit(0)
            }
        },
        // Little used.
        SoftWish(phrases: ["poco millaje", "poco kilometraje", "poco uso", "casi nuev", "bien cuidad", "poco recorrido", "pocos km", "pocos kilometros", "poco corrido"]) { v, stock in
            mileageFit(v, stock)
        },
        // "La de menos millaje": the least used first.
        SoftWish(phrases: ["menos millaje", "menor millaje", "menos kilometraje", "menor kilometraje", "menos km", "menos recorrido", "menos millas", "menos uso"], weight: 3) { v, stock in
            guard let fewer = stock.lessDriven(than: v) else { return Fit(0) }
            return Fit(1 / (1 + Double(fewer)), mileageFit(v, stock).reason)
        },
        // "La más nueva": the newest first.
        SoftWish(phrases: ["mas nuev", "mas recient", "ultimo modelo", "mas moderno", "modelo reciente"], weight: 3) { v, stock in
            Fit(1 / (1 + Double(stock.newer(than: v))), "modelo \(v.year)")
        },
        // Sporty.
        SoftWish(phrases: ["deportiv", "rapido", "rapida", "que corra", "potente", "para correr", "velocidad", "sport "]) { v, stock in
            if v.bodyType == .coupe { return Fit(1, "deportivo") }
            if stock.listing(v).says(sportyMarks) {
                return Fit(isCar(v) ? 0.7 : 0.5, "versión deportiva")
            }
            return Fit(0)
        },
        // Safe.
        SoftWish(phrases: ["segur", "proteg", "airbag", "bolsas de aire", "frenos abs"]) { v, stock in
            let aids = stock.listing(v).features(naming: safetyWords)
            return Fit(0.4 * Double(aids.count), aids.first.map { "seguridad: \($0.lowercased())" })
        },
        // Reliable, keeps its value.
        SoftWish(phrases: ["confiable", "no se dane", "no de problema", "no me deje a pie", "reventa", "revender", "no se devalu", "mantenga el valor", "dure", "duradero", "resistente", "duro"]) { v, stock in
            let durable = durableMakes.contains(stock.listing(v).make)
            let claimed = stock.listing(v).says(reliabilityClaims)
            let score = (durable ? 0.7 : 0.3) + (claimed ? 0.3 : 0)
            return Fit(score, durable ? "\(v.make): aguanta y se vende fácil" : (claimed ? "según el anuncio, muy confiable" : nil))
        },
        // Comfortable on long trips.
        SoftWish(phrases: ["comod", "confort", "viajar", "viaje", "carretera", "al interior", "el interior"]) { v, stock in
            let room = switch v.bodyType {
            case .minivan: 0.7
            case .suv: (v.seats ?? 5) >= 7 ? 0.6 : 0.5
            case .sedan: 0.4
            default: 0.1
            }
            let claimed = stock.listing(v).says(comfortClaims)
            return Fit(room + (claimed ? 0.3 : 0), claimed ? "cómoda pa viajar" : nil)
        },
        // A factory warranty.
        SoftWish(phrases: ["garantia"]) { v, stock in
            if v.condition == .new { return Fit(1, "0 km con garantía de fábrica") }
            return stock.listing(v).says(warrantyClaims) ? Fit(0.8, "todavía con garantía") : Fit(0)
        },
    ]

    // What listings say of themselves, as the wishes read it.
    static let economyClaims = Phrases(["economic", "gasta poco", "gasta poquito", "gasta casi nada", "gasto minimo", "ahorra", "rinde", "bajo consumo", "consume poco"])
    static let topTrims = Phrases(["limited", "touring", "platinum", "calligraphy", "overland", "ex l", "sx", "gt line", "signature", "titanium", "premium", "luxury", "tope de gama"])
    static let equippedClaims = Phrases(["full", "equipad", "tope de gama", "con todo"])
    static let sportyMarks = Phrases(["sport ", "gt ", "gt line", "type r", "rs", "ss", "trd", "amg", "m sport", "f sport", "turbo", "v6", "v8", "deportiv"])
    static let reliabilityClaims = Phrases(["confiable", "no se devalua", "dura toda la vida", "mas duro", "mas dura", "resistente", "fuerte"])
    static let comfortClaims = Phrases(["comod", "confort", "silencios", "aire acondicionado trasero", "asientos en piel"])
    static let warrantyClaims = Phrases(["garantia"])
    static let luxuryWords = Phrases(["piel", "cuero", "sunroof", "panoramic", "ventilad", "calefact", "360", "bose", "jbl", "harman", "burmester", "levinson", "mcintosh", "b o", "sonido premium", "head up", "navegacion", "neumatica", "masaje"])
    static let safetyWords = Phrases(["sensing", "safety", "punto ciego", "crucero adaptativo", "abs", "airbag", "bolsas de aire", "360", "carril", "frenado", "colision"])

    static func equippedReason(_ extras: [String]) -> String? {
        extras.isEmpty ? nil : "bien equipada: " + extras.prefix(2).map { $0.lowercased() }.joined(separator: ", ")
    }

    static func cheapFit(_ v: Vehicle, _ stock: Stock) -> Fit {
        let cheapness = stock.cheapness(v)
        let reason: String? = stock.pesos(v) <= 800_000 ? "buen precio" : (cheapness >= 0.75 ? "de los precios más bajos" : nil)
        return Fit(cheapness, reason)
    }

    static func mileageFit(_ v: Vehicle, _ stock: Stock) -> Fit {
        guard let km = v.mileageKm else { return Fit(0) }
        return Fit(stock.lowMileage(v), km <= 30_000 ? (km == 0 ? "0 km" : "solo \(SpanishFormat.km(km))") : nil)
    }
}
