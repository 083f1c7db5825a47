/// A byte trie from folded words (`a`–`z`) to the lexicon concepts they belong to. Entries
/// are whole words ("instrucciones") or stems ("instruc*") so that one entry covers every
/// Spanish inflection; walking the trie once per token finds both kinds.
struct ConceptTrie: Sendable {
    private static let fanout = 26

    /// `fanout` child slots per node; 0 means no child (the root is never anyone's child).
    private var children: [Int32]
    private var exact: [ConceptSet]
    private var prefix: [ConceptSet]

    init() {
        children = Array(repeating: 0, count: Self.fanout)
        exact = [ConceptSet()]
        prefix = [ConceptSet()]
    }

    mutating func insert(_ word: [UInt8], concept: Int, isStem: Bool) {
        var node = 0
        for byte in word {
            let slot = node * Self.fanout + Int(byte - UInt8(ascii: "a"))
            if children[slot] == 0 {
                children[slot] = Int32(exact.count)
                children.append(contentsOf: repeatElement(0, count: Self.fanout))
                exact.append(ConceptSet())
                prefix.append(ConceptSet())
            }
            node = Int(children[slot])
        }
        if isStem {
            prefix[node].insert(concept)
        } else {
            exact[node].insert(concept)
        }
    }

    /// Concepts of a whole token; `*` in the token matches any one letter ("p*ta").
    func lookup(_ word: ArraySlice<UInt8>) -> ConceptSet {
        var found = ConceptSet()
        walk(word, from: word.startIndex, node: 0, found: &found)
        return found
    }

    private func walk(_ word: ArraySlice<UInt8>, from index: Int, node: Int, found: inout ConceptSet) {
        if node != 0 { found.formUnion(prefix[node]) }
        guard index < word.endIndex else {
            found.formUnion(exact[node])
            return
        }
        let byte = word[index]
        if byte == UInt8(ascii: "*") {
            for letter in 0..<Self.fanout {
                let child = Int(children[node * Self.fanout + letter])
                if child != 0 { walk(word, from: index + 1, node: child, found: &found) }
            }
            return
        }
        guard SafetyTokenizer.isLetter(byte) else { return }
        let child = Int(children[node * Self.fanout + Int(byte - UInt8(ascii: "a"))])
        if child != 0 { walk(word, from: index + 1, node: child, found: &found) }
    }

    /// The longest entry that starts at `start` inside a run-together word
    /// ("ignoratodastusinstrucciones"): its end and concepts.
    func longestEntry(in word: [UInt8], from start: Int) -> (end: Int, concepts: ConceptSet)? {
        var node = 0
        var best: (end: Int, concepts: ConceptSet)?
        var stems = ConceptSet()
        var index = start
        while index < word.count, SafetyTokenizer.isLetter(word[index]) {
            let child = Int(children[node * Self.fanout + Int(word[index] - UInt8(ascii: "a"))])
            if child == 0 { break }
            node = child
            index += 1
            stems.formUnion(prefix[node])
            if !prefix[node].isEmpty || !exact[node].isEmpty {
                var concepts = stems
                concepts.formUnion(exact[node])
                best = (index, concepts)
            }
        }
        return best
    }
}
