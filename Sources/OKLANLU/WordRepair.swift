/// Repairs misspelled request words ("garanita", "rebjar", "etlefono") so that a typo in
/// the one word that carries a request does not hide it: character n-grams only partly
/// survive a swapped or dropped letter, and word and concept features not at all.
///
/// Only `IntentCues` words, and the model's words that extend a cue stem ("financian" of
/// "financ*"), are repair targets. A word the model knows is never touched, nor is any
/// other Spanish word (`IntentProtectedWords`): "compraron" must not become "compran".
struct WordRepair: Sendable {
    private let known: Set<String>
    private let speller: SpellingCorrector

    /// `known`: the words the model has features for.
    init(known: Set<String>) {
        self.known = known
        let stemmed = known.filter { word in IntentCues.cueStems.contains { word.hasPrefix($0) } }
        speller = SpellingCorrector(vocabulary: IntentCues.cueWords.union(stemmed), protected: IntentProtectedWords.all)
    }

    func repaired(_ tokens: [String]) -> [String] {
        tokens.map { known.contains($0) ? $0 : speller.correction(for: $0) ?? $0 }
    }

    /// Words that occur in at least `minimumCount` of the messages: the ones that become
    /// word features when the model is trained.
    static func knownWords(_ messages: [[String]], minimumCount: Int) -> Set<String> {
        var counts: [String: Int] = [:]
        for tokens in messages {
            for token in Set(tokens) { counts[token, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= minimumCount }.keys)
    }
}
