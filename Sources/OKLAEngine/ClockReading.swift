/// One number of one or two digits in a folded message, with what surrounds it when that says
/// it is a time of day: "las 4", "a la 1", "4 pm", "10:30", "11 y media". Read in one pass over
/// the bytes: a regex would be compiled again on every message.
struct ClockReading {
    var hour: Int
    var minute: Int?
    var fraction: Fraction?
    var meridiem: Meridiem?
    /// "la 1" / "las 4" right before the number.
    var article: Article?
    /// Where the reading starts: at its article when it has one.
    var start: Int
    /// Just past the number and its minutes, fraction and meridiem.
    var end: Int

    enum Fraction { case half, quarter }
    enum Meridiem { case am, pm }
    enum Article { case singular, plural }

    /// Every reading in order, as a buyer wrote them.
    static func all(in bytes: [UInt8]) -> [ClockReading] {
        var found: [ClockReading] = []
        var i = 0
        while i < bytes.count {
            // "1.5" and "2,000" are one number each: their second part is no hour.
            guard bytes.isDigit(i), !bytes.isWord(i - 1), !(bytes.isNumberJoiner(i - 1) && bytes.isDigit(i - 2)) else {
                i += 1
                continue
            }
            var end = i
            while bytes.isDigit(end) { end += 1 }
            // Three or more digits are a year, a price or a mileage, never a time.
            guard end - i <= 2 else {
                i = end
                continue
            }
            var reading = ClockReading(hour: bytes.number(i..<end), start: i, end: end)
            reading.readArticle(before: i, in: bytes)
            reading.readMinutes(in: bytes)
            reading.readMeridiem(in: bytes)
            found.append(reading)
            i = reading.end
        }
        return found
    }

    /// "las " or "la " (a word of its own) before the number.
    private mutating func readArticle(before index: Int, in bytes: [UInt8]) {
        var j = index - 1
        guard bytes.isSpace(j) else { return }
        while bytes.isSpace(j) { j -= 1 }
        if bytes.has("las", endingAt: j), !bytes.isWord(j - 3) {
            article = .plural
            start = j - 2
        } else if bytes.has("la", endingAt: j), !bytes.isWord(j - 2) {
            article = .singular
            start = j - 1
        }
    }

    /// ":30" or " y media" / " y cuarto" right after the hour.
    private mutating func readMinutes(in bytes: [UInt8]) {
        var t = end
        while bytes.isSpace(t) { t += 1 }
        if t < bytes.count, bytes[t] == UInt8(ascii: ":") {
            var u = t + 1
            while bytes.isSpace(u) { u += 1 }
            if bytes.isDigit(u), bytes.isDigit(u + 1) {
                minute = bytes.number(u..<(u + 2))
                end = u + 2
            }
        } else if t > end, bytes.has("y", startingAt: t), bytes.isSpace(t + 1) {
            var u = t + 1
            while bytes.isSpace(u) { u += 1 }
            if bytes.has("media", startingAt: u) {
                fraction = .half
                end = u + 5
            } else if bytes.has("cuarto", startingAt: u) {
                fraction = .quarter
                end = u + 6
            }
        }
    }

    /// "am", "pm", "a.m.", "p. m." after the time, ending a word.
    private mutating func readMeridiem(in bytes: [UInt8]) {
        var t = end
        while bytes.isSpace(t) { t += 1 }
        guard t < bytes.count, bytes[t] == UInt8(ascii: "a") || bytes[t] == UInt8(ascii: "p") else { return }
        let letter = bytes[t]
        var u = t + 1
        if u < bytes.count, bytes[u] == UInt8(ascii: ".") { u += 1 }
        if bytes.isSpace(u) { u += 1 }
        guard u < bytes.count, bytes[u] == UInt8(ascii: "m"), !bytes.isWord(u + 1) else { return }
        meridiem = letter == UInt8(ascii: "p") ? .pm : .am
        end = u + 1
    }
}

private extension [UInt8] {
    func isDigit(_ i: Int) -> Bool { indices.contains(i) && self[i] >= 0x30 && self[i] <= 0x39 }
    func isNumberJoiner(_ i: Int) -> Bool { indices.contains(i) && [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "'")].contains(self[i]) }
    func isSpace(_ i: Int) -> Bool { indices.contains(i) && [0x20, 0x09, 0x0A, 0x0D].contains(self[i]) }
    func isWord(_ i: Int) -> Bool {
        guard indices.contains(i) else { return false }
        let b = self[i] | 0x20
        return isDigit(i) || (b >= 0x61 && b <= 0x7A) || self[i] == 0x5F
    }

    func number(_ range: Range<Int>) -> Int { self[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }

    func has(_ word: StaticString, startingAt i: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i >= 0, i + count <= self.count else { return false }
        return word.withUTF8Buffer { self[i..<(i + count)].elementsEqual($0) }
    }

    func has(_ word: StaticString, endingAt j: Int) -> Bool { has(word, startingAt: j - word.utf8CodeUnitCount + 1) }
}
