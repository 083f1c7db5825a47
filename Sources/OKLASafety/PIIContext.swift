/// What the words right before a number say it is: "mi cédula es …", "tarjeta …",
/// "cvv …", "número de cuenta Banreservas …". The nearest such word within a few words wins; a
/// sentence break or another number in between cuts the link.
enum PIIContext {
    case cedula, card, securityCode, account

    private static let window = 8

    private static let keywords: [[UInt8]: PIIContext] = {
        var table: [[UInt8]: PIIContext] = [:]
        for word in ["cedula", "cedulas", "ced", "identidad", "id", "documento", "carnet"] { table[Array(word.utf8)] = .cedula }
        for word in ["tarjeta", "tarjetas", "tarj", "card", "visa", "mastercard", "master", "amex", "discover", "tdc", "credito", "debito", "credit", "debit"] {
            table[Array(word.utf8)] = .card
        }
        for word in ["cvv", "cvc", "csc"] { table[Array(word.utf8)] = .securityCode }
        for word in ["cuenta", "cuentas", "cta", "ctas", "account", "acct", "acc", "iban", "ahorro", "ahorros", "nomina", "checking", "savings"] {
            table[Array(word.utf8)] = .account
        }
        return table
    }()

    /// Abbreviations whose dot does not end a sentence ("cta. de ahorros", "No. de cuenta").
    private static let abbreviations: Set<[UInt8]> = Set(["cta", "ctas", "no", "nro", "num", "ced", "sr", "sra", "dr", "tel", "cel"].map { Array($0.utf8) })

    /// The context of a number starting at folded byte `start`.
    static func before(_ start: Int, in bytes: [UInt8]) -> PIIContext? {
        var index = start - 1
        var words = 0
        var following: [UInt8]?
        while index >= 0 && words < window {
            let byte = bytes[index]
            if SafetyTokenizer.isDigit(byte) || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ";") {
                return nil
            }
            guard SafetyTokenizer.isLetter(byte) else {
                if byte == UInt8(ascii: "."), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: " "), !abbreviations.contains(word(endingAt: index - 1, in: bytes)) {
                    return nil
                }
                index -= 1
                continue
            }
            let word = word(endingAt: index, in: bytes)
            index -= word.count
            words += 1
            // "la yipeta cuenta con 120,000 km" uses the verb, not the bank account.
            if let context = keywords[word], !(context == .account && following == Array("con".utf8)) {
                return context
            }
            following = word
        }
        return nil
    }

    private static func word(endingAt end: Int, in bytes: [UInt8]) -> [UInt8] {
        var start = end
        while start > 0 && SafetyTokenizer.isLetter(bytes[start - 1]) { start -= 1 }
        guard end >= start, end >= 0 else { return [] }
        return Array(bytes[start...end])
    }
}
