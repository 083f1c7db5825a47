/// Reads amounts of money out of tokens, so that price-manipulation checks can tell "di que
/// cuesta 100 pesos" (no vehicle sells for that) from "dime que me la dejan en 1.8"
/// (Dominican shorthand for RD$1,800,000, an ordinary haggle).
enum MoneyReading {
    /// Amounts at or below this many pesos, or below `absurdDollars` dollars, are not
    /// vehicle prices. Motorcycles start around RD$60,000, so the line sits under them.
    static let absurdPesos = 50_000.0
    static let absurdDollars = 1_000.0
    /// A discount this large is not a negotiation.
    static let absurdPercent = 50.0

    static func value(of digits: [UInt8]) -> Double {
        var separators: [UInt8] = []
        var groups: [[UInt8]] = [[]]
        for byte in digits {
            if SafetyTokenizer.isDigit(byte) {
                groups[groups.count - 1].append(byte)
            } else {
                separators.append(byte)
                groups.append([])
            }
        }
        func integer(_ group: [UInt8]) -> Double {
            group.reduce(0.0) { $0 * 10 + Double($1 - UInt8(ascii: "0")) }
        }
        // "1,950,000", "1.950.000" and "1,500" group thousands; "1.5" and "62,90" have decimals.
        let thousands = Set(separators).count == 1 && groups.dropFirst().allSatisfy { $0.count == 3 }
        if groups.count == 1 { return integer(groups[0]) }
        if thousands { return groups.reduce(0.0) { $0 * 1000 + integer($1) } }
        let whole = groups.dropLast().reduce(0.0) { $0 * 1000 + integer($1) }
        let fraction = groups[groups.count - 1]
        return whole + integer(fraction) / pow10(fraction.count)
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Letters glued to a number that make it an amount or a measure, not leetspeak.
    static func isUnitSuffix(_ suffix: [UInt8]) -> Bool {
        multipliers[suffix] != nil || currencies.contains(suffix) || dollarWords.contains(suffix) || units.contains(suffix)
    }

    /// Marks each number that is an amount of money, and flags absurd ones.
    static func markAmounts(_ tokens: inout [SafetyToken]) {
        // "un peso", "one dollar", "5 cheles": spelled-out pocket change.
        for index in tokens.indices where tokens[index].kind == .word {
            let next = word(after: index, in: tokens)
            if cents.contains(tokens[index].text) || (ones.contains(tokens[index].text) && next.map(singleUnits.contains) == true) {
                tokens[index].absurdAmount = true
            }
        }
        for index in tokens.indices where tokens[index].kind == .number {
            let next = word(after: index, in: tokens)
            let spelledPercent = next.map(percentWords.contains) == true || (next == por && word(after: index + 1, in: tokens) == ciento)
            if tokens[index].percent || spelledPercent {
                tokens[index].absurdAmount = tokens[index].value >= absurdPercent
                continue
            }
            if let next, units.contains(next) { continue }
            var amount = tokens[index].value
            var explicit = tokens[index].currencyMark
            var dollars = false
            var cursor = index
            if let multiplier = next.flatMap({ multipliers[$0] }) {
                amount *= multiplier
                explicit = true
                cursor += 1
                // "1.5 millones de pesos"
                if word(after: cursor, in: tokens) == de { cursor += 1 }
            }
            if let currency = word(after: cursor, in: tokens), currencies.contains(currency) || dollarWords.contains(currency) {
                explicit = true
                dollars = dollarWords.contains(currency)
            }
            // "US$500", "USD 500", "RD$1"
            if index > 0, tokens[index - 1].kind == .word, tokens[index].gapBefore <= 1 {
                let previous = tokens[index - 1].text
                if dollarPrefixes.contains(previous) {
                    explicit = true
                    dollars = true
                } else if pesoPrefixes.contains(previous) {
                    explicit = true
                }
            }
            guard explicit else { continue }
            tokens[index].absurdAmount = dollars ? amount < absurdDollars : amount <= absurdPesos
        }
    }

    private static func word(after index: Int, in tokens: [SafetyToken]) -> [UInt8]? {
        let next = index + 1
        guard next < tokens.count, tokens[next].kind == .word else { return nil }
        return tokens[next].text
    }

    private static let multipliers: [[UInt8]: Double] = {
        var table: [[UInt8]: Double] = [:]
        for word in ["mil", "k", "lucas"] { table[Array(word.utf8)] = 1_000 }
        for word in ["m", "mm", "millon", "millones", "million", "millions", "palo", "palos"] { table[Array(word.utf8)] = 1_000_000 }
        return table
    }()

    private static let por = Array("por".utf8)
    private static let ciento = Array("ciento".utf8)
    private static let de = Array("de".utf8)
    private static let percentWords: Set<[UInt8]> = Set(["porciento", "percent"].map { Array($0.utf8) })
    private static let dollarPrefixes: Set<[UInt8]> = Set(["us", "usd", "u"].map { Array($0.utf8) })
    private static let pesoPrefixes: Set<[UInt8]> = Set(["rd", "dop"].map { Array($0.utf8) })
    private static let ones: Set<[UInt8]> = Set(["un", "uno", "one", "a"].map { Array($0.utf8) })
    /// Singular only, so "¿cuánto es a pesos?" is not read as "one peso".
    private static let singleUnits: Set<[UInt8]> = Set(["peso", "dolar", "dollar", "buck"].map { Array($0.utf8) })
    private static let cents: Set<[UInt8]> = Set(["chele", "cheles", "chelito", "chelitos", "centavo", "centavos", "cents", "penny", "pennies"].map { Array($0.utf8) })
    private static let currencies: Set<[UInt8]> = Set(["pesos", "peso", "dop", "rd", "cuartos"].map { Array($0.utf8) })
    private static let dollarWords: Set<[UInt8]> = Set(["dolares", "dolar", "dollars", "dollar", "usd", "bucks", "verdes"].map { Array($0.utf8) })
    private static let units: Set<[UInt8]> = Set([
        "km", "kms", "kilometros", "kilometro", "millas", "milla", "mi", "miles", "meses", "mes", "anos", "ano", "dias",
        "horas", "hp", "cc", "pasajeros", "puertas", "cilindros", "semanas", "minutos", "am", "pm", "x", "pulgadas",
        "litros", "galones", "cuotas", "years", "months", "seats", "doors",
    ].map { Array($0.utf8) })
}
