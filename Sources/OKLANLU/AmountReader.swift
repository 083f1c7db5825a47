import OKLACore

/// Reads amounts written in digits, Spanish number words and Dominican money slang.
/// Everything is table-driven so one message costs a few dictionary look-ups.
enum AmountReader {
    private enum Word {
        case small(Double, rank: Int)   // rank 3 hundreds, 2 tens, 1 units; 0 = complete
        case thousand
        case million
        case half
    }

    private static let words: [String: Word] = {
        var table: [String: Word] = [:]
        let units = ["un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9]
        for (word, value) in units { table[word] = .small(Double(value), rank: 1) }
        let complete = [
            "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
            "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiun": 21, "veintiuno": 21,
            "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25,
            "veintiseis": 26, "veintisiete": 27, "veintiocho": 28, "veintinueve": 29,
        ]
        for (word, value) in complete { table[word] = .small(Double(value), rank: 0) }
        let tens = ["treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90]
        for (word, value) in tens { table[word] = .small(Double(value), rank: 2) }
        let hundreds = [
            "cien": 100, "ciento": 100, "doscientos": 200, "doscientas": 200, "trescientos": 300, "trescientas": 300,
            "cuatrocientos": 400, "cuatrocientas": 400, "quinientos": 500, "quinientas": 500, "seiscientos": 600,
            "seiscientas": 600, "setecientos": 700, "setecientas": 700, "ochocientos": 800, "ochocientas": 800,
            "novecientos": 900, "novecientas": 900,
        ]
        for (word, value) in hundreds { table[word] = .small(Double(value), rank: 3) }
        table["mil"] = .thousand
        for word in ["millon", "millones", "palo", "palos", "palito", "palitos"] { table[word] = .million }
        table["medio"] = .half
        return table
    }()

    /// Multipliers that only count right after digits ("25 k", "1.5 m").
    private static let digitSuffixes: [String: Double] = ["k": 1_000, "m": 1_000_000, "mm": 1_000_000]

    private static let currencyWords: [String: Currency] = [
        "us$": .USD, "usd": .USD, "u$": .USD, "u$s": .USD, "dolares": .USD, "dolar": .USD, "verdes": .USD,
        "rd$": .DOP, "rd": .DOP, "dop": .DOP, "pesos": .DOP, "peso": .DOP, "$": .DOP,
    ]

    static func currency(of token: String) -> Currency? { currencyWords[token] }

    /// Whether a spelled number starts here, so "un" only counts before a magnitude.
    private static func startsAmount(_ tokens: [String], at index: Int) -> Bool {
        let token = tokens[index]
        if numericValue(token) != nil { return true }
        guard let word = words[token] else { return false }
        switch word {
        case .small(_, _):
            if token == "un" || token == "una" || token == "uno" {
                guard index + 1 < tokens.count, let next = words[tokens[index + 1]] else { return false }
                if case .small(_, _) = next { return false }
                return true
            }
            return true
        case .million: return true
        case .thousand:
            // "mil dólares" is money; "mil gracias" is not.
            guard index + 1 < tokens.count else { return false }
            let next = tokens[index + 1]
            if currencyWords[next] != nil { return true }
            if case .small(_, _)? = words[next] { return true }
            return false
        case .half:
            guard index + 1 < tokens.count, let next = words[tokens[index + 1]] else { return false }
            if case .million = next { return true }
            return false
        }
    }

    /// Every amount in the message, left to right, none overlapping.
    /// Tokens already claimed (`taken`: phones, model names like "CX-5") are never read.
    static func mentions(in tokens: [String], taken: [Bool]) -> [AmountMention] {
        var found: [AmountMention] = []
        var index = 0
        while index < tokens.count {
            if !taken[index], let mention = read(tokens, at: index, taken: taken) {
                found.append(mention)
                index = mention.range.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    private static func read(_ tokens: [String], at start: Int, taken: [Bool]) -> AmountMention? {
        var index = start
        var currency: Currency?
        if let leading = currencyWords[tokens[index]], leading == .USD || tokens[index].hasSuffix("$") || tokens[index] == "rd" {
            guard index + 1 < tokens.count, startsAmount(tokens, at: index + 1) else { return nil }
            currency = leading
            index += 1
        }
        guard !taken[index], startsAmount(tokens, at: index) else { return nil }
        let bodyStart = index
        var total = 0.0
        var current = 0.0
        var lastRank = Int.max
        var scaled = false
        var magnitude = 1.0
        var sawDigits = false
        var thousandAfterMillion = false

        scan: while index < tokens.count, !taken[index] {
            let token = tokens[index]
            if let (value, multiplier) = numericValue(token) {
                guard current == 0, !(sawDigits && total == 0) else { break scan }
                if multiplier >= 1_000_000 {
                    total += value * multiplier
                    magnitude = max(magnitude, multiplier)
                    scaled = true
                } else {
                    current = value * multiplier
                    if multiplier > 1 { scaled = true; magnitude = max(magnitude, multiplier) }
                }
                sawDigits = true
                lastRank = 0
                index += 1
                continue
            }
            if sawDigits, current != 0, let multiplier = digitSuffixes[token] {
                applyMultiplier(multiplier, total: &total, current: &current)
                scaled = true
                magnitude = max(magnitude, multiplier)
                lastRank = Int.max
                index += 1
                continue
            }
            guard let word = words[token] else {
                if token == "y", index + 1 < tokens.count {
                    let next = tokens[index + 1]
                    if next == "medio", magnitude >= 1_000_000, current == 0 {
                        total += magnitude / 2
                        index += 2
                        lastRank = 0
                        continue
                    }
                    // "de 2 palos a 2 y medio": a bare half that borrows its magnitude later.
                    if next == "medio", !scaled, total == 0, current >= 1, current < 10, current == current.rounded() {
                        current += 0.5
                        index += 2
                        lastRank = 0
                        continue
                    }
                    if lastRank == 2, case .small(let value, let rank)? = words[next], rank == 1 {
                        current += value
                        lastRank = 1
                        index += 2
                        continue
                    }
                }
                break scan
            }
            switch word {
            case .small(let value, let rank):
                guard !sawDigits || (current == 0 && total > 0) else { break scan }
                let effectiveRank = rank == 0 ? 2 : rank
                guard effectiveRank < lastRank || (lastRank == Int.max) else { break scan }
                current += value
                lastRank = rank == 0 ? 1 : effectiveRank
            case .thousand:
                if current == 0 { current = 1 }
                current *= 1_000
                scaled = true
                magnitude = max(magnitude, 1_000)
                if total > 0 { thousandAfterMillion = true }
                lastRank = Int.max
            case .million:
                if current == 0 && total == 0 { current = 1 }
                applyMultiplier(1_000_000, total: &total, current: &current)
                scaled = true
                magnitude = 1_000_000
                lastRank = Int.max
            case .half:
                guard index == bodyStart else { break scan }
                current = 0.5
                lastRank = 0
            }
            index += 1
        }
        guard index > bodyStart else { return nil }
        // "un millón doscientos" means 1,200,000: the trailing hundreds are thousands.
        if total >= 1_000_000 && !thousandAfterMillion && current >= 100 && current < 1_000 {
            current *= 1_000
        }
        let value = total + current
        guard value > 0 || tokens[bodyStart] == "0" || tokens[bodyStart] == "cero" else { return nil }
        var end = index
        if end < tokens.count, !taken[end], let trailing = currencyWords[tokens[end]] {
            currency = currency ?? trailing
            end += 1
        } else if end + 1 < tokens.count, tokens[end] == "de", let trailing = currencyWords[tokens[end + 1]], trailing == .USD || tokens[end + 1].hasPrefix("peso") {
            currency = currency ?? trailing
            end += 2
        }
        let single = index == bodyStart + 1 && tokens[bodyStart].utf8.allSatisfy(ScalarFolding.isDigit)
        return AmountMention(
            range: start..<end, value: value, scaled: scaled, currency: currency,
            bareDigits: single ? tokens[bodyStart] : nil, magnitude: magnitude
        )
    }

    private static func applyMultiplier(_ multiplier: Double, total: inout Double, current: inout Double) {
        if multiplier >= 1_000_000 {
            total += (current == 0 ? 1 : current) * multiplier
            current = 0
        } else {
            current = (current == 0 ? 1 : current) * multiplier
        }
    }

    /// The value and multiplier of a token written with digits: "1,500,000", "1.5",
    /// "25k", "1.5mm", "800mil", "2palos". Tokens with other letters ("3pm", "4x4",
    /// "rav4") or with dashes and slashes (phones, dates) are not amounts.
    static func numericValue(_ token: String) -> (Double, Double)? {
        let bytes = Array(token.utf8)
        guard let first = bytes.first, ScalarFolding.isDigit(first) else { return nil }
        var split = bytes.count
        for (offset, byte) in bytes.enumerated() where ScalarFolding.isLetter(byte) {
            split = offset
            break
        }
        let number = bytes[0..<split]
        let suffix = String(decoding: bytes[split...], as: UTF8.self)
        var multiplier = 1.0
        if !suffix.isEmpty {
            if let value = digitSuffixes[suffix] {
                multiplier = value
            } else if case .thousand? = words[suffix] {
                multiplier = 1_000
            } else if case .million? = words[suffix] {
                multiplier = 1_000_000
            } else {
                return nil
            }
        }
        guard let value = parseDigits(number, allowThousands: multiplier == 1) else { return nil }
        return (value, multiplier)
    }

    /// "1,500,000" and "1.500.000" are thousands; "1.5" and "2,5" are decimals; a single
    /// separator followed by exactly three digits is thousands unless a multiplier follows.
    private static func parseDigits(_ digits: ArraySlice<UInt8>, allowThousands: Bool) -> Double? {
        var groups: [[UInt8]] = [[]]
        var separators: [UInt8] = []
        for byte in digits {
            if ScalarFolding.isDigit(byte) {
                groups[groups.count - 1].append(byte)
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
                separators.append(byte)
                groups.append([])
            } else {
                return nil
            }
        }
        guard groups.allSatisfy({ !$0.isEmpty }) else { return nil }
        func integer(_ group: [UInt8]) -> Double { group.reduce(0) { $0 * 10 + Double($1 - 48) } }
        if separators.isEmpty { return integer(groups[0]) }
        let tail = groups.dropFirst()
        let thousandsShape = tail.allSatisfy { $0.count == 3 } && Set(separators).count == 1
        if thousandsShape && (separators.count > 1 || allowThousands) {
            return groups.reduce(0) { $0 * 1_000 + integer($1) }
        }
        if separators.count == 1 {
            let fraction = groups[1]
            return integer(groups[0]) + integer(fraction) / pow10(fraction.count)
        }
        // "1,500.50": the last separator is the decimal point.
        let whole = groups.dropLast().reduce(0) { $0 * 1_000 + integer($1) }
        let fraction = groups[groups.count - 1]
        return whole + integer(fraction) / pow10(fraction.count)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }
}
