/// The Luhn checksum, used by Dominican cédulas (all 11 digits) and payment cards.
enum Luhn {
    /// `digits` are ASCII digits; the last one is the check digit.
    static func isValid<Digits: Collection<UInt8>>(_ digits: Digits) -> Bool {
        var sum = 0
        for (position, byte) in digits.reversed().enumerated() {
            var value = Int(byte - UInt8(ascii: "0"))
            if position % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return !digits.isEmpty && sum % 10 == 0
    }
}
