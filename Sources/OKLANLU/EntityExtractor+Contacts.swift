extension EntityExtractor {
    /// Claims e-mail addresses and phone numbers so no later pass reads them as money.
    /// Dominican numbers are NANP: ten digits (809/829/849 + seven), an optional leading
    /// 1, written whole or in groups ("809 555 1234", "809.555.7788", "+1 809…"). An
    /// eleven-digit run without the 1 is a cédula: claimed, but not a phone.
    func claimContacts(_ tokens: [String], _ scan: inout TokenClaims) -> (phones: [String], emails: [String]) {
        var phones: [String] = []
        var emails: [String] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.utf8.contains(UInt8(ascii: "@")) {
                emails.append(token)
                scan.claim(index..<(index + 1), mask: TokenClaims.emailMask)
                index += 1
                continue
            }
            if let (end, digits) = phoneRun(tokens, from: index) {
                if digits.count == 10 || digits.first == "1" {
                    phones.append(String(digits.suffix(10)))
                }
                scan.claim(index..<end, mask: TokenClaims.phoneMask)
                index = end
                continue
            }
            index += 1
        }
        return (phones, emails)
    }

    /// The end of a phone-like run starting at `start` and its digits.
    private func phoneRun(_ tokens: [String], from start: Int) -> (Int, String)? {
        guard let firstDigits = Self.phoneDigits(tokens[start]) else { return nil }
        if firstDigits.count == 7 && tokens[start].contains("-") { return (start + 1, firstDigits) }
        guard [1, 3, 10, 11].contains(firstDigits.count), firstDigits.count != 1 || firstDigits == "1" else { return nil }
        var digits = ""
        var index = start
        while index < tokens.count, let part = Self.phoneDigits(tokens[index]) {
            digits += part
            index += 1
            if digits.count == 10 && digits.first != "1" { return (index, digits) }
            if digits.count == 11 { return (index, digits) }
            if digits.count > 11 { return nil }
        }
        return nil
    }

    /// The digits of a token made only of digits, dots and dashes.
    private static func phoneDigits(_ token: String) -> String? {
        guard token.utf8.first.map(ScalarFolding.isDigit) == true else { return nil }
        var digits = ""
        for byte in token.utf8 {
            if ScalarFolding.isDigit(byte) {
                digits.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte != UInt8(ascii: "-") && byte != UInt8(ascii: ".") {
                return nil
            }
        }
        return digits
    }
}
