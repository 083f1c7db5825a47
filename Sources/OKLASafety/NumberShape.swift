/// Decides what each part of a `DigitCluster` is from how it is written: digit count,
/// grouping, check digit and the words before it. A cluster can hold several numbers when
/// the buyer separates them with spaces only ("cédula 001 1391820 5 809 555 1234").
enum NumberShape {
    struct Match {
        var range: Range<Int>
        /// nil for a phone number, which is kept (but claims its digits).
        var kind: PIIFinding.Kind?
    }

    /// WhatsApp numbers ("18095551234") are 11 digits like a cédula.
    private static let dominicanTrunks: [[UInt8]] = ["1809", "1829", "1849"].map { Array($0.utf8) }

    /// Words after a number that make it an amount or a measure, never an account.
    private static let measures: Set<[UInt8]> = Set([
        "km", "kms", "kilometros", "millas", "mi", "mil", "millones", "millon", "pesos", "dolares", "k", "m", "meses", "anos",
    ].map { Array($0.utf8) })

    static func matches(in cluster: DigitCluster, bytes: [UInt8], context: PIIContext?) -> [Match] {
        var matches: [Match] = []
        var first = 0
        let groups = cluster.groups
        while first < groups.count {
            var matched = false
            // Longest reading first, so "4111 1111 1111 1111" is one card, not four numbers.
            for end in stride(from: min(groups.count, first + 6), to: first, by: -1) {
                let part = Array(groups[first..<end])
                let kind = classify(part, bytes: bytes, context: first == 0 ? context : nil, international: first == 0 && cluster.international)
                guard let kind else { continue }
                matches.append(Match(range: part[0].lowerBound..<part[part.count - 1].upperBound, kind: kind.pii))
                first = end
                matched = true
                break
            }
            if !matched { first += 1 }
        }
        return matches
    }

    /// What a run of groups is; `.phone` claims the digits without redacting them.
    private enum Reading {
        case phone
        case pii(PIIFinding.Kind)

        var pii: PIIFinding.Kind? {
            if case .pii(let kind) = self { return kind }
            return nil
        }
    }

    private static func classify(_ groups: [Range<Int>], bytes: [UInt8], context: PIIContext?, international: Bool) -> Reading? {
        let digits = groups.flatMap { bytes[$0] }
        let lengths = groups.map(\.count)
        // Everything written between groups ("-", " - ", " ").
        let separators = zip(groups, groups.dropFirst()).flatMap { bytes[$0.upperBound..<$1.lowerBound] }
        switch context {
        case .cedula where digits.count == 11:
            return .pii(Luhn.isValid(digits) ? .cedula : .cedulaUnverified)
        case .card where (13...19).contains(digits.count), .securityCode where (3...4).contains(digits.count):
            return .pii(.card)
        case .account where isAccount(digits: digits.count, separators: separators, groups: groups, bytes: bytes):
            return .pii(.bankAccount)
        default:
            break
        }
        if international { return .phone }
        if digits.count == 11, [[11], [3, 7, 1], [3, 8], [10, 1]].contains(lengths) {
            if lengths == [11], dominicanTrunks.contains(where: { digits.starts(with: $0) }) { return .phone }
            return .pii(Luhn.isValid(digits) ? .cedula : .cedulaUnverified)
        }
        if (13...19).contains(digits.count), isCardGrouping(lengths), Luhn.isValid(digits) {
            return .pii(.card)
        }
        return isPhoneGrouping(lengths, digits: digits) ? .phone : nil
    }

    /// "4111111111111111", "4111 1111 1111 1111", "3782 822463 10005".
    private static func isCardGrouping(_ lengths: [Int]) -> Bool {
        if lengths.count == 1 || lengths == [4, 6, 5] || lengths == [4, 6, 4] { return true }
        return lengths.count >= 3 && lengths.dropLast().allSatisfy { $0 == 4 } && (1...4).contains(lengths[lengths.count - 1])
    }

    private static func isPhoneGrouping(_ lengths: [Int], digits: [UInt8]) -> Bool {
        let first = digits.first ?? UInt8(ascii: "0")
        switch lengths {
        case [3, 3, 4], [3, 7], [10]: return first >= UInt8(ascii: "2")
        case [1, 3, 3, 4], [4, 3, 4], [11]: return first == UInt8(ascii: "1")
        default: return false
        }
    }

    /// Accounts run from 6 digits (with dashes, "24-0056789-1") to IBAN-like lengths; a
    /// number followed by "km" or "mil", or right after "$", is an amount.
    private static func isAccount(digits: Int, separators: [UInt8], groups: [Range<Int>], bytes: [UInt8]) -> Bool {
        let dashed = separators.contains(UInt8(ascii: "-"))
        guard (dashed ? 6 : 8)...24 ~= digits else { return false }
        var before = groups[0].lowerBound - 1
        while before >= 0 && bytes[before] == UInt8(ascii: " ") { before -= 1 }
        if before >= 0 && bytes[before] == UInt8(ascii: "$") { return false }
        var after = groups[groups.count - 1].upperBound
        while after < bytes.count && bytes[after] == UInt8(ascii: " ") { after += 1 }
        if after < bytes.count && bytes[after] == UInt8(ascii: "%") { return false }
        var word: [UInt8] = []
        while after < bytes.count && SafetyTokenizer.isLetter(bytes[after]) {
            word.append(bytes[after])
            after += 1
        }
        return !measures.contains(word)
    }
}
