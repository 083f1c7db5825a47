import OKLACore

/// What a buyer rules out ("que no sea toyota", "ni yipeta ni camioneta", "no sé manejar
/// mecánico"): one `Entities` per thing, so a search can drop every vehicle matching any,
/// and the tokens that said it, so a lexical search does not look for those words.
struct Exclusions: Sendable, Equatable {
    var entities: [Entities] = []
    var spans: [Range<Int>] = []

    mutating func add(_ entities: Entities, span: Range<Int>) {
        if !self.entities.contains(entities) { self.entities.append(entities) }
        spans.append(span)
    }
}

extension EntityExtractor {
    /// Where the negation of the mention at `index` starts, or nil when nothing negates it.
    /// A bare "no" is as often an answer ("no, la automática", "no, toyota") as a negation:
    /// it counts only right before an attribute (`bareNo`), never before a name.
    func negationStart(_ tokens: [String], at index: Int, bareNo: Bool = true) -> Int? {
        var end = index
        // "no quiero una de gas": up to two fillers between the negation and the mention.
        for _ in 0...2 {
            let allowed = bareNo && end == index ? CueWords.negations : CueWords.wordyNegations
            if let phrase = TokenPattern.longestEnding(tokens, before: end, in: allowed) {
                let start = end - phrase.count
                // "no no, la quiero automática": the first "no" answers something else.
                if phrase.count > 1, start > 0, tokens[start - 1] == "no" { return nil }
                return start
            }
            guard end > 0, CueWords.negationFillers.contains(tokens[end - 1]) else { return nil }
            end -= 1
        }
        return nil
    }

    /// Whether words right after a vehicle or make carry the negation instead of it. A budget
    /// ("que no sea toyota de menos de 2 palos") is the whole search's, not the negation's.
    func isQualified(_ tokens: [String], after end: Int) -> Bool {
        guard end < tokens.count, CueWords.qualifiersAfter.contains(tokens[end]) else { return false }
        let budget = end + 1 < tokens.count && ["de", "del"].contains(tokens[end]) && Self.budgetOpeners.contains(tokens[end + 1])
        return !budget
    }

    private static let budgetOpeners: Set<String> = ["menos", "hasta", "maximo", "max", "bajo"]
}
