/// Details outside the understanding contract that the conversation engine acts on: the
/// buyer's name for the lead, a colour ("la blanca"), and which listed vehicle a reply
/// points at ("la segunda").
enum DetailReader {
    /// The name after "me llamo", "mi nombre es", "soy", "a nombre de", capitalized,
    /// spelled as the buyer wrote it: "me llamo luis peña" → "Luis Peña".
    static func name(in tokens: [String], original text: String) -> String? {
        guard let folded = name(in: tokens) else { return nil }
        return restoringSpelling(of: folded, from: text)
    }

    /// The name read from normalized tokens, where accents are gone ("Ramon").
    static func name(in tokens: [String]) -> String? {
        for cue in nameCues {
            for start in tokens.indices where TokenPattern.starts(tokens, at: start, with: cue) {
                var words: [String] = []
                var index = start + cue.count
                while index < tokens.count, words.count < 4 {
                    let token = tokens[index]
                    guard token.utf8.allSatisfy(ScalarFolding.isLetter), !notNames.contains(token) else { break }
                    words.append(token.prefix(1).uppercased() + token.dropFirst())
                    index += 1
                }
                // "soy de Santiago", "soy yo": no name there.
                if !words.isEmpty { return words.joined(separator: " ") }
            }
        }
        return nil
    }

    /// Each word of `name` as the message wrote it (accents, "ñ", doubled letters), found
    /// in order among the message's words; a word that cannot be found stays as it is.
    static func restoringSpelling(of name: String, from text: String) -> String {
        let written = text.split(whereSeparator: { !$0.isLetter }).map(String.init)
        var cursor = 0
        var words: [String] = []
        for word in name.split(separator: " ") {
            let key = word.lowercased()
            var found: String?
            var index = cursor
            while index < written.count {
                if TextNormalizer.tokens(written[index]) == [key] {
                    found = written[index]
                    cursor = index + 1
                    break
                }
                index += 1
            }
            if let found {
                words.append(found.prefix(1).uppercased() + found.dropFirst().lowercased())
            } else {
                words.append(String(word))
            }
        }
        return words.joined(separator: " ")
    }

    /// The first colour named, as the masculine singular ("la blanca" → "blanco").
    static func color(in tokens: [String]) -> String? {
        for (index, token) in tokens.enumerated() {
            // "30 mil verdes" are dollars.
            if index > 0, AmountReader.currency(of: token) != nil, ["mil", "k"].contains(tokens[index - 1]) || Int(tokens[index - 1]) != nil { continue }
            if let color = colors[token] { return color }
        }
        return nil
    }

    /// Which item of a list the buyer means: 1 for "la primera", 2 for "la segunda" or
    /// "la 2", -1 for "la última". "De segunda" (used) is not an ordinal.
    static func ordinal(in tokens: [String]) -> Int? {
        for (index, token) in tokens.enumerated() where index > 0 {
            let previous = tokens[index - 1]
            guard ["la", "el", "lo", "numero", "opcion", "esa", "ese"].contains(previous) else { continue }
            if let position = ordinals[token] { return position }
            if previous != "el", let number = Int(token), (1...10).contains(number) { return number }
        }
        return nil
    }

    private static let nameCues: [[String]] = [
        ["mi", "nombre", "es"], ["me", "llamo"], ["a", "nombre", "de"], ["my", "name", "is"], ["mi", "nombre"],
        ["me", "dicen"], ["soy", "el", "senor"], ["soy", "la", "senora"], ["soy", "dona"], ["soy", "don"], ["soy"],
    ]

    /// Words that end a name: what follows it in "me llamo Juan y mi cel es…".
    private static let notNames: Set<String> = [
        "y", "de", "del", "mi", "el", "la", "es", "tel", "telefono", "celular", "correo", "numero", "whatsapp", "yo",
        "que", "para", "por", "con", "en", "a", "al", "me", "te", "le", "pero", "aqui", "vivo", "estoy", "quiero",
        "busco", "necesito", "tengo", "interesado", "interesada", "cliente", "un", "una", "nuevo", "nueva",
    ]

    static let colors: [String: String] = [
        "blanco": "blanco", "blanca": "blanco", "blancos": "blanco", "blancas": "blanco", "negro": "negro",
        "negra": "negro", "negros": "negro", "negras": "negro", "gris": "gris", "grises": "gris", "plateado": "plateado",
        "plateada": "plateado", "plata": "plateado", "rojo": "rojo", "roja": "rojo", "rojos": "rojo", "rojas": "rojo",
        "azul": "azul", "azules": "azul", "verde": "verde", "verdes": "verde", "beige": "beige", "dorado": "dorado",
        "dorada": "dorado", "marron": "marron", "cafe": "marron", "vino": "vino", "vinotinto": "vino",
        "amarillo": "amarillo", "amarilla": "amarillo", "naranja": "naranja", "anaranjado": "naranja",
        "champagne": "champagne", "champan": "champagne", "perla": "blanco perla",
    ]

    private static let ordinals: [String: Int] = [
        "primera": 1, "primero": 1, "primer": 1, "1ra": 1, "1era": 1, "1ro": 1, "1ero": 1, "segunda": 2, "segundo": 2,
        "2da": 2, "2do": 2, "tercera": 3, "tercero": 3, "tercer": 3, "3ra": 3, "3era": 3, "3ro": 3, "cuarta": 4,
        "cuarto": 4, "4ta": 4, "4to": 4, "quinta": 5, "quinto": 5, "5ta": 5, "5to": 5, "ultima": -1, "ultimo": -1,
    ]
}
