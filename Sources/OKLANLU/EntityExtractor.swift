import OKLACore

/// Reads SPEC's entities from a normalized message with dictionaries and word-order
/// rules: deterministic, explainable, and fast enough to run on every message.
///
/// The pass order matters: contact details and vehicle names claim their tokens first
/// so that "809-555-1234" is never a price and "CX-5" or "Peugeot 2008" never a year;
/// then amounts are read and given a meaning from the words around them. When a
/// message names several candidates ("corolla o civic", "diésel o gasolina"), the first
/// one wins, which is how the labelled data reads them.
struct EntityExtractor: Sendable {
    let catalog: VehicleCatalog
    let attributes: PhraseMatcher<AttributeLexicon.Attribute>
    let speller: SpellingCorrector

    init() {
        catalog = VehicleCatalog()
        attributes = AttributeLexicon.matcher()
        speller = SpellingCorrector(
            vocabulary: catalog.correctionTargets.union(AttributeLexicon.correctionTargets),
            // Words the matchers know exactly are never rewritten into other ones.
            protected: ProtectedWords.all.union(catalog.matcher.vocabulary).union(attributes.vocabulary)
        )
    }

    func analyze(_ text: String) -> MessageAnalysis {
        analyze(tokens: TextNormalizer.tokens(text))
    }

    func analyze(tokens original: [String]) -> MessageAnalysis {
        let tokens = original.map { speller.correction(for: $0) ?? $0 }
        var scan = TokenClaims(count: tokens.count)
        var entities = Entities()
        var exclusions = Exclusions()
        let (phones, emails) = claimContacts(tokens, &scan)
        readVehicle(tokens, &scan, into: &entities, excluding: &exclusions)
        readAttributes(tokens, &scan, into: &entities, excluding: &exclusions)
        let mileageMax = readNumbers(tokens, &scan, into: &entities)
        return MessageAnalysis(
            tokens: tokens, maskedTokens: scan.masked(tokens), entities: entities,
            phones: phones, emails: emails, exclusions: exclusions, mileageMax: mileageMax
        )
    }

    /// Picks the make and model: the first name mentioned, completed by a model of the
    /// same make right after it ("toyota rav4"). Negated names ("que no sea toyota") are
    /// ruled out instead, with the model that completes them ("ni la toyota rav4").
    private func readVehicle(_ tokens: [String], _ scan: inout TokenClaims, into entities: inout Entities, excluding exclusions: inout Exclusions) {
        var hits: [VehicleCatalog.Hit] = []
        var negatedMake: (make: String, end: Int, start: Int)?
        var index = 0
        while index < tokens.count {
            if !scan.taken[index], let match = catalog.matcher.match(tokens, at: index), scan.isFree(index..<(index + match.length)),
               !isAdjective(match, tokens, at: index) {
                let range = index..<(index + match.length)
                let mask: String
                switch match.value {
                case .make: mask = TokenClaims.makeMask
                case .model: mask = TokenClaims.modelMask
                }
                scan.claim(range, mask: mask)
                index = range.upperBound
                if case .model(let make, let model) = match.value, let negated = negatedMake, negated.make == make, negated.end == range.lowerBound {
                    exclusions.entities.removeAll { $0 == Entities(make: make) }
                    exclusions.add(Entities(make: make, model: model), span: negated.start..<range.upperBound)
                } else if let start = negationStart(tokens, at: range.lowerBound, bareNo: false) {
                    switch match.value {
                    // "no quiero una toyota tan cara": neither wanted nor ruled out.
                    case _ where isQualified(tokens, after: range.upperBound): break
                    case .make(let make):
                        exclusions.add(Entities(make: make), span: start..<range.upperBound)
                        negatedMake = (make, range.upperBound, start)
                    case .model(let make, let model):
                        exclusions.add(Entities(make: make, model: model), span: start..<range.upperBound)
                    }
                } else {
                    hits.append(match.value)
                }
            } else {
                index += 1
            }
        }
        guard let first = hits.first else { return }
        switch first {
        case .model(let make, let model):
            entities.make = make
            entities.model = model
        case .make(let make):
            entities.make = make
            if hits.count > 1, case .model(make, let model) = hits[1] {
                entities.model = model
            }
        }
    }

    /// "una mini van", "una mini yipeta": the word "mini" before a vehicle noun is an
    /// adjective, not the make (which "un mini", "mini cooper" and "el mini rojo" are).
    private func isAdjective(_ match: (length: Int, value: VehicleCatalog.Hit), _ tokens: [String], at index: Int) -> Bool {
        guard match.length == 1, match.value == .make("Mini"), index + 1 < tokens.count else { return false }
        return Self.nounsAfterMini.contains(tokens[index + 1])
    }

    private static let nounsAfterMini: Set<String> = [
        "van", "vans", "bus", "buses", "guagua", "guaguas", "guaguita", "yipeta", "yipetas", "yipetica", "suv", "suvs",
        "carro", "carros", "carrito", "carritos", "camion", "camiones", "camioncito", "camioneta", "camionetas", "moto",
        "motos", "motor", "pasola", "pasolas", "excavadora", "cargador", "split", "nevera", "jeepeta", "crossover",
        "pickup", "sedan", "coupe", "hatchback", "vehiculo", "vehiculos", "bateria", "compacto", "compacta",
    ]
}
