/// Digit groups written as one number ("001-1391820-5", "4111 1111 1111 1111",
/// "(809) 555-1234"): groups joined by a space, dash or dot. Numbers glued to letters
/// (plates "A123456", VINs, passports) are never clusters.
struct DigitCluster {
    /// Folded-byte ranges of the digit groups.
    var groups: [Range<Int>]
    /// "+" written right before the number: an international phone number.
    var international: Bool

    var range: Range<Int> { groups[0].lowerBound..<groups[groups.count - 1].upperBound }

    static func scan(_ bytes: [UInt8]) -> [DigitCluster] {
        var clusters: [DigitCluster] = []
        var index = 0
        let count = bytes.count
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < count && SafetyTokenizer.isDigit(bytes[i]) }
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < count && SafetyTokenizer.isLetter(bytes[i]) }

        while index < count {
            let areaCode = bytes[index] == UInt8(ascii: "(") && isDigit(index + 1) && isDigit(index + 2) && isDigit(index + 3)
                && index + 4 < count && bytes[index + 4] == UInt8(ascii: ")")
            guard areaCode || isDigit(index) else {
                index += 1
                continue
            }
            let start = index
            var groups: [Range<Int>] = []
            var cursor = index
            if areaCode {
                groups.append((index + 1)..<(index + 4))
                cursor = index + 5
                if cursor < count, bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "-"), isDigit(cursor + 1) { cursor += 1 }
            }
            while isDigit(cursor) {
                let groupStart = cursor
                while isDigit(cursor) { cursor += 1 }
                groups.append(groupStart..<cursor)
                guard let next = separatorEnd(from: cursor, in: bytes), isDigit(next) else { break }
                cursor = next
            }
            index = max(cursor, start + 1)
            guard !groups.isEmpty, !isLetter(start - 1), !isDigit(start - 1), !isLetter(groups[groups.count - 1].upperBound) else { continue }
            let international = start > 0 && bytes[start - 1] == UInt8(ascii: "+")
            clusters.append(DigitCluster(groups: groups, international: international))
        }
        return clusters
    }

    /// Where the next group starts after a separator: one space, dash or dot, or up to
    /// three characters of spaces around at most one dash or dot ("001 - 1391820 - 5",
    /// "4111  1111"). nil when there is no separator at `start`.
    private static func separatorEnd(from start: Int, in bytes: [UInt8]) -> Int? {
        var index = start
        var marks = 0
        while index < bytes.count && index - start < 3 {
            switch bytes[index] {
            case UInt8(ascii: " "): break
            case UInt8(ascii: "-"), UInt8(ascii: "."): marks += 1
            default: return index > start && marks <= 1 ? index : nil
            }
            index += 1
        }
        return index > start && marks <= 1 ? index : nil
    }
}
