/// Byte-level character classes for `TextNormalizer`, built once.
enum ScalarFolding {
    /// Marks a scalar that disappears without splitting the word around it.
    static let drop: UInt8 = 0

    /// Folded byte for every scalar below U+0370: Latin letters lose case and accents,
    /// combining accents and apostrophes vanish, other symbols become spaces.
    static let table: [UInt8] = {
        var table = [UInt8](repeating: UInt8(ascii: " "), count: 0x370)
        for value in 0x30...0x39 { table[value] = UInt8(value) }
        for value in 0x61...0x7A { table[value] = UInt8(value) }
        for value in 0x41...0x5A { table[value] = UInt8(value + 32) }
        for symbol in "$@.,-_/:%+" { table[Int(symbol.asciiValue!)] = symbol.asciiValue! }
        for value in [0x27, 0x60, 0xB4] { table[value] = drop }
        for value in 0x300..<0x370 { table[value] = drop }
        let accented: [(String, Character)] = [
            ("ÀÁÂÃÄÅàáâãäåĀāĂăĄąª", "a"), ("ÇçĆćČč", "c"), ("ÈÉÊËèéêëĒēĖėĘęĚě", "e"),
            ("ÌÍÎÏìíîïĪīĮįİı", "i"), ("ÑñŃńŇň", "n"), ("ÒÓÔÕÖØòóôõöøŌōŐőº", "o"),
            ("ÙÚÛÜùúûüŪūŮůŰűŲų", "u"), ("ÝýÿŸ", "y"), ("ŠšŚś", "s"), ("ŽžŹźŻż", "z"),
        ]
        for (letters, base) in accented {
            for scalar in letters.unicodeScalars where Int(scalar.value) < table.count {
                table[Int(scalar.value)] = base.asciiValue!
            }
        }
        return table
    }()

    /// Emojis that carry a yes or a no.
    static func emojiWord(_ value: UInt32) -> String? {
        switch value {
        case 0x1F44D, 0x1F44C, 0x2705, 0x2714: return "ok"
        case 0x1F44E, 0x274C, 0x1F6AB: return "no"
        default: return nil
        }
    }

    static func isApostrophe(_ value: UInt32) -> Bool {
        value == 0x2018 || value == 0x2019 || value == 0x02BC
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }

    /// The address when the whole chunk is `local@domain.tld`, trimmed of the
    /// punctuation a sentence puts around it.
    static func email(in chunk: [UInt8]) -> [UInt8]? {
        guard let at = chunk.firstIndex(of: UInt8(ascii: "@")) else { return nil }
        let isPart: (UInt8) -> Bool = { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "+") }
        var start = at
        while start > chunk.startIndex && isPart(chunk[start - 1]) { start -= 1 }
        var end = at + 1
        while end < chunk.endIndex && isPart(chunk[end]) { end += 1 }
        while end > at + 1 && !isAlphanumeric(chunk[end - 1]) { end -= 1 }
        while start < at && !isAlphanumeric(chunk[start]) { start += 1 }
        let domain = chunk[(at + 1)..<end]
        guard start < at, let dot = domain.lastIndex(of: UInt8(ascii: ".")), dot > at + 1, dot < end - 1 else { return nil }
        return Array(chunk[start..<end])
    }
}
