import OKLACore
import OKLAStore

/// A wish a buyer states without a hard number ("económica", "familiar", "pa la loma"): it
/// ranks vehicles and gives the reason a vehicle fits, but never filters one out.
struct SoftWish: Sendable {
    /// Folded phrases that express the wish.
    let phrases: [String]
    /// How well a vehicle (and its price in pesos) fits, 0 (not at all) to 1, with the reason
    /// to tell the buyer.
    let fit: @Sendable (Vehicle, Double) -> (score: Double, reason: String?)

    /// The wishes a folded message expresses.
    static func wishes(in folded: String) -> [SoftWish] {
        all.filter { $0.phrases.contains(where: folded.contains) }
    }

    static let premiumMakes: Set<String> = ["lexus", "bmw", "mercedesbenz", "audi", "porsche", "landrover", "volvo", "infiniti", "acura", "genesis"]

    static func isSmall(_ v: Vehicle) -> Bool { v.bodyType == .hatchback || v.bodyType == .sedan }

    static func isFourByFour(_ v: Vehicle) -> Bool {
        let drive = (v.drive ?? "").lowercased()
        return ["4x4", "4wd", "awd"].contains(where: drive.contains)
    }

    static let all: [SoftWish] = [
        // Spends little fuel.
        SoftWish(phrases: ["gaste poco", "gasta poco", "gastar poco", "gaste menos", "gasta menos", "no gaste", "ahorr", "rinda", "rendidor", "consuma poco", "consume poco", "economic", "combustible", "la bomba", "la ciudad"]) { v, _ in
            switch v.fuel {
            case .electric: (1, "eléctrico: no gasta combustible")
            case .hybrid: (1, "híbrido: gasta muy poco")
            case .lpg: (0.8, "a gas (GLP): sale más barato que la gasolina")
            default: isSmall(v) && v.bodyType != .coupe ? (0.5, "compacto, de bajo consumo") : (v.bodyType == .motorcycle ? (0.6, "un motor gasta poquito") : (0, nil))
            }
        },
        // Cheap to buy.
        SoftWish(phrases: ["barat", "economic", "poco dinero", "no tan car", "asequible", "precio bajo", "buen precio"]) { v, pesos in
            let pesos = v.currency == .USD ? v.price * 63 : v.price
            return pesos <= 800_000 ? (1, "buen precio") : (pesos <= 1_200_000 ? (0.6, "precio accesible") : (0, nil))
        },
        // For a family.
        SoftWish(phrases: ["familia", "familiar", "los muchachos", "los ninos", "los nenes", "mis hijos", "espacio", "grande", "quepan", "escolar", "muchos", "personas", "pasajeros"]) { v, _ in
            if let seats = v.seats, seats >= 7 { return (min(1, Double(seats) / 10 + 0.3), "\(seats) pasajeros, ideal pa la familia") }
            if v.bodyType == .suv || v.bodyType == .minivan { return (0.7, "espaciosa pa la familia") }
            return v.bodyType == .sedan ? (0.3, nil) : (0, nil)
        },
        // Rough roads, beach, countryside.
        SoftWish(phrases: ["playa", "loma", "el campo", "el monte", "4x4", "awd", "todo terreno", "offroad", "off road", "camino malo", "caminos malos", "montana", "constanza", "jarabacoa", "subir", "aguante"]) { v, _ in
            if isFourByFour(v) { return (1, "tracción \(v.drive ?? "4x4"), pa cualquier camino") }
            return v.bodyType == .pickup || v.bodyType == .suv ? (0.5, "alta, aguanta camino") : (0, nil)
        },
        // Ride-hailing: an efficient, recent automatic car.
        SoftWish(phrases: ["uber", "taxi", "indriver", "didi", "pa trabajar de chofer", "carro de concho", "concho"]) { v, pesos in
            guard isSmall(v) else { return (0, nil) }
            var score = 0.4
            if v.transmission == .automatic { score += 0.15 }
            if [.hybrid, .lpg, .electric].contains(v.fuel) { score += 0.2 }
            if v.year >= 2016 { score += 0.1 }
            // A car that has to pay for itself: the cheaper, the better.
            if pesos <= 1_000_000 { score += 0.15 }
            return (score, "sirve pa Uber: \(v.bodyType == .sedan ? "sedán" : "compacto") y económico")
        },
        // Work and cargo.
        SoftWish(phrases: ["trabajar", "trabajo", "carga", "cargar", "negocio", "la finca", "construccion", "mudanza"]) { v, _ in
            switch v.bodyType {
            case .pickup: (v.fuel == .diesel ? 1 : 0.8, "camioneta de trabajo" + (v.fuel == .diesel ? ", diésel" : ""))
            case .van: (0.9, "guagua de carga y pasajeros")
            default: (0, nil)
            }
        },
        // Luxury.
        SoftWish(phrases: ["lujo", "lujos", "elegante", "premium", "alta gama", "ejecutiv", "pa lucir", "de categoria", "fino", "fina"]) { v, pesos in
            if premiumMakes.contains(matchKey(v.make)) || matchKey(v.model).contains("landcruiser") { return (1, "de alta gama") }
            return pesos >= 3_000_000 ? (0.6, "de las más completas") : (0, nil)
        },
        // A first car or a new driver.
        SoftWish(phrases: ["empieza a manejar", "empezando a manejar", "aprendiendo", "primer carro", "principiante", "mi hija", "una muchacha", "facil de manejar", "pa la universidad", "pa la uni", "chiquit", "parquear", "pequen", "la dona", "pa empezar"]) { v, _ in
            guard isSmall(v) else { return (0, nil) }
            let easy = v.transmission == .automatic
            return (easy ? 1 : 0.4, easy ? "automático y fácil de manejar" : "compacto")
        },
        // Little used.
        SoftWish(phrases: ["poco millaje", "poco kilometraje", "poco uso", "casi nuev", "bien cuidad"]) { v, _ in
            guard let km = v.mileageKm else { return (0, nil) }
            return km <= 30_000 ? (1, km == 0 ? "0 km" : "solo \(SpanishFormat.km(km))") : (km <= 60_000 ? (0.5, nil) : (0, nil))
        },
        // Sporty.
        SoftWish(phrases: ["deportiv", "rapido", "rapida", "que corra", "potente"]) { v, _ in
            v.bodyType == .coupe ? (1, "deportivo") : (0, nil)
        },
    ]

}
