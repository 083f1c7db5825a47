import OKLASafety
import Testing

@Suite("Redacting personal data")
struct PIIRedactorTests {
    let redactor = PIIRedactor()

    @Test("a cédula with a valid Luhn check digit is redacted as a cédula")
    func redactsValidCedula() {
        let result = redactor.redact("Mi cédula es 001-1391820-5, pa la cotización")
        #expect(result.text == "Mi cédula es [cédula], pa la cotización")
        #expect(result.findings.map(\.kind) == [.cedula])
        #expect(result.redacted)
    }

    @Test("the research file's second example, 224-0002211-1, is valid too")
    func redactsSecondResearchExample() {
        #expect(redactor.redact("cédula 224-0002211-1").findings.map(\.kind) == [.cedula])
    }

    @Test("a cédula failing the checksum is still redacted but only as unverified")
    func redactsInvalidCedulaAsUnverified() {
        let result = redactor.redact("Ahí va mi cédula 001-1391820-4 pa que chequeen")
        #expect(result.text == "Ahí va mi cédula [cédula] pa que chequeen")
        #expect(result.findings.map(\.kind) == [.cedulaUnverified])
    }

    @Test("the spec's example 001-1234567-8 (check digit should be 3) is redacted as unverified")
    func redactsSpecExample() {
        let result = redactor.redact("Mi cédula: 001-1234567-8")
        #expect(result.text == "Mi cédula: [cédula]")
        #expect(result.findings.map(\.kind) == [.cedulaUnverified])
        #expect(redactor.redact("001-1234567-3").findings.map(\.kind) == [.cedula])
    }

    @Test("cédulas are found with dashes, spaces, dots or no separators", arguments: [
        "00113918205", "001-1391820-5", "001 1391820 5", "001.1391820.5", "001-13918205", "0011391820-5", "001 - 1391820 - 5",
        "００１-１３９１８２０-５",
    ])
    func redactsEveryCedulaFormat(_ cedula: String) {
        let result = redactor.redact("te paso los datos: \(cedula) y ya")
        #expect(result.text == "te paso los datos: [cédula] y ya")
        #expect(result.findings.map(\.kind) == [.cedula])
    }

    @Test("a finding's range points at the number in the original text")
    func findingRangePointsIntoOriginal() {
        let text = "Cédula: 001-1391820-5 ✅"
        let finding = redactor.redact(text).findings.first
        #expect(finding.map { String(text[$0.range]) } == "001-1391820-5")
    }

    @Test("an eleven-digit WhatsApp number starting 1809, 1829 or 1849 is a phone, not a cédula", arguments: [
        "18095551234", "18295550123", "18495557788",
    ])
    func keepsWhatsAppNumbers(_ phone: String) {
        #expect(redactor.redact("Escríbeme al \(phone) por WhatsApp").redacted == false)
    }

    @Test("eleven digits introduced as a cédula are redacted even when they look like a phone")
    func cedulaKeywordWins() {
        #expect(redactor.redact("mi cédula es 18091234567").findings.map(\.kind) == [.cedulaUnverified])
    }

    @Test("Luhn-valid card numbers are redacted in every common grouping", arguments: [
        "4111 1111 1111 1111", "4111-1111-1111-1111", "4111111111111111", "4111  1111  1111  1111", "5500 0000 0000 0004", "3782 822463 10005", "6011111111111117",
    ])
    func redactsCards(_ card: String) {
        let result = redactor.redact("cóbrenme la reserva a \(card), gracias")
        #expect(result.text == "cóbrenme la reserva a [tarjeta], gracias")
        #expect(result.findings.map(\.kind) == [.card])
    }

    @Test("a 16-digit number failing Luhn is kept unless it is introduced as a card")
    func luhnInvalidSixteenDigits() {
        #expect(redactor.redact("Número de orden 1234567812345678").redacted == false)
        #expect(redactor.redact("mi tarjeta 1234 5678 1234 5678").findings.map(\.kind) == [.card])
    }

    @Test("the security code after cvv is removed with the card")
    func redactsSecurityCode() {
        let result = redactor.redact("tarjeta 4111 1111 1111 1111, cvv 123, vence 11/26")
        #expect(result.text == "tarjeta [tarjeta], cvv [tarjeta], vence 11/26")
    }

    @Test("bank account numbers introduced as such are redacted", arguments: [
        ("mi cuenta 123-456789-0", "mi cuenta [cuenta]"),
        ("cuenta 12 - 3456 - 7 del Popular", "cuenta [cuenta] del Popular"),
        ("cta. de ahorros 9600123456", "cta. de ahorros [cuenta]"),
        ("número de cuenta Banreservas 2400123456, a nombre de José", "número de cuenta Banreservas [cuenta], a nombre de José"),
        ("Cuenta corriente del Popular: 790123456", "Cuenta corriente del Popular: [cuenta]"),
        ("account number 2345678901 at Banco Popular", "account number [cuenta] at Banco Popular"),
        ("Mi IBAN es DO28 BAGR 0000 0001 2124 5361 1324.", "Mi IBAN es [cuenta]."),
    ])
    func redactsAccounts(_ text: String, _ expected: String) {
        let result = redactor.redact(text)
        #expect(result.text == expected)
        #expect(result.findings.map(\.kind) == [.bankAccount])
    }

    @Test("amounts and measures near the word cuenta are not accounts", arguments: [
        "La yipeta cuenta con 120000 km, ¿verdad?",
        "Tengo en la cuenta 1500000 pa dar de inicial",
        "tengo RD$850,000 en mi cuenta de ahorros",
        "Mi cuenta está al día. Llámame al 8095551234",
    ])
    func keepsAmountsNearCuenta(_ text: String) {
        #expect(redactor.redact(text).text == text)
    }

    @Test("phones, e-mails, prices, years, mileage, plates, VINs and RNCs survive", arguments: [
        "Llámame al 809-555-1234 o al (829) 555-0199",
        "Mi teléfono es +1 809 555 1234, correo juan.perez@gmail.com",
        "La RAV4 2020 está en RD$1,950,000 o US$31,000, tengo 1.5M o 2 palos",
        "El Accord 2018 tiene 85,000 km, placa A123456, la otra G345678 y AB12345",
        "VIN 1HGCM82633A004352 y chasis 3N1AB7AP5KY123456",
        "Mi RNC es 101850043 y la referencia 20240515",
        "Tiene 120000 km y cuesta RD$ 1 950 000",
    ])
    func keepsEverythingElse(_ text: String) {
        #expect(redactor.redact(text).text == text)
    }

    @Test("numbers separated only by spaces are read one by one")
    func splitsSpaceSeparatedNumbers() {
        let result = redactor.redact("cédula 001 1391820 5 809 555 1234")
        #expect(result.text == "cédula [cédula] 809 555 1234")
    }

    @Test("several kinds in one message are all redacted in order")
    func redactsMixedMessage() {
        let result = redactor.redact("Aquí mi cédula 001-1391820-5, tarjeta 4111111111111111 y mi cuenta 960-123456-7. Cel 829-555-1111")
        #expect(result.text == "Aquí mi cédula [cédula], tarjeta [tarjeta] y mi cuenta [cuenta]. Cel 829-555-1111")
        #expect(result.findings.map(\.kind) == [.cedula, .card, .bankAccount])
    }

    @Test("logs also mask phone numbers and e-mail addresses")
    func masksContactsForLogs() {
        #expect(redactor.maskForLogs("llámame al 809-555-1234") == "llámame al 809-***-**34")
        #expect(redactor.maskForLogs("WhatsApp 18095551234") == "WhatsApp 1809*****34")
        #expect(redactor.maskForLogs("tel (829) 555-0199") == "tel (829) ***-**99")
        #expect(redactor.maskForLogs("escríbeme a juan.perez@gmail.com.") == "escríbeme a j***@gmail.com.")
        #expect(redactor.maskForLogs("cédula 001-1391820-5, cel +1 809 555 1234") == "cédula [cédula], cel +1 809 *** **34")
        #expect(redactor.maskForLogs("1-809-555-1234") == "1-809-***-**34")
        #expect(redactor.maskForLogs("+34 612 345 678") == "+34 *** *** *78")
    }

    @Test("logs keep prices and years readable")
    func logsKeepPrices() {
        let text = "La CR-V 2019 en RD$1,450,000 con 62,000 km"
        #expect(redactor.maskForLogs(text) == text)
    }
}
