/// One word, number, quote mark or sentence break of a chat message, as the injection and
/// moderation checks see it: folded to `a`–`z`, leetspeak undone, spaced letters joined.
struct SafetyToken: Sendable {
    enum Kind: Sendable {
        case word, number, quote, boundary
    }

    var kind: Kind
    /// Folded letters for words ("*" kept as a wildcard), digits for numbers.
    var text: [UInt8]
    /// Separator characters between this token and the previous one; spaced-out letters
    /// ("i g n o r a   t u s") use wider gaps between words than between letters.
    var gapBefore: Int
    /// Every letter was a capital in the original and there were at least two.
    var uppercase = false
    /// Rebuilt from spaced-out letters: certainly obfuscated, so it may hide several words.
    var respaced = false
    /// Numbers: the value as written ("1,950,000" → 1950000, "1.5" → 1.5).
    var value = 0.0
    /// Numbers: a "$" came right before ("RD$1", "US$ 500").
    var currencyMark = false
    /// Numbers: a "%" came right after.
    var percent = false
    /// An amount of money or a discount no vehicle could honestly sell for ("100 pesos",
    /// "un peso", "90%").
    var absurdAmount = false

    init(kind: Kind, text: [UInt8], gapBefore: Int) {
        self.kind = kind
        self.text = text
        self.gapBefore = gapBefore
    }

    var isSingleLetter: Bool {
        kind == .word && text.count == 1 && text[0] >= UInt8(ascii: "a") && text[0] <= UInt8(ascii: "z")
    }

    func isWord(_ word: StaticString) -> Bool {
        kind == .word && text.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount))
    }
}
