/// Finds the `IntentCues` concepts in a message: exact words and phrases through
/// hash look-ups, stems by trying each prefix of a word.
struct IntentCueMatcher: Sendable {
    let names: [String]
    private let words: [String: [Int]]
    private let stems: [String: [Int]]
    private let phrases: PhraseMatcher<[Int]>
    private let stemLengths: ClosedRange<Int>

    init(_ concepts: [(concept: String, cues: String)] = IntentCues.concepts) {
        var words: [String: [Int]] = [:]
        var stems: [String: [Int]] = [:]
        var phraseConcepts: [[String]: [Int]] = [:]
        var phraseOrder: [[String]] = []
        for (index, entry) in concepts.enumerated() {
            for cue in entry.cues.split(separator: "|") {
                let isStem = cue.hasSuffix("*")
                let tokens = TextNormalizer.tokens(String(isStem ? cue.dropLast() : cue))
                guard !tokens.isEmpty else { continue }
                if isStem, tokens.count == 1 {
                    stems[tokens[0], default: []].append(index)
                } else if tokens.count == 1 {
                    words[tokens[0], default: []].append(index)
                } else {
                    if phraseConcepts[tokens] == nil { phraseOrder.append(tokens) }
                    phraseConcepts[tokens, default: []].append(index)
                }
            }
        }
        var phrases = PhraseMatcher<[Int]>()
        for tokens in phraseOrder { phrases.add(tokens, value: phraseConcepts[tokens] ?? []) }
        let lengths = stems.keys.map(\.count)
        self.names = concepts.map(\.concept)
        self.words = words
        self.stems = stems
        self.phrases = phrases
        self.stemLengths = (lengths.min() ?? 1)...(lengths.max() ?? 1)
    }

    /// Names of the concepts cued in `tokens`, with "<concept>-only" for a concept
    /// whose cues (and fillers) make up the whole message, "social-only" when
    /// politeness alone does, and "<concept>-top" for the request-specific concept that
    /// covers the most words ("-tied" for each of several that cover as many).
    func features(in tokens: [String]) -> [String] {
        var covered = [Set<Int>](repeating: [], count: names.count)
        var phrased = [Set<Int>](repeating: [], count: names.count)
        var inPhrase: Set<Int> = []
        var phraseEnd = 0
        for index in tokens.indices {
            let token = tokens[index]
            for concept in words[token] ?? [] { covered[concept].insert(index) }
            // Leftmost-longest: a phrase starting inside an earlier one is part of it, so
            // "a que hora es que abren" asks the dealer's hours, not the time ("que hora es").
            if index >= phraseEnd, let match = phrases.match(tokens, at: index) {
                for concept in match.value { phrased[concept].formUnion(index..<(index + match.length)) }
                inPhrase.formUnion(index..<(index + match.length))
                phraseEnd = index + match.length
            }
            let characters = Array(token.utf8)
            guard characters.count >= stemLengths.lowerBound else { continue }
            for length in stemLengths.lowerBound...min(stemLengths.upperBound, characters.count) {
                for concept in stems[String(decoding: characters[0..<length], as: UTF8.self)] ?? [] {
                    covered[concept].insert(index)
                }
            }
        }
        // A word inside another concept's phrase belongs to that phrase: "estan" is a
        // dealer word, but not in "hola, como estan?".
        for concept in covered.indices {
            covered[concept] = phrased[concept].union(covered[concept].filter { !inPhrase.contains($0) || phrased[concept].contains($0) })
        }
        // Upkeep of the buyer's own vehicle: "mi carro" alone is no trade-in there.
        let ownCare = caresForOwn(tokens)
        if ownCare, let trade = names.firstIndex(of: "trade"), covered[trade].allSatisfy({ Self.possessiveWords.contains(tokens[$0]) }) {
            covered[trade] = []
        }
        let content = Set(tokens.indices.filter { !IntentCues.fillers.contains(tokens[$0]) })
        var result: [String] = []
        var social: Set<Int> = []
        for (concept, positions) in covered.enumerated() where !positions.isEmpty {
            result.append(names[concept])
            if !content.isEmpty && content.isSubset(of: positions) { result.append(names[concept] + "-only") }
            if IntentCues.social.contains(names[concept]) { social.formUnion(positions) }
        }
        // A message opening with a bare "no" is usually an answer, unlike "q no pase de".
        if tokens.first == "no" { result.append("no-first") }
        if !content.isEmpty && content.isSubset(of: social) { result.append("social-only") }
        // Nothing about vehicles or the dealer beyond politeness and generic wanting
        // ("necesito un abogado", "me cancelaron el vuelo"): the shape of an off-topic
        // message whose subject no cue lists.
        if !content.isSubset(of: social) && !covered.indices.contains(where: { !covered[$0].isEmpty && !Self.undomained.contains(names[$0]) }) {
            result.append("no-domain")
        }
        if offersAlternatives(tokens) { result.append("alternatives") }
        if describesOne(tokens) { result.append("this-one") }
        if asksAboutSomethingElse(tokens, covered: covered) { result.append("elsewhere") }
        if ownCare { result.append("own-care") }
        // "hay yipetas en venta?", "q motores tienen disponibles": stock of a kind, a search,
        // unlike "esa sigue disponible?".
        if sellsParts(tokens) { result.append("parts-sale") }
        // "q tienen en la sucursal de santiago", "en el local de la 27 hay yipetas?": stock at
        // one of the dealer's places, a search, unlike "donde queda la sucursal".
        if let dealer = names.firstIndex(of: "dealer"), !covered[dealer].isEmpty,
           tokens.contains(where: Self.stockVerbs.contains), !tokens.contains(where: Self.placeQuestions.contains),
           tokens.contains(where: { Self.pluralVehicles.contains($0) || Self.ownVehicles.contains($0) || $0 == "algo" || $0 == "que" }) {
            result.append("stock-at")
        }
        if tokens.contains(where: Self.pluralVehicles.contains) && tokens.contains(where: Self.stockWords.contains) {
            result.append("plural-stock")
        }
        // What a longer message is about: "buenos dias, quisiera saber que garantia ofrecen
        // en la santa fe 2019" is a warranty question however many search and vehicle words
        // surround it. Generic concepts (politeness, search, vehicle words) never count.
        // 5-fold cross-validation on train.jsonl: +0.6 points of accuracy (+1.9 on its first
        // 809 messages).
        let specific = covered.indices.filter { !covered[$0].isEmpty && !Self.generic.contains(names[$0]) }
        if let most = specific.map({ covered[$0].count }).max() {
            let top = specific.filter { covered[$0].count == most }
            for concept in top { result.append(names[concept] + (top.count == 1 ? "-top" : "-tied")) }
        }
        return result
    }

    /// "la rav4 o la crv", "diésel o gasolina", "corolla vs civic": two options side by
    /// side, the shape of a comparison (or of a search open to either).
    private func offersAlternatives(_ tokens: [String]) -> Bool {
        var lastOption: Int?
        for (index, token) in tokens.enumerated() where Self.options.contains(token) {
            if let last = lastOption, tokens[(last + 1)..<index].contains(where: Self.joiners.contains) { return true }
            lastOption = index
        }
        return false
    }

    /// "ese fit es mecánico?", "la yipeta esa es automática?", "el corolla viene de gas?":
    /// a question about what one vehicle already in the conversation is, not a search.
    private func describesOne(_ tokens: [String]) -> Bool {
        guard let verb = tokens.firstIndex(where: Self.describingVerbs.contains) else { return false }
        let before = tokens[..<verb]
        if before.contains(where: Self.demonstratives.contains) { return true }
        if let first = before.first, first == "el" || first == "la", before.count >= 2 { return true }
        // "es mecánica esa?": the pointer after the attribute.
        return verb == 0 && tokens.dropFirst().contains(where: Self.demonstratives.contains)
    }

    /// "cuanto me cobran por cambiarle el clutch a mi carro", "q aceite le echo a mi corolla",
    /// "mi yipeta bota humo": upkeep of the buyer's own vehicle (a workshop's, insurer's or
    /// the traffic office's business), not a trade-in, although both say "mi carro".
    private func caresForOwn(_ tokens: [String]) -> Bool {
        guard tokens.contains(where: Self.careWords.contains) else { return false }
        for index in tokens.indices.dropLast() where tokens[index] == "mi" || tokens[index] == "mis" {
            if Self.ownVehicles.contains(tokens[index + 1]) { return true }
        }
        return false
    }

    private static let ownVehicles: Set<String> = [
        "carro", "carrito", "yipeta", "jeepeta", "camioneta", "vehiculo", "guagua", "motor", "pasola", "moto", "auto",
        "carros", "yipetas", "vehiculos", TokenClaims.makeMask, TokenClaims.modelMask,
    ]
    /// The words of the trade cues that only say "mine" ("mi carro", "tengo una", "el mio").
    private static let possessiveWords: Set<String> = ownVehicles.union(["mi", "mis", "tengo", "un", "una", "el", "la", "mio", "mia"])
    private static let careWords: Set<String> = [
        "aceite", "clutch", "cloche", "croche", "bateria", "frenos", "bandas", "desabollar", "desabollador", "desabolladura",
        "pintar", "pintarlo", "pintarla", "humo", "prende", "arranca", "grua", "varado", "varada", "multa", "multas",
        "taller", "reparar", "repararlo", "repararla", "reparacion", "arreglar", "arreglarlo", "arreglarla", "arreglo",
        "lavar", "lavarlo", "lavarla", "lavado", "tintado", "tintar", "seguro", "alinear", "alineamiento", "balanceo",
        "repuesto", "repuestos", "pieza", "piezas", "radiador", "recalienta", "calienta", "chequear", "gomera", "cambiarle",
        "echarle", "echo", "mecanico", "chapisteria", "ruido", "pinchada", "ponchada", "polarizado", "renovar", "renuevo",
    ]

    /// "venden repuestos de hyundai", "donde consigo piezas pa una hilux", "tienen gomas y
    /// baterías?": parts and supplies, which a vehicle dealer does not sell.
    private func sellsParts(_ tokens: [String]) -> Bool {
        for index in tokens.indices where Self.sellingVerbs.contains(tokens[index]) {
            if tokens[(index + 1)..<min(tokens.count, index + 4)].contains(where: Self.supplies.contains) { return true }
        }
        return false
    }

    private static let sellingVerbs: Set<String> = [
        "venden", "vendes", "vende", "consigo", "conseguir", "consiguen", "comprar", "compro", "tienen", "hay", "trabajan", "traen",
    ]
    private static let supplies: Set<String> = [
        "repuestos", "repuesto", "piezas", "pieza", "gomas", "aros", "rines", "llantas", "baterias", "bateria", "accesorios",
        "aceite", "aceites", "filtros", "filtro", "bocinas", "alarmas", "radios", "lubricantes", "neumaticos", "lubricante",
        "retrovisores", "retrovisor", "focos", "bombillos", "tapas", "alfombras", "fundas", "forros", "cascos",
    ]

    private static let stockVerbs: Set<String> = ["tienen", "hay", "muestrame", "ensename", "tendran", "manejan"]
    private static let placeQuestions: Set<String> = [
        "donde", "hora", "horario", "horarios", "direccion", "abren", "abre", "cierran", "cierra", "telefono", "correo",
        "ubicacion", "ubicados", "queda", "quedan", "llego", "llegar", "parqueo", "sucursales", "abiertos", "abierto",
        "taller", "servicio", "mantenimiento", "whatsapp", "numero", "instagram", "facebook", "pagina", "web", "redes",
        "envio", "envios", "delivery", "entregas", "sala", "espera", "oficina", "gerente", "dueno", "encargado",
        "tiempo", "anos", "exhibicion", "grande", "vendiendo",
    ]
    private static let pluralVehicles: Set<String> = [
        "carros", "yipetas", "jeepetas", "camionetas", "motores", "motos", "pasolas", "guaguas", "vehiculos", "sedanes",
        "minivans", "pickups", "autos", "carritos",
    ]
    private static let stockWords: Set<String> = ["disponible", "disponibles", "venta", "stock", "existencia", "inventario"]

    private static let describingVerbs: Set<String> = ["es", "viene", "trae", "sera", "esta", "camina", "anda", "usa", "gasta"]
    private static let demonstratives: Set<String> = ["ese", "esa", "este", "esta", "aquel", "aquella", "eso"]

    /// "donde queda la embajada", "a que hora abre el banco", "cuanto cuesta un celular":
    /// a where, when or how-much question about something that is neither the dealer nor
    /// what it sells. Where and when only concern the dealer or a vehicle; how much also
    /// concerns the rest of the deal ("cuanto cuesta el traspaso").
    private func asksAboutSomethingElse(_ tokens: [String], covered: [Set<Int>]) -> Bool {
        // "el supermercado abre los domingos?": the opening hours of something named before the verb.
        for index in tokens.indices.dropFirst(2) where Self.openingVerbs.contains(tokens[index]) {
            let subject = index - 1
            guard ["el", "la", "los", "las"].contains(tokens[subject - 1]), !Self.pointers.contains(tokens[subject]) else { continue }
            if !covered.indices.contains(where: { Self.placeConcepts.contains(names[$0]) && covered[$0].contains(subject) }) { return true }
        }
        for index in tokens.indices {
            guard let opener = Self.openers.match(tokens, at: index) else { continue }
            var object = index + opener.length
            while object < tokens.count, Self.determiners.contains(tokens[object]) { object += 1 }
            // "la oficina de pasaportes" is about passports: decide on the complement.
            if object + 1 < tokens.count, tokens[object + 1] == "de" || tokens[object + 1] == "del" {
                object += 1
                while object < tokens.count, Self.determiners.contains(tokens[object]) { object += 1 }
            }
            guard object < tokens.count else { return false }
            let word = tokens[object]
            if Self.pointers.contains(word) || DetailReader.colors[word] != nil { return false }
            let ours = opener.value == .place ? Self.placeConcepts : Self.dealConcepts
            return !covered.indices.contains { ours.contains(names[$0]) && covered[$0].contains(object) }
        }
        return false
    }

    private static let openingVerbs: Set<String> = ["abre", "abren", "cierra", "cierran", "abierto", "abierta", "abiertos"]

    private enum Opener: Sendable { case place, cost }

    private static let openers: PhraseMatcher<Opener> = {
        var matcher = PhraseMatcher<Opener>()
        let groups: [(Opener, String)] = [
            (.place, "donde queda|donde quedan|donde esta|donde venden|donde hay|donde consigo|donde compro|donde puedo comprar|a que hora abre|a que hora cierra|a que hora abren|a que hora cierran|cuando abre|cuando abren|como llego a|como llego al|como llegar a|como llegar al|como se llega a|como se llega al|a que hora pasan|a que hora pasa|a que hora sale|a que hora salen|a que hora empieza|a que hora juega|a que hora juegan"),
            (.cost, "cuanto cuesta|cuanto cuestan|cuanto vale|cuanto valen|cuanto cobra|cuanto cobran|cuanto sale|precio de|precio del|a como esta|a como estan|a cuanto esta|a cuanto estan"),
        ]
        for (opener, phrases) in groups {
            for phrase in phrases.split(separator: "|") { matcher.add(TextNormalizer.tokens(String(phrase)), value: opener) }
        }
        return matcher
    }()

    private static let determiners: Set<String> = ["el", "la", "los", "las", "un", "una", "unos", "unas", "mi", "tu", "su", "sus", "mis", "al", "del", "de"]
    /// Objects that point back at the conversation ("cuanto cuesta esa", "donde queda eso") or at a time.
    private static let pointers: Set<String> = [
        "esa", "ese", "eso", "esas", "esos", "esta", "este", "esto", "estas", "estos", "aquella", "aquel", "ella", "ellas",
        "ellos", "uno", "otra", "otro", "otras", "otros", "mismo", "misma", "todo", "toda", "todos", "todas", "ustedes",
        "usted", "que", "cual", "cuales", "lo", "la", "le", "les", "me", "te", "se", "nos", "mas", "menos", "ahi", "alla",
        "aqui", "eso", "hoy", "ahora", "manana", "temprano", "tarde", "lunes", "martes", "miercoles", "jueves", "viernes",
        "sabado", "sabados", "domingo", "domingos", "con", "en", "pa", "para", "por", "si", "y", "o", "exactamente",
        "anuncio", "publicacion", "post", "primera", "segunda", "tercera", "ultima", "grande", "pequena", "chiquita",
        "barata", "cara", "nueva", "vieja", "dealer", "negocio", "local", "agencia", "oficina", "sucursal", "lote", "concesionario", "parqueo",
        TokenClaims.makeMask, TokenClaims.modelMask, TokenClaims.yearMask, TokenClaims.amountMask, TokenClaims.numberMask,
    ]
    private static let placeConcepts: Set<String> = ["vehicle", "dealer"]
    private static let dealConcepts: Set<String> = [
        "vehicle", "spec", "details", "price", "financing", "trade", "dealer", "warranty", "documents", "appointment",
    ]

    /// Concepts that go with any request, so they never decide what a message is about.
    private static let generic: Set<String> = ["greet", "bye", "thanks", "yes", "no", "search", "vehicle", "spec"]

    /// Concepts that do not tie a message to buying a vehicle.
    private static let undomained: Set<String> = ["greet", "bye", "thanks", "yes", "no", "search", "offtopic"]

    private static let options: Set<String> = [
        TokenClaims.modelMask, TokenClaims.makeMask, "yipeta", "yipetas", "camioneta", "camionetas", "sedan",
        "minivan", "guagua", "pickup", "suv", "hibrido", "hibrida", "gasolina", "diesel", "electrico", "electrica",
        "automatica", "mecanica", "nueva", "nuevo", "usada", "usado",
    ]
    private static let joiners: Set<String> = ["o", "vs", "versus", "y", "con", "or"]
}
