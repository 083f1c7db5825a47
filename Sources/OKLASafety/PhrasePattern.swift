/// A compiled rule pattern: a sequence of steps, each a set of acceptable concepts, with a
/// bounded number of other words allowed before it. Patterns are written in a tiny
/// notation (see `PhraseGrammar`) so the rules read like the phrases they catch.
struct PhrasePattern: Sendable {
    struct Step: Sendable {
        /// The token must belong to one of these concepts…
        var anyOf: ConceptSet
        /// …and to all of these (used for flags such as "written in capitals").
        var allOf: ConceptSet
        var optional: Bool
        /// Other words that may come between the previous step and this one.
        var maxGap: Int
        /// Whether the gap may span a sentence break.
        var crossesBoundary: Bool

        func accepts(_ token: ConceptToken) -> Bool {
            !token.isBoundary && token.concepts.intersects(anyOf) && token.concepts.isSuperset(of: allOf)
        }
    }

    var steps: [Step]

    /// Whether every required step has a token somewhere in a message whose tokens
    /// together belong to `present`; most rules fail this cheap test and are skipped.
    func couldMatch(_ present: ConceptSet) -> Bool {
        steps.allSatisfy { $0.optional || (present.intersects($0.anyOf) && present.isSuperset(of: $0.allOf)) }
    }

    func matches(_ tokens: [ConceptToken]) -> Bool {
        guard let first = steps.first else { return false }
        for start in tokens.indices where first.accepts(tokens[start]) {
            if match(step: 1, from: start + 1, extraGap: 0, in: tokens) { return true }
        }
        return false
    }

    private func match(step index: Int, from position: Int, extraGap: Int, in tokens: [ConceptToken]) -> Bool {
        guard index < steps.count else { return true }
        let step = steps[index]
        let allowed = step.maxGap + extraGap
        var cursor = position
        var skipped = 0
        while cursor < tokens.count && skipped <= allowed {
            let token = tokens[cursor]
            if token.isBoundary {
                guard step.crossesBoundary else { break }
            } else {
                if step.accepts(token) && match(step: index + 1, from: cursor + 1, extraGap: 0, in: tokens) { return true }
                skipped += 1
            }
            cursor += 1
        }
        // A missing optional step lends its gap to the next one.
        return step.optional && match(step: index + 1, from: position, extraGap: allowed, in: tokens)
    }
}
