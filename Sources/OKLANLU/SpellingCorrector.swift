/// Repairs misspelled vehicle words ("tucsom", "wrangel", "automatca") so the phrase
/// matchers can find them. Candidates come from a symmetric-delete index: every
/// vocabulary word is stored under the hashes of its spellings with up to two letters
/// removed, so a look-up hashes the token's own deletions (no allocation) and only
/// verifies the few words that share one.
///
/// Only words of five letters or more are touched, one edit allowed below eight
/// letters and two from eight up, and never a word in `protected`: ordinary Spanish
/// that sits one letter away from a model name ("entra"/Sentra, "piloto"/Pilot).
struct SpellingCorrector: Sendable {
    private let words: [[UInt8]]
    private let vocabulary: Set<String>
    private let index: [UInt64: [Int32]]
    private let protected: Set<String>

    init(vocabulary: Set<String>, protected: Set<String>) {
        let eligible = vocabulary.filter { $0.count >= 5 && $0.utf8.allSatisfy(ScalarFolding.isLetter) }.sorted()
        var index: [UInt64: [Int32]] = [:]
        for (position, word) in eligible.enumerated() {
            Self.forEachDeletion(of: Array(word.utf8), depth: 2) { hash in
                if index[hash]?.last != Int32(position) { index[hash, default: []].append(Int32(position)) }
            }
        }
        self.words = eligible.map { Array($0.utf8) }
        self.vocabulary = vocabulary
        self.index = index
        self.protected = protected
    }

    /// The vocabulary word `token` most likely stands for, or nil to leave it as is.
    func correction(for token: String) -> String? {
        let bytes = Array(token.utf8)
        guard bytes.count >= 5, bytes.allSatisfy(ScalarFolding.isLetter), !vocabulary.contains(token),
              !protected.contains(token) else { return nil }
        let allowed = bytes.count >= 8 ? 2 : 1
        var candidates: [Int32] = []
        Self.forEachDeletion(of: bytes, depth: allowed) { hash in
            for candidate in index[hash] ?? [] where !candidates.contains(candidate) { candidates.append(candidate) }
        }
        var best: (word: [UInt8], distance: Int)?
        for candidate in candidates {
            let word = words[Int(candidate)]
            guard abs(word.count - bytes.count) <= allowed else { continue }
            let distance = Self.editDistance(bytes, word)
            guard distance <= allowed else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.word.lexicographicallyPrecedes(word)) {
                continue
            }
            best = (word, distance)
        }
        return best.map { String(decoding: $0.word, as: UTF8.self) }
    }

    /// Calls `body` with the hash of the word and of each spelling with up to `depth`
    /// letters removed (some spellings more than once).
    private static func forEachDeletion(of word: [UInt8], depth: Int, _ body: (UInt64) -> Void) {
        body(FeatureHash.fnv1a(word))
        let count = word.count
        for first in 0..<count {
            body(hash(word, skipping: first, first))
            guard depth >= 2 else { continue }
            for second in (first + 1)..<count {
                body(hash(word, skipping: first, second))
            }
        }
    }

    private static func hash(_ word: [UInt8], skipping first: Int, _ second: Int) -> UInt64 {
        var hash = FeatureHash.offsetBasis
        for index in word.indices where index != first && index != second {
            hash = FeatureHash.step(hash, word[index])
        }
        return hash
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and
    /// swaps of neighbours each cost one ("toyta", "tucsno").
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
