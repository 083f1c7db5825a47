/// The make and model names the extractor recognises, compiled from `listing` into a
/// phrase matcher once per parser.
struct VehicleCatalog: Sendable {
    enum Hit: Sendable, Equatable {
        case make(String)
        case model(make: String, model: String)
    }

    let matcher: PhraseMatcher<Hit>

    /// Words of names that stand alone (not starred), which misspellings may be
    /// corrected to.
    let correctionTargets: Set<String>

    init() {
        var matcher = PhraseMatcher<Hit>()
        var currentMake = ""
        var makeAliases: [[String]] = []
        var targets: Set<String> = []
        for line in Self.listing.split(separator: "\n") {
            let isModel = line.hasPrefix("  ")
            let parts = line.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            var canonical = Self.trimmed(parts[0])
            let exactOnly = canonical.hasPrefix("~")
            if exactOnly { canonical.removeFirst() }
            let aliases = parts[1].split(separator: "|").map(Self.trimmed)
            if !isModel {
                currentMake = canonical
                makeAliases = []
                for alias in aliases + [canonical] {
                    for variant in Self.variants(of: alias) {
                        if !exactOnly { targets.formUnion(variant) }
                        makeAliases.append(variant)
                        matcher.add(variant, value: .make(canonical), priority: 0)
                    }
                }
                continue
            }
            let hit = Hit.model(make: currentMake, model: canonical)
            // The canonical name is an alias too, unless it is the starred one ("ES").
            let starred = Set(aliases.filter { $0.hasPrefix("*") }.map { TextNormalizer.tokens(String($0.dropFirst())) })
            let names = starred.contains(TextNormalizer.tokens(canonical)) ? aliases : aliases + [canonical]
            for alias in names {
                let needsMake = alias.hasPrefix("*")
                let name = needsMake ? String(alias.dropFirst()) : alias
                for variant in Self.variants(of: name) {
                    if needsMake {
                        // "kia rio", "peugeot 2008": the make right before the model.
                        for make in makeAliases { matcher.add(make + variant, value: hit, priority: 2) }
                    } else {
                        targets.formUnion(variant)
                        matcher.add(variant, value: hit, priority: 1)
                    }
                }
            }
        }
        self.matcher = matcher
        self.correctionTargets = targets
    }

    /// The alias as messages normalize it, plus its run-together and split-apart
    /// spellings: "cr-v" is also "crv", "rav4" is also "rav 4", "santa fe" "santafe".
    /// A split is kept only when normalizing leaves its words alone, so "x5" does not
    /// become "por 5", and a run-together spelling only when it is not a Spanish word.
    static func variants(of alias: String) -> [[String]] {
        let normalized = TextNormalizer.tokens(alias)
        guard !normalized.isEmpty else { return [] }
        var result = [normalized]
        let raw = alias.lowercased()
        let joined = raw.filter { $0 != " " && $0 != "-" }
        // "clase s" run together is "clases", an everyday word, not the S-Class.
        if normalized.count > 1, !everydayWords.contains(joined) {
            result.append(TextNormalizer.tokens(joined))
        }
        if let split = splitLettersFromDigits(joined) {
            let tokens = TextNormalizer.tokens(split)
            if tokens == split.split(separator: " ").map(String.init) { result.append(tokens) }
        }
        var unique: [[String]] = []
        for variant in result where !unique.contains(variant) { unique.append(variant) }
        return unique
    }

    /// Run-together aliases that are ordinary Spanish words.
    private static let everydayWords: Set<String> = ["clases"]

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }

    /// "rav4" → "rav 4", "cs55" → "cs 55"; nil when there is no letters-then-digits seam.
    private static func splitLettersFromDigits(_ word: String) -> String? {
        let characters = Array(word)
        guard let seam = characters.indices.dropFirst().first(where: { characters[$0].isNumber && characters[$0 - 1].isLetter }),
              characters[..<seam].allSatisfy(\.isLetter), characters[seam...].allSatisfy(\.isNumber) else { return nil }
        // "a 3" and "e 300" read as Spanish ("de 2 a 3 millones"), not as the A3 or E300.
        if seam == 1, "aeiouy".contains(characters[0]) { return nil }
        return String(characters[..<seam]) + " " + String(characters[seam...])
    }
}

