/// Finds the longest known phrase starting at a token: multi-word names ("land cruiser
/// prado", "de segunda") are looked up by their first token, then compared word by word.
struct PhraseMatcher<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var tokens: [String]
        var value: Value
        var priority: Int
    }

    private var byFirstToken: [String: [Entry]] = [:]

    /// Registers `tokens`. When two values share a phrase, the higher priority wins and
    /// ties keep the first one, so the listing order decides and the result is stable.
    mutating func add(_ tokens: [String], value: Value, priority: Int = 0) {
        guard let first = tokens.first else { return }
        var entries = byFirstToken[first, default: []]
        if let existing = entries.firstIndex(where: { $0.tokens == tokens }) {
            if entries[existing].priority < priority { entries[existing] = Entry(tokens: tokens, value: value, priority: priority) }
        } else {
            entries.append(Entry(tokens: tokens, value: value, priority: priority))
            entries.sort { $0.tokens.count > $1.tokens.count }
        }
        byFirstToken[first] = entries
    }

    /// The longest phrase starting at `index`, with its length in tokens.
    func match(_ tokens: [String], at index: Int) -> (length: Int, value: Value)? {
        guard let entries = byFirstToken[tokens[index]] else { return nil }
        for entry in entries where index + entry.tokens.count <= tokens.count {
            var matches = true
            for offset in 1..<entry.tokens.count where tokens[index + offset] != entry.tokens[offset] {
                matches = false
                break
            }
            if matches { return (entry.tokens.count, entry.value) }
        }
        return nil
    }

    /// Every token that starts or continues a phrase, for spelling correction.
    var vocabulary: Set<String> {
        Set(byFirstToken.values.flatMap { $0.flatMap(\.tokens) })
    }
}
