/// Repairs misspelled vehicle words ("tucsom", "wrangel", "automatca") so the phrase
/// matchers can find them. Candidates come from a symmetric-delete index (every
/// spelling with up to two letters removed), so a look-up costs a few dozen hash
/// probes instead of an edit-distance pass over the whole vocabulary.
///
/// Only words of five letters or more are touched, one edit allowed below eight
/// letters and two from eight up, and never a word in `protected`: ordinary Spanish
/// that sits one letter away from a model name ("entra"/Sentra, "piloto"/Pilot).
struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let deletions: [String: [String]]
    private let protected: Set<String>

    init(vocabulary words: Set<String>, protected: Set<String>) {
        let eligible = words.filter { $0.count >= 5 && $0.utf8.allSatisfy(ScalarFolding.isLetter) }
        var deletions: [String: [String]] = [:]
        for word in eligible.sorted() {
            for variant in Self.deletions(of: Array(word.utf8), depth: 2) {
                deletions[variant, default: []].append(word)
            }
        }
        self.vocabulary = Set(words)
        self.deletions = deletions
        self.protected = protected
    }

    /// The vocabulary word `token` most likely stands for, or nil to leave it as is.
    func correction(for token: String) -> String? {
        let bytes = Array(token.utf8)
        guard bytes.count >= 5, !vocabulary.contains(token), !protected.contains(token),
              bytes.allSatisfy(ScalarFolding.isLetter) else { return nil }
        let allowed = bytes.count >= 8 ? 2 : 1
        var best: (word: String, distance: Int)?
        for variant in Self.deletions(of: bytes, depth: allowed) {
            for candidate in deletions[variant] ?? [] {
                let distance = Self.editDistance(bytes, Array(candidate.utf8))
                guard distance <= allowed else { continue }
                if let current = best, current.distance < distance || (current.distance == distance && current.word <= candidate) {
                    continue
                }
                best = (candidate, distance)
            }
        }
        return best?.word
    }

    /// The word itself and every spelling with up to `depth` letters removed.
    private static func deletions(of word: [UInt8], depth: Int) -> Set<String> {
        var result: Set<String> = [String(decoding: word, as: UTF8.self)]
        var frontier: Set<[UInt8]> = [word]
        for _ in 0..<depth {
            var next: Set<[UInt8]> = []
            for item in frontier where item.count > 1 {
                for index in item.indices {
                    var shorter = item
                    shorter.remove(at: index)
                    next.insert(shorter)
                }
            }
            for item in next { result.insert(String(decoding: item, as: UTF8.self)) }
            frontier = next
        }
        return result
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
