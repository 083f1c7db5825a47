/// A token reduced to what rules test: the concepts it belongs to, or a sentence break.
struct ConceptToken: Sendable {
    var concepts: ConceptSet
    var isBoundary: Bool

    static let boundary = ConceptToken(concepts: ConceptSet(), isBoundary: true)
}
