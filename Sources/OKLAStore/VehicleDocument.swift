import Crypto
import Foundation
import OKLACore
import Synchronization

/// What a listing says in the words buyers search with: its fields plus the Dominican names
/// of its kind, fuel and gearbox ("yipeta", "de gas", "mecánica"). Lexical search indexes it
/// and embeddings are computed from it; its hash tells when an embedding is stale.
public struct VehicleDocument: Sendable, Equatable {
    public var text: String
    public var hash: String
    /// What gets embedded: the vehicle in a line of about 15 tokens ("Toyota RAV4 XLE 2021
    /// yipeta automática gasolina Blanco"). Embedding cost grows with length, and a model on a
    /// laptop CPU has to keep up with whole inventories; equipment and descriptions are left
    /// to the lexical index.
    public var card: String

    public init(_ v: Vehicle) {
        var parts = [v.make, v.model, v.trim, String(v.year), v.color, v.drive, v.location].compactMap { $0 }
        if let body = v.bodyType { parts.append(Self.bodyWords[body] ?? body.rawValue) }
        if let fuel = v.fuel { parts.append(Self.fuelWords[fuel] ?? fuel.rawValue) }
        if let t = v.transmission { parts.append(t == .automatic ? "automática automático" : "mecánica mecánico manual de cambios") }
        if let c = v.condition { parts.append(c == .new ? "nuevo nueva 0 km" : "usado usada") }
        if let seats = v.seats { parts.append("\(seats) pasajeros" + (seats >= 7 ? " tres filas familiar" : "")) }
        if let drive = v.drive, ["4x4", "4wd", "awd"].contains(where: drive.lowercased().contains) { parts.append("4x4 tracción") }
        parts += v.features
        if let description = v.description { parts.append(description) }
        text = parts.joined(separator: ". ")
        let kind = [
            v.bodyType.flatMap { Self.bodyWords[$0]?.split(separator: " ").first.map(String.init) },
            v.transmission.map { $0 == .automatic ? "automática" : "mecánica" },
            v.fuel.flatMap { Self.fuelWords[$0]?.split(separator: " ").first.map(String.init) },
            v.color,
        ].compactMap { $0 }
        card = ([v.make, v.model, v.trim, String(v.year)].compactMap { $0 } + kind).joined(separator: " ")
        hash = SHA256.hash(data: Data(text.utf8)).prefix(12).hexadecimal
    }

    /// Folded, stemmed words for an index without a Spanish stemmer of its own (SQLite's FTS5),
    /// plus a word naming the dealer, so that a query reads only that dealer's postings.
    public func terms(dealerId: String) -> String {
        (Self.terms(text) + [Self.dealerTerm(dealerId)]).joined(separator: " ")
    }

    /// One letters-and-digits word per dealer, which no Spanish text contains. Every search
    /// names one, so each dealer's is hashed once.
    public static func dealerTerm(_ dealerId: String) -> String {
        if let term = dealerTerms.withLock({ $0[dealerId] }) { return term }
        let term = "zzdealer" + SHA256.hash(data: Data(dealerId.utf8)).prefix(8).hexadecimal
        dealerTerms.withLock { $0[dealerId] = term }
        return term
    }

    private static let dealerTerms = Mutex<[String: String]>([:])

    static let bodyWords: [BodyType: String] = [
        .suv: "yipeta jeepeta suv crossover", .sedan: "sedán carro", .hatchback: "hatchback carro carrito",
        .pickup: "camioneta pickup", .minivan: "minivan familiar", .van: "guagua van", .coupe: "coupé deportivo carro",
        .motorcycle: "motor moto motocicleta pasola",
    ]
    static let fuelWords: [Fuel: String] = [
        .gasoline: "gasolina", .diesel: "diésel gasoil", .hybrid: "híbrido híbrida económico", .electric: "eléctrico eléctrica",
        .lpg: "gas glp",
    ]

    /// Words without accents or case, Spanish stop words dropped, each reduced to a light stem
    /// so that "automáticas" meets "automática" and "sedanes" meets "sedán".
    public static func terms(_ text: String) -> [String] {
        terms(folded: text.folded)
    }

    /// `terms` of a text already without accents or case (`TextNormalizer`'s output, say):
    /// folding is the costly part of reading a text.
    public static func terms(folded text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
            .filter { !stopWords.contains($0) }
            .map(stem)
    }

    static func stem(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLetter) else { return word }
        var w = word
        if w.count > 5, w.hasSuffix("es"), let last = w.dropLast(2).last, !"aeiou".contains(last) {
            w.removeLast(2)
        } else if w.hasSuffix("s") {
            w.removeLast()
        }
        if w.count > 4, let last = w.last, "aeo".contains(last) { w.removeLast() }
        return w
    }

    static let stopWords: Set<String> = [
        "a", "al", "con", "de", "del", "el", "en", "es", "la", "las", "lo", "los", "o", "para", "pa", "por", "que", "q",
        "se", "su", "sus", "un", "una", "uno", "unos", "unas", "y", "e", "mi", "me", "tu", "te", "busco", "tienen", "tiene",
        "hay", "quiero", "algo", "alguna", "algun", "alguno", "klk", "hola", "buenas", "tipo", "como", "mas", "muy",
    ]
}
