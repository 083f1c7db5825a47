/// Word-sequence tests the extraction rules are written with.
enum TokenPattern {
    /// Whether `phrase` sits immediately before `index`.
    static func ends(_ tokens: [String], before index: Int, with phrase: [String]) -> Bool {
        let start = index - phrase.count
        guard start >= 0 else { return false }
        for offset in phrase.indices where tokens[start + offset] != phrase[offset] { return false }
        return true
    }

    /// Whether `phrase` starts at `index`.
    static func starts(_ tokens: [String], at index: Int, with phrase: [String]) -> Bool {
        guard index >= 0, index + phrase.count <= tokens.count else { return false }
        for offset in phrase.indices where tokens[index + offset] != phrase[offset] { return false }
        return true
    }

    /// The longest phrase of `phrases` that sits immediately before `index`.
    static func longestEnding(_ tokens: [String], before index: Int, in phrases: [[String]]) -> [String]? {
        phrases.filter { ends(tokens, before: index, with: $0) }.max { $0.count < $1.count }
    }

    static func anyEnding(_ tokens: [String], before index: Int, in phrases: [[String]]) -> Bool {
        phrases.contains { ends(tokens, before: index, with: $0) }
    }

    static func anyStarting(_ tokens: [String], at index: Int, in phrases: [[String]]) -> Bool {
        phrases.contains { starts(tokens, at: index, with: $0) }
    }
}
