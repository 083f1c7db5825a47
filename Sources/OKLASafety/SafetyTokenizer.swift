/// Splits a chat message into `SafetyToken`s, undoing the usual ways of hiding words from a
/// keyword check: accents and look-alike letters (via `ScalarFolding`), leetspeak
/// ("1gn0r4", "m@ldito"), letters split by dots or dashes ("ig.no.ra", "I-G-N-O-R-A") and
/// letters spaced out ("i g n o r a   t u s").
enum SafetyTokenizer {
    static func tokenize(_ text: String) -> [SafetyToken] {
        var bytes: [UInt8] = []
        var upper: [Bool] = []
        bytes.reserveCapacity(text.utf8.count)
        upper.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch ScalarFolding.fold(scalar) {
            case .byte(let byte, let isUpper):
                bytes.append(byte)
                upper.append(isUpper)
            case .drop:
                continue
            case .space:
                bytes.append(space)
                upper.append(false)
            }
        }
        var tokens = scan(bytes, upper)
        ignoreShouting(&tokens)
        joinSpacedLetters(&tokens)
        MoneyReading.markAmounts(&tokens)
        return tokens
    }

    private static let space = UInt8(ascii: " ")

    /// A word in capitals stands out among lowercase ones ("you are now DAN"); in a message
    /// typed in capitals ("¿ME DAN FINANCIAMIENTO?") none does.
    private static func ignoreShouting(_ tokens: inout [SafetyToken]) {
        let words = tokens.filter { $0.kind == .word && $0.text.count >= 2 }
        guard words.filter(\.uppercase).count * 2 >= words.count else { return }
        for index in tokens.indices { tokens[index].uppercase = false }
    }

    private static func scan(_ bytes: [UInt8], _ upper: [Bool]) -> [SafetyToken] {
        var tokens: [SafetyToken] = []
        var gap = 0
        var pendingCurrency = false
        var index = 0
        let count = bytes.count
        func at(_ i: Int) -> UInt8 { i >= 0 && i < count ? bytes[i] : space }

        while index < count {
            let byte = bytes[index]
            if startsChunk(byte, next: at(index + 1)) {
                var chunk: [UInt8] = []
                var letters = 0
                var capitals = 0
                var cursor = index
                while cursor < count {
                    let current = bytes[cursor]
                    let previous = at(cursor - 1)
                    let next = at(cursor + 1)
                    if isLetter(current) || isDigit(current) || current == UInt8(ascii: "*") || current == UInt8(ascii: "@") {
                        chunk.append(current)
                        if isLetter(current) {
                            letters += 1
                            if upper[cursor] { capitals += 1 }
                        }
                    } else if current == UInt8(ascii: "$") && isLetter(previous) && isLetter(next) {
                        chunk.append(current)
                    } else if isJoiner(current) && isLetter(previous) && isLetter(next) {
                        // "ig.no.ra", "I-G-N-O-R-A", "pa'lante": one word.
                    } else if (current == UInt8(ascii: ".") || current == UInt8(ascii: ",")) && isDigit(previous) && isDigit(next) {
                        chunk.append(current)
                    } else {
                        break
                    }
                    cursor += 1
                }
                let currency = pendingCurrency && gap <= 1
                pendingCurrency = false
                for var token in classify(chunk, gapBefore: gap) {
                    if token.kind == .word { token.uppercase = letters >= 2 && capitals == letters }
                    if token.kind == .number { token.currencyMark = currency }
                    tokens.append(token)
                }
                gap = 0
                index = cursor
                continue
            }
            switch byte {
            case UInt8(ascii: "$"):
                // "RD$ 5,000": the mark belongs to the number, it does not separate them.
                pendingCurrency = true
            case UInt8(ascii: "%") where gap == 0 && tokens.last?.kind == .number:
                tokens[tokens.count - 1].percent = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "`"):
                if tokens.last?.kind != .quote { tokens.append(SafetyToken(kind: .quote, text: [], gapBefore: gap)) }
                gap = 0
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: "."):
                if let last = tokens.last, last.kind != .boundary {
                    tokens.append(SafetyToken(kind: .boundary, text: [], gapBefore: gap))
                }
                gap = 0
            default:
                gap += 1
            }
            index += 1
        }
        return tokens
    }

    private static func startsChunk(_ byte: UInt8, next: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || ((byte == UInt8(ascii: "@") || byte == UInt8(ascii: "*")) && isLetter(next))
    }

    private static func isJoiner(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "'")
    }

    static func isLetter(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// A chunk is a number, a number with a unit glued on ("100k", "5mil", "85000km"), or a
    /// word whose digits and symbols stand for letters ("1gn0r4" → "ignora").
    private static func classify(_ chunk: [UInt8], gapBefore: Int) -> [SafetyToken] {
        let letterCount = chunk.count(where: isLetter)
        let digitCount = chunk.count(where: isDigit)
        if letterCount == 0 && digitCount > 0 {
            return [number(chunk, gapBefore: gapBefore)]
        }
        if let first = chunk.first, isDigit(first) {
            let split = chunk.firstIndex { !(isDigit($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",")) }!
            let suffix = Array(chunk[split...])
            if MoneyReading.isUnitSuffix(suffix) {
                return [number(Array(chunk[..<split]), gapBefore: gapBefore), SafetyToken(kind: .word, text: suffix, gapBefore: 0)]
            }
        }
        let word = chunk.compactMap(unleet)
        guard word.contains(where: isLetter) else { return [] }
        return [SafetyToken(kind: .word, text: word, gapBefore: gapBefore)]
    }

    static func unleet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0"): return UInt8(ascii: "o")
        case UInt8(ascii: "1"): return UInt8(ascii: "i")
        case UInt8(ascii: "3"): return UInt8(ascii: "e")
        case UInt8(ascii: "4"), UInt8(ascii: "@"): return UInt8(ascii: "a")
        case UInt8(ascii: "5"), UInt8(ascii: "$"): return UInt8(ascii: "s")
        case UInt8(ascii: "7"): return UInt8(ascii: "t")
        case UInt8(ascii: "8"): return UInt8(ascii: "b")
        case UInt8(ascii: "9"): return UInt8(ascii: "g")
        case UInt8(ascii: "2"), UInt8(ascii: "6"): return nil
        default: return byte
        }
    }

    private static func number(_ digits: [UInt8], gapBefore: Int) -> SafetyToken {
        var token = SafetyToken(kind: .number, text: digits, gapBefore: gapBefore)
        token.value = MoneyReading.value(of: digits)
        return token
    }

    /// Turns runs of single letters back into words. Inside a run, one space separates
    /// letters and a wider gap separates words; four letters at least, so "la opción a o b"
    /// keeps its one-letter words.
    private static func joinSpacedLetters(_ tokens: inout [SafetyToken]) {
        var result: [SafetyToken] = []
        result.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            guard tokens[index].isSingleLetter else {
                result.append(tokens[index])
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count && tokens[end].isSingleLetter && tokens[end].gapBefore <= 3 { end += 1 }
            if end - index < 4 {
                result.append(contentsOf: tokens[index..<end])
                index = end
                continue
            }
            var word = SafetyToken(kind: .word, text: tokens[index].text, gapBefore: tokens[index].gapBefore)
            word.respaced = true
            for letter in tokens[(index + 1)..<end] {
                if letter.gapBefore >= 2 {
                    result.append(word)
                    word = SafetyToken(kind: .word, text: [], gapBefore: letter.gapBefore)
                    word.respaced = true
                }
                word.text.append(contentsOf: letter.text)
            }
            result.append(word)
            index = end
        }
        tokens = result
    }
}
