/// Turns a chat message into the canonical token stream every other part of the
/// understanding pipeline reads: lowercase ASCII, accents folded, emojis and punctuation
/// dropped, stretched letters ("holaaaa") shrunk, and chat abbreviations ("q", "xq",
/// "pa", "mñn") spelled out. Numbers keep their inner separators ("1,500,000", "1.5",
/// "809-555-1234") because prices and phones are read from them, and e-mail addresses
/// stay whole.
///
/// Working on bytes after folding keeps the whole pass allocation-light: it runs on
/// every message, ahead of entity extraction and intent features.
public enum TextNormalizer {
    /// The canonical form of `text`: tokens separated by single spaces.
    public static func normalize(_ text: String) -> String {
        tokens(text).joined(separator: " ")
    }

    /// The canonical tokens of `text`.
    static func tokens(_ text: String) -> [String] {
        let folded = fold(text)
        var raw: [[UInt8]] = []
        var chunk: [UInt8] = []
        for byte in folded {
            if byte == space {
                if !chunk.isEmpty { split(chunk: chunk, into: &raw); chunk.removeAll(keepingCapacity: true) }
            } else {
                chunk.append(byte)
            }
        }
        if !chunk.isEmpty { split(chunk: chunk, into: &raw) }
        return expand(raw)
    }

    private static let space = UInt8(ascii: " ")

    /// Lowercase ASCII bytes; apostrophes vanish so "pa'rriba" reads as one word, and
    /// anything that is neither a letter, a digit nor a character numbers, money or
    /// e-mails are written with becomes a space.
    private static func fold(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let table = ScalarFolding.table
        for scalar in text.unicodeScalars {
            let value = Int(scalar.value)
            if value < table.count {
                let mapped = table[value]
                if mapped != ScalarFolding.drop { out.append(mapped) }
            } else if ScalarFolding.isApostrophe(scalar.value) {
                continue
            } else if let word = ScalarFolding.emojiWord(scalar.value) {
                // A thumbs-up is the whole answer in chat; it must not vanish.
                out.append(space)
                out.append(contentsOf: word.utf8)
                out.append(space)
            } else {
                out.append(space)
            }
        }
        return out
    }

    /// Splits one whitespace-free chunk into raw tokens.
    private static func split(chunk: [UInt8], into tokens: inout [[UInt8]]) {
        if let email = ScalarFolding.email(in: chunk) {
            tokens.append(email)
            return
        }
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty { tokens.append(current); current.removeAll(keepingCapacity: true) }
        }
        for index in chunk.indices {
            let byte = chunk[index]
            if ScalarFolding.isAlphanumeric(byte) {
                current.append(byte)
                continue
            }
            let previous = index > chunk.startIndex ? chunk[index - 1] : space
            let next = index + 1 < chunk.endIndex ? chunk[index + 1] : space
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: ":"):
                // Kept only between digits: "1,500,000", "1.5", "809-555-1234", "8:30".
                if ScalarFolding.isDigit(previous) && ScalarFolding.isDigit(next) && !current.isEmpty {
                    current.append(byte)
                } else {
                    flush()
                }
            case UInt8(ascii: "$"):
                // "US$" and "RD$" are currency words; a bare "$" stands alone.
                if !current.isEmpty && current.allSatisfy(ScalarFolding.isLetter) {
                    current.append(byte)
                    flush()
                } else {
                    flush()
                    tokens.append([byte])
                }
            case UInt8(ascii: "+") where ScalarFolding.isDigit(previous):
                // "2020+" means "2020 or newer"; a "+" before digits is a phone prefix.
                flush()
                tokens.append([byte])
            case UInt8(ascii: "%"):
                flush()
                tokens.append(Array("porciento".utf8))
            default:
                flush()
            }
        }
        flush()
    }

    /// Shrinks stretched letters and spells out abbreviations and slang variants.
    private static func expand(_ raw: [[UInt8]]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(raw.count + 4)
        var previousWasNumber = false
        for token in raw {
            let isWord = token.allSatisfy(ScalarFolding.isLetter)
            guard isWord else {
                out.append(String(decoding: token, as: UTF8.self))
                previousWasNumber = token.contains(where: ScalarFolding.isDigit)
                continue
            }
            let word = String(decoding: shrinkRepeats(token), as: UTF8.self)
            // After a number, "k", "m" and "mm" are multipliers ("25 k", "2 mm"), not words.
            if previousWasNumber && ChatLexicon.keptAfterNumber.contains(word) {
                out.append(word)
            } else if let replacement = ChatLexicon.replacements[word] {
                out.append(contentsOf: replacement)
            } else {
                out.append(word)
            }
            previousWasNumber = false
        }
        return out
    }

    /// "holaaaa" → "hola", "siii" → "si", "carrrro" → "carro", "graciass" → "gracias".
    /// Spanish writes only rr, ll, cc, nn, ee and oo doubled, so any other doubled letter
    /// is a stretch; a doubled vowel at the end of a word ("holaa", "noo") is too, except
    /// "ee" ("lee", "cree").
    static func shrinkRepeats(_ word: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(word.count)
        var index = 0
        while index < word.count {
            let letter = word[index]
            var end = index + 1
            while end < word.count && word[end] == letter { end += 1 }
            let run = end - index
            let atEnd = end == word.count
            var keep = 1
            if run >= 2 {
                switch letter {
                case UInt8(ascii: "r"), UInt8(ascii: "l"):
                    keep = 2
                case UInt8(ascii: "c"), UInt8(ascii: "n"), UInt8(ascii: "e"):
                    keep = run == 2 ? 2 : 1
                case UInt8(ascii: "o"):
                    keep = run == 2 && !atEnd ? 2 : 1
                default:
                    keep = 1
                }
            }
            for _ in 0..<keep { out.append(letter) }
            index = end
        }
        return out
    }
}
