/// Which tokens of a message an extraction pass has already explained, and what the
/// intent model should see in their place.
struct TokenClaims: Sendable {
    static let makeMask = "xmarca"
    static let modelMask = "xmodelo"
    static let yearMask = "xano"
    static let amountMask = "xprecio"
    static let phoneMask = "xtelefono"
    static let emailMask = "xcorreo"
    static let numberMask = "xnum"

    private(set) var taken: [Bool]
    private var spanEnd: [Int]
    private var spanMask: [String?]

    init(count: Int) {
        taken = [Bool](repeating: false, count: count)
        spanEnd = [Int](repeating: -1, count: count)
        spanMask = [String?](repeating: nil, count: count)
    }

    func isFree(_ range: Range<Int>) -> Bool {
        range.allSatisfy { !taken[$0] }
    }

    /// Marks `range` explained; with a mask, the model sees that one word instead.
    mutating func claim(_ range: Range<Int>, mask: String?) {
        guard !range.isEmpty else { return }
        for index in range { taken[index] = true }
        if let mask {
            spanEnd[range.lowerBound] = range.upperBound
            spanMask[range.lowerBound] = mask
        }
    }

    /// The tokens with every masked span collapsed to its mask and any other number
    /// written in digits replaced by `numberMask`.
    func masked(_ tokens: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            if let mask = spanMask[index] {
                out.append(mask)
                index = spanEnd[index]
                continue
            }
            let token = tokens[index]
            let isNumber = token.utf8.first.map(ScalarFolding.isDigit) == true
                && token.utf8.allSatisfy { ScalarFolding.isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "-") }
            out.append(isNumber ? Self.numberMask : token)
            index += 1
        }
        return out
    }
}
