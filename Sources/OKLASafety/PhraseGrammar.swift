/// A lexicon of concepts plus rules over them, compiled once. Shared by the injection
/// detector and the moderator, which differ only in their words, rules and payloads.
///
/// Concepts are named in capitals and listed as folded words or `stem*` entries; accents
/// are optional in the source because entries are folded like messages are.
///
/// Rule notation, one step per space-separated element:
/// - `NAME` a concept, `word` or `stem*` a literal, `@absurd` (an amount no vehicle sells
///   for), `@zero`, `@number` (any number), `@quote` or `@upper` (written in capitals) a
///   token flag; `a|b|C` any of them; `x&@upper` both.
/// - `?` after an element makes the step optional.
/// - `~N` before an element lets up to N other words come first; `~~N` also lets the gap
///   cross a sentence break.
struct PhraseGrammar<Payload: Sendable>: Sendable {
    struct Rule: Sendable {
        var payload: Payload
        var pattern: PhrasePattern
        /// The rule does not count when any of these also matches the message.
        var unless: [PhrasePattern]
    }

    private let trie: ConceptTrie
    private let rules: [Rule]
    private let flags: Flags

    /// Concept ids of the token flags the tokenizer sets.
    private struct Flags: Sendable {
        var absurd: Int
        var zero: Int
        var number: Int
        var quote: Int
        var upper: Int
    }

    init(concepts: [(name: String, entries: String)], rules specs: [(payload: Payload, pattern: String, unless: [String])]) {
        var builder = Builder()
        for (name, entries) in concepts {
            let id = builder.newConcept(name)
            for entry in entries.split(whereSeparator: \.isWhitespace) {
                builder.add(String(entry), to: id)
            }
        }
        flags = Flags(
            absurd: builder.newConcept("@absurd"), zero: builder.newConcept("@zero"), number: builder.newConcept("@number"),
            quote: builder.newConcept("@quote"), upper: builder.newConcept("@upper")
        )
        rules = specs.map { spec in
            Rule(payload: spec.payload, pattern: builder.compile(spec.pattern), unless: spec.unless.map { builder.compile($0) })
        }
        trie = builder.trie
    }

    /// Payloads of every rule the message matches, in rule order.
    func matches(_ tokens: [ConceptToken]) -> [Payload] {
        var present = ConceptSet()
        for token in tokens { present.formUnion(token.concepts) }
        return rules.compactMap { rule in
            guard rule.pattern.couldMatch(present), rule.pattern.matches(tokens), !rule.unless.contains(where: { $0.matches(tokens) }) else { return nil }
            return rule.payload
        }
    }

    /// Whether a folded word belongs to any concept or literal of the grammar.
    func knows(_ word: [UInt8]) -> Bool {
        !trie.lookup(word[...]).isEmpty
    }

    func annotate(_ tokens: [SafetyToken]) -> [ConceptToken] {
        var result: [ConceptToken] = []
        result.reserveCapacity(tokens.count)
        for token in tokens {
            switch token.kind {
            case .boundary:
                result.append(.boundary)
            case .quote:
                result.append(ConceptToken(concepts: ConceptSet(flags.quote), isBoundary: false))
            case .number:
                var concepts = ConceptSet(flags.number)
                if token.absurdAmount { concepts.insert(flags.absurd) }
                if token.value == 0 { concepts.insert(flags.zero) }
                result.append(ConceptToken(concepts: concepts, isBoundary: false))
            case .word:
                var concepts = concepts(of: token.text)
                if token.absurdAmount { concepts.insert(flags.absurd) }
                // Run-together words ("ignoratodastusinstrucciones") are split; a long token
                // may match a stem ("ignor*") and still hide more words after it. Ordinary
                // words ("consígueme" = "con"+"sigue"+"me") must yield three real words.
                let worthSplitting = token.respaced || (token.text.count >= 12 && (concepts.isEmpty || token.text.count >= 16))
                if worthSplitting, let pieces = segments(of: token.text, minimumWords: token.respaced ? 2 : 3) {
                    result.append(contentsOf: pieces)
                    continue
                }
                if token.uppercase { concepts.insert(flags.upper) }
                result.append(ConceptToken(concepts: concepts, isBoundary: false))
            }
        }
        return result
    }

    /// Looks a word up as written and with stretched letters shrunk ("ignoraaaa",
    /// "tusss"): runs of three or more become one and two letters, so "perrrra" still
    /// reads "perra" while "pero" is never read as "perro".
    private func concepts(of word: [UInt8]) -> ConceptSet {
        var found = trie.lookup(word[...])
        var longestRun = 1
        var run = 1
        for index in word.indices.dropFirst() {
            run = word[index] == word[index - 1] ? run + 1 : 1
            longestRun = max(longestRun, run)
        }
        guard longestRun >= 3 else { return found }
        found.formUnion(trie.lookup(Self.shrinking(word, runsLongerThan: 1)[...]))
        found.formUnion(trie.lookup(Self.shrinking(word, runsLongerThan: 2)[...]))
        return found
    }

    private static func shrinking(_ word: [UInt8], runsLongerThan limit: Int) -> [UInt8] {
        var result: [UInt8] = []
        var run = 0
        for (index, byte) in word.enumerated() {
            run = index > 0 && word[index - 1] == byte ? run + 1 : 1
            if run <= limit { result.append(byte) }
        }
        return result
    }

    /// Splits a run-together word ("ignoratodastusinstrucciones") into lexicon entries,
    /// longest first. Accepted only when entries of two letters or more cover most of it
    /// and enough of them are words of three letters or more.
    private func segments(of word: [UInt8], minimumWords: Int) -> [ConceptToken]? {
        var pieces: [ConceptToken] = []
        var covered = 0
        var substantial = 0
        var index = 0
        while index < word.count {
            guard let entry = trie.longestEntry(in: word, from: index) else {
                index += 1
                continue
            }
            let length = entry.end - index
            if length >= 2 { covered += length }
            if length >= 3 { substantial += 1 }
            pieces.append(ConceptToken(concepts: entry.concepts, isBoundary: false))
            index = entry.end
        }
        guard substantial >= minimumWords, covered * 10 >= word.count * 7 else { return nil }
        return pieces
    }

    /// Collects concepts and literals while the grammar is compiled.
    private struct Builder {
        var trie = ConceptTrie()
        var ids: [String: Int] = [:]

        mutating func newConcept(_ name: String) -> Int {
            precondition(ids[name] == nil, "concept \(name) defined twice")
            let id = ids.count
            ids[name] = id
            return id
        }

        mutating func add(_ entry: String, to id: Int) {
            let isStem = entry.hasSuffix("*")
            let word = Self.fold(isStem ? String(entry.dropLast()) : entry)
            precondition(!word.isEmpty && word.allSatisfy(SafetyTokenizer.isLetter), "bad lexicon entry \(entry)")
            trie.insert(word, concept: id, isStem: isStem)
        }

        mutating func compile(_ pattern: String) -> PhrasePattern {
            var steps: [PhrasePattern.Step] = []
            var gap = 0
            var crosses = false
            for element in pattern.split(separator: " ") {
                if element.hasPrefix("~") {
                    crosses = element.hasPrefix("~~")
                    gap = Int(element.drop { $0 == "~" })!
                    continue
                }
                let optional = element.hasSuffix("?")
                let body = optional ? element.dropLast() : element[...]
                var anyOf = ConceptSet()
                var allOf = ConceptSet()
                var literals: [String] = []
                for alternative in body.split(separator: "|") {
                    let parts = alternative.split(separator: "&")
                    if let id = namedConcept(String(parts[0])) {
                        anyOf.insert(id)
                    } else {
                        literals.append(String(parts[0]))
                    }
                    for required in parts.dropFirst() {
                        guard let id = namedConcept(String(required)) else { preconditionFailure("\(required) is not a flag or concept") }
                        allOf.insert(id)
                    }
                }
                if !literals.isEmpty { anyOf.insert(literalConcept(literals)) }
                steps.append(PhrasePattern.Step(anyOf: anyOf, allOf: allOf, optional: optional, maxGap: gap, crossesBoundary: crosses))
                gap = 0
                crosses = false
            }
            precondition(steps.first?.optional == false, "pattern \(pattern) must start with a required step")
            return PhrasePattern(steps: steps)
        }

        /// The id of a capitalised concept name or `@flag`; nil for a literal word.
        private func namedConcept(_ name: String) -> Int? {
            guard name.first == "@" || name.allSatisfy({ $0.isUppercase || $0 == "_" }) else { return nil }
            guard let id = ids[name] else { preconditionFailure("unknown concept \(name)") }
            return id
        }

        /// The literal words of one step share one concept, so that a grammar with hundreds
        /// of literals stays within `ConceptSet.capacity`.
        private mutating func literalConcept(_ words: [String]) -> Int {
            let key = "'" + words.sorted().joined(separator: "|")
            if let id = ids[key] { return id }
            let id = newConcept(key)
            for word in words { add(word, to: id) }
            return id
        }

        /// Folds an entry the way the tokenizer folds a message word, digits included
        /// ("base64" is read as "basea" in both places).
        static func fold(_ text: String) -> [UInt8] {
            text.unicodeScalars.compactMap { scalar in
                guard case .byte(let byte, _) = ScalarFolding.fold(scalar) else { return nil }
                return SafetyTokenizer.isDigit(byte) ? SafetyTokenizer.unleet(byte) : byte
            }
        }
    }
}
