/// Dominican IBANs ("DO28 BAGR 0000 0001 2124 5361 1324"): country code, two check
/// digits, four bank letters and twenty digits, spaces allowed between blocks.
enum DominicanIBAN {
    static let length = 28

    /// Folded-byte ranges of every IBAN in `bytes`.
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        while index + 1 < bytes.count {
            let atWordStart = index == 0 || !(SafetyTokenizer.isLetter(bytes[index - 1]) || SafetyTokenizer.isDigit(bytes[index - 1]))
            if atWordStart, bytes[index] == UInt8(ascii: "d"), bytes[index + 1] == UInt8(ascii: "o"), let end = end(from: index, in: bytes) {
                found.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    private static func end(from start: Int, in bytes: [UInt8]) -> Int? {
        var characters: [UInt8] = []
        var index = start
        while index < bytes.count && characters.count < length {
            let byte = bytes[index]
            if SafetyTokenizer.isLetter(byte) || SafetyTokenizer.isDigit(byte) {
                characters.append(byte)
            } else if byte != UInt8(ascii: " ") || index + 1 >= bytes.count || bytes[index + 1] == UInt8(ascii: " ") {
                break
            }
            index += 1
        }
        guard characters.count == length else { return nil }
        let shapeMatches = characters.enumerated().allSatisfy { position, byte in
            switch position {
            case 0..<2, 4..<8: SafetyTokenizer.isLetter(byte)
            default: SafetyTokenizer.isDigit(byte)
            }
        }
        guard shapeMatches, index >= bytes.count || !(SafetyTokenizer.isLetter(bytes[index]) || SafetyTokenizer.isDigit(bytes[index])) else { return nil }
        return index
    }
}
