import OKLACore

/// Cases where a rule is more reliable than the statistical model:
/// a phone number or e-mail in the message means the buyer is leaving contact
/// details, and the commonest one- to four-word replies ("si", "dale", "no gracias",
/// "klk") are settled by a table rather than by a handful of character n-grams.
enum IntentRules {
    /// The confidence reported when a rule decides and the model is less sure.
    static let confidence = 0.97
    /// A model at least this sure outvotes the contact rule ("llamé al 809… y nadie
    /// contesta" is a complaint that happens to hold a number).
    static let modelVeto = 0.9

    struct Decision: Equatable {
        var intent: Intent
        /// Whether a confident model may overrule it.
        var vetoable: Bool
    }

    static func decision(for analysis: MessageAnalysis) -> Decision? {
        let words = analysis.tokens.filter { !IntentCues.fillers.contains($0) }
        if !words.isEmpty, words.count <= 4, let intent = shortReplies[words.joined(separator: " ")] {
            return Decision(intent: intent, vetoable: false)
        }
        if !analysis.phones.isEmpty || !analysis.emails.isEmpty { return Decision(intent: .provideContact, vetoable: true) }
        if isFilterChange(analysis) { return Decision(intent: .vehicleSearch, vetoable: false) }
        if asksForSupplies(analysis.maskedTokens) { return Decision(intent: .outOfScope, vetoable: true) }
        return nil
    }

    /// "y mecánicos?", "y de gasolina?", "mejor en diésel", "y del 2018 pa rriba?": a
    /// follow-up made only of search criteria changes the search. A question about one
    /// vehicle ("y es mecánica?", "ese fit es mecánico?") has other words and is left to
    /// the model.
    static func isFilterChange(_ analysis: MessageAnalysis) -> Bool {
        let tokens = analysis.maskedTokens
        guard tokens.count >= 2, tokens.count <= 8, followUpLeads.contains(tokens[0]) else { return false }
        let entities = analysis.entities
        let criteria = [
            entities.bodyType != nil, entities.transmission != nil, entities.fuel != nil, entities.condition != nil,
            entities.seatsMin != nil, entities.yearMin != nil, entities.yearMax != nil, entities.priceMin != nil,
            entities.priceMax != nil,
        ]
        guard criteria.contains(true) else { return false }
        return tokens.dropFirst().allSatisfy {
            criterionWords.contains($0) || filterConnectors.contains($0) || IntentCues.fillers.contains($0)
        }
    }

    /// "venden repuestos de hyundai?", "donde consigo piezas pa una hilux": parts and
    /// supplies, which the dealer does not sell (a confident model may still overrule it).
    static func asksForSupplies(_ tokens: [String]) -> Bool {
        for index in tokens.indices where supplyVerbs.contains(tokens[index]) {
            if tokens[(index + 1)..<min(tokens.count, index + 3)].contains(where: supplies.contains) { return true }
        }
        return false
    }

    private static let supplyVerbs: Set<String> = ["venden", "vendes", "vende", "consigo", "consiguen", "conseguir", "traen"]
    private static let supplies: Set<String> = [
        "repuestos", "repuesto", "piezas", "pieza", "gomas", "aros", "rines", "llantas", "baterias", "accesorios", "aceite",
        "aceites", "filtros", "bocinas", "alarmas", "lubricantes", "neumaticos", "retrovisores", "cascos", "alfombras", "fundas",
    ]

    private static let followUpLeads: Set<String> = ["y", "mejor", "pero", "ahora", "entonces", "and", "o"]

    /// Words that may surround the criteria of a follow-up search.
    private static let filterConnectors: Set<String> = [
        "de", "del", "en", "los", "las", "unos", "unas", "un", "una", "algo", "alguno", "alguna", "algun", "algunos",
        "algunas", "tienen", "tiene", "tienes", "hay", "que", "mas", "tambien", "si", "con", "para", "arriba", "abajo",
        "adelante", "atras", "no", "nada", "opciones", "modelos", "carros", "vehiculos", "a", "al", "hasta", "desde",
        "menos", "o", "entre", "solo", "nomas", "ver", "ensename", "muestrame", "manda", "mandame", "tipo",
        TokenClaims.makeMask, TokenClaims.modelMask, TokenClaims.yearMask, TokenClaims.amountMask, TokenClaims.numberMask,
    ]

    /// Every word of an attribute phrase ("mecanicos", "gasolina", "yipetas", "de cambio").
    private static let criterionWords: Set<String> = AttributeLexicon.matcher().vocabulary

    private static let shortReplies: [String: Intent] = {
        var table: [String: Intent] = [:]
        let groups: [(Intent, String)] = [
            (.greeting, """
            hola|klk|buenas|buenos dias|buenas tardes|buenas noches|buen dia|saludos|hey|que tal|dimelo|oe|ey|alo|\
            buenas buenas|hola buenas|hola klk|klk klk|hola buenos dias|hola buenas tardes|hola buenas noches|\
            saludos cordiales|hola que tal|que lo que|klk que lo que|hola buen dia|buenas hola|hello|good morning|dime a ver
            """),
            (.affirm, """
            si|ok|dale|claro|perfecto|tato|de una|esta bien|va|listo|exacto|correcto|seguro|si senor|si claro|\
            ok perfecto|si por favor|claro que si|ok dale|dale pues|nitido|si si|bueno dale|perfecto eso mismo|\
            esa misma|eso mismo|esa|ese|esa misma es|ok esta bien|si dale|dale dale|de acuerdo|okey dokey|\
            bien|excelente|genial|ok listo|listo dale|por supuesto|afirmativo|simon|yes|sure|ok si
            """),
            (.deny, """
            no|no gracias|negativo|tampoco|para nada|no no|mejor no|no quiero|no senor|ni loco|esa no|\
            no me interesa|ninguna|ninguno|no todavia|no por ahora|todavia no|nada|no nada
            """),
            (.farewell, """
            adios|gracias|muchas gracias|ok gracias|hasta luego|nos vemos|hablamos|bendiciones|gracias bendiciones|\
            hasta pronto|hasta manana|ok gracias bendiciones|gracias por todo|mil gracias|dale gracias|ok adios|\
            gracias adios|buenas noches gracias|thank you|good bye
            """),
        ]
        for (intent, phrases) in groups {
            for phrase in phrases.split(separator: "|") {
                let words = TextNormalizer.tokens(String(phrase)).filter { !IntentCues.fillers.contains($0) }
                table[words.joined(separator: " ")] = intent
            }
        }
        return table
    }()
}
