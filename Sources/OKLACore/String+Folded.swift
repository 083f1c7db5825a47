import Foundation

extension StringProtocol {
    /// The text without case or accents: what `folding(options: [.diacriticInsensitive,
    /// .caseInsensitive], locale: nil)` returns, at a fraction of its cost. Every turn folds
    /// the buyer's message and the texts it is compared with many times, and Foundation's
    /// folding bridges through NSString on each call.
    public var folded: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(value >= 0x41 && value <= 0x5A ? UInt8(value + 32) : UInt8(value))
            } else if let folded = FoldTable.folded(value) {
                bytes.append(contentsOf: folded)
            } else {
                // Scripts chats are not written in: Foundation knows them.
                return String(self).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Foundation's folding of each scalar a Dominican chat uses beyond ASCII (Latin letters with
/// accents, Spanish punctuation, emojis), asked once: folding these is scalar by scalar, so the
/// table gives the same text as folding the whole string. Combining accents vanish: folding
/// keeps a lone one, but drops it from the letter it follows ("e\u{301}" is "e").
private enum FoldTable {
    static let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x2000...0x206F, 0x2190...0x21FF, 0x2600...0x27BF, 0x1F000...0x1FAFF]

    static let table: [UInt32: [UInt8]] = {
        var table: [UInt32: [UInt8]] = [:]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                table[value] = Array(folded.utf8)
            }
        }
        for value in UInt32(0x300)...0x36F { table[value] = [] }
        return table
    }()

    static func folded(_ value: UInt32) -> [UInt8]? { table[value] }
}
