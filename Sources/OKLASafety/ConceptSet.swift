/// A fixed-size bit set of lexicon concepts (up to 512), so that testing whether a token
/// fits a rule step is a few vector operations instead of string comparisons.
struct ConceptSet: Sendable, Equatable {
    static let capacity = 512

    private var bits = SIMD8<UInt64>(repeating: 0)

    init() {}

    init(_ id: Int) {
        insert(id)
    }

    var isEmpty: Bool { bits == .zero }

    mutating func insert(_ id: Int) {
        precondition(id >= 0 && id < Self.capacity, "a grammar may define at most \(Self.capacity) concepts")
        bits[id >> 6] |= UInt64(1) << UInt64(id & 63)
    }

    func intersects(_ other: ConceptSet) -> Bool {
        (bits & other.bits) != .zero
    }

    func isSuperset(of other: ConceptSet) -> Bool {
        (bits & other.bits) == other.bits
    }

    mutating func formUnion(_ other: ConceptSet) {
        bits |= other.bits
    }
}
