/// One piece of personal data removed by `PIIRedactor`.
public struct PIIFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A Dominican cédula whose Luhn check digit is right.
        case cedula
        /// Eleven digits written like a cédula whose check digit is wrong: still removed
        /// (some real old cédulas fail the checksum), but only worth a warning.
        case cedulaUnverified
        /// A payment card number (13–19 digits, Luhn-valid, or introduced as a card), or
        /// the security code written after "cvv".
        case card
        /// A bank account number introduced as such, or a Dominican IBAN.
        case bankAccount

        /// What replaces the number in the text.
        public var placeholder: String {
            switch self {
            case .cedula, .cedulaUnverified: "[cédula]"
            case .card: "[tarjeta]"
            case .bankAccount: "[cuenta]"
            }
        }
    }

    public var kind: Kind
    /// Where the number was in the text given to `PIIRedactor.redact`.
    public var range: Range<String.Index>

    public init(kind: Kind, range: Range<String.Index>) {
        self.kind = kind
        self.range = range
    }
}
