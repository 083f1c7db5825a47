import OKLACore

/// Cases where a rule is more reliable than the statistical model:
/// a phone number or e-mail in the message means the buyer is leaving contact
/// details, and the commonest one- and two-word replies ("si", "dale", "no gracias",
/// "klk") are settled by a table rather than by a handful of character n-grams.
enum IntentRules {
    /// The confidence reported when a rule decides and the model is less sure.
    static let confidence = 0.97

    static func intent(for analysis: MessageAnalysis) -> Intent? {
        if !analysis.phones.isEmpty || !analysis.emails.isEmpty { return .provideContact }
        let words = analysis.tokens.filter { !fillers.contains($0) }
        guard !words.isEmpty, words.count <= 4 else { return nil }
        return shortReplies[words.joined(separator: " ")]
    }

    /// Forms of address that do not change what a short reply means ("dale manito").
    private static let fillers: Set<String> = [
        "manito", "mano", "hermano", "hermanito", "pana", "bro", "amigo", "amiga", "jefe", "loco", "mi",
        "brother", "mija", "mijo", "primo", "prima", "joven", "mami", "papi", "dona", "don",
    ]

    private static let shortReplies: [String: Intent] = {
        var table: [String: Intent] = [:]
        let groups: [(Intent, String)] = [
            (.greeting, """
            hola|klk|buenas|buenos dias|buenas tardes|buenas noches|buen dia|saludos|hey|que tal|dimelo|oe|ey|alo|\
            buenas buenas|hola buenas|hola klk|klk klk|hola buenos dias|hola buenas tardes|hola buenas noches|\
            saludos cordiales|hola que tal|que lo que|klk que lo que|hola buen dia|buenas hola|hello|good morning
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
                table[TextNormalizer.normalize(String(phrase))] = intent
            }
        }
        return table
    }()
}
