/// Folds Unicode scalars to the ASCII alphabet the safety checks reason about. Attackers
/// dodge keyword checks with accents, full-width letters, Cyrillic look-alikes and
/// zero-width characters; folding them here means every check sees plain `a`–`z`.
enum ScalarFolding {
    /// What a scalar becomes.
    enum Folded: Equatable {
        /// A lowercase ASCII letter or digit, or an ASCII symbol kept as is.
        case byte(UInt8, uppercase: Bool)
        /// Invisible: removed without splitting the word around it.
        case drop
        /// Anything else: splits words.
        case space
    }

    static func fold(_ scalar: Unicode.Scalar) -> Folded {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            if byte >= 0x41 && byte <= 0x5A { return .byte(byte + 32, uppercase: true) }
            return .byte(byte, uppercase: false)
        }
        // Full-width ASCII (U+FF01…U+FF5E) is plain ASCII shifted up.
        if value >= 0xFF01 && value <= 0xFF5E {
            return fold(Unicode.Scalar(value - 0xFEE0)!)
        }
        if invisible(value) { return .drop }
        if let letter = latin[value] ?? lookalikes[value] {
            return .byte(letter.byte, uppercase: letter.uppercase)
        }
        switch value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x00B4, 0x02BC: return .byte(UInt8(ascii: "'"), uppercase: false)
        case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: return .byte(UInt8(ascii: "\""), uppercase: false)
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212: return .byte(UInt8(ascii: "-"), uppercase: false)
        case 0x00BF, 0x00A1: return .byte(UInt8(ascii: "?"), uppercase: false)
        case 0x2028, 0x2029: return .byte(UInt8(ascii: "\n"), uppercase: false)
        default: return .space
        }
    }

    /// Zero-width spaces and joiners, soft hyphens, variation selectors, BOM.
    private static func invisible(_ value: UInt32) -> Bool {
        value == 0x00AD || (0x200B...0x200F).contains(value) || (0x2060...0x2064).contains(value)
            || value == 0xFEFF || (0xFE00...0xFE0F).contains(value) || (0x0300...0x036F).contains(value)
    }

    private struct Letter {
        var byte: UInt8
        var uppercase: Bool
    }

    /// Accented Latin letters to their base letter.
    private static let latin: [UInt32: Letter] = {
        let groups: [(String, Character)] = [
            ("àáâãäåāăą", "a"), ("çćč", "c"), ("èéêëēėęě", "e"), ("ìíîïīįı", "i"), ("ñńň", "n"),
            ("òóôõöøōő", "o"), ("ùúûüūůűų", "u"), ("ýÿ", "y"), ("šś", "s"), ("žźż", "z"),
        ]
        var table: [UInt32: Letter] = [:]
        for (letters, base) in groups {
            let byte = base.asciiValue!
            for scalar in letters.unicodeScalars {
                table[scalar.value] = Letter(byte: byte, uppercase: false)
                for upper in String(scalar).uppercased().unicodeScalars where upper != scalar {
                    table[upper.value] = Letter(byte: byte, uppercase: true)
                }
            }
        }
        table[0xAA] = Letter(byte: UInt8(ascii: "a"), uppercase: false)
        table[0xBA] = Letter(byte: UInt8(ascii: "o"), uppercase: false)
        return table
    }()

    /// Cyrillic and Greek letters that look like Latin ones.
    private static let lookalikes: [UInt32: Letter] = {
        let pairs: [(String, Character)] = [
            ("аАαΑ", "a"), ("вВβΒ", "b"), ("сСϲ", "c"), ("еЕεΕ", "e"), ("нНηΗ", "h"), ("іІιΙ", "i"),
            ("јЈ", "j"), ("кКκΚ", "k"), ("мМμΜ", "m"), ("оОοΟ", "o"), ("рРρΡ", "p"), ("ѕЅ", "s"),
            ("тТτΤ", "t"), ("υΥ", "u"), ("νΝ", "v"), ("хХχΧ", "x"), ("уУγ", "y"), ("ΖΖ", "z"),
        ]
        var table: [UInt32: Letter] = [:]
        for (letters, base) in pairs {
            for scalar in letters.unicodeScalars {
                let isUpper = String(scalar).lowercased() != String(scalar)
                table[scalar.value] = Letter(byte: base.asciiValue!, uppercase: isUpper)
            }
        }
        return table
    }()
}
