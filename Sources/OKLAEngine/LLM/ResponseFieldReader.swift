/// Reads the text of one top-level string field ("response") out of a JSON object while it is
/// still being generated, so that a streamed structured reply can be shown as it is written.
/// A tiny scanner, not a parser: it tracks strings, escapes and nesting, which is all it takes
/// to know when the field's value starts and ends.
struct ResponseFieldReader {
    let field: String
    /// The JSON received before the field's value began.
    private(set) var prefix = ""
    private(set) var finished = false
    private var depth = 0
    private var inString = false
    private var escaping = false
    private var unicode: String?
    private var pendingHighSurrogate: UInt32?
    private var token = ""
    private var lastKey: String?
    private var expectingValue = false
    private var capturing = false

    init(field: String = "response") {
        self.field = field
    }

    /// Feeds more of the JSON; returns the field's text that arrived with it.
    mutating func feed(_ chunk: String) -> String {
        var out = ""
        for ch in chunk {
            if finished { break }
            if capturing {
                if let decoded = decode(ch) { out.append(decoded) }
                continue
            }
            prefix.append(ch)
            if inString {
                if escaping { escaping = false; token.append(ch) }
                else if ch == "\\" { escaping = true }
                else if ch == "\"" { inString = false; if depth == 1, !expectingValue { lastKey = token } }
                else { token.append(ch) }
                continue
            }
            switch ch {
            case "\"":
                if depth == 1, expectingValue, lastKey == field {
                    prefix.removeLast()
                    capturing = true
                } else {
                    inString = true
                    token = ""
                }
            case "{", "[":
                depth += 1
            case "}", "]":
                depth -= 1
                if depth == 1 || depth == 0 { expectingValue = false }
            case ":" where depth == 1:
                expectingValue = true
            case "," where depth == 1:
                expectingValue = false
                lastKey = nil
            default:
                break
            }
        }
        return out
    }

    /// One character of the field's JSON string, unescaped; nil while an escape is incomplete.
    private mutating func decode(_ ch: Character) -> String? {
        if var hex = unicode {
            hex.append(ch)
            guard hex.count == 4 else { unicode = hex; return nil }
            unicode = nil
            guard let code = UInt32(hex, radix: 16) else { return nil }
            if (0xD800...0xDBFF).contains(code) { pendingHighSurrogate = code; return nil }
            if let high = pendingHighSurrogate, (0xDC00...0xDFFF).contains(code) {
                pendingHighSurrogate = nil
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)).map { String(Character($0)) }
            }
            return Unicode.Scalar(code).map { String(Character($0)) }
        }
        if escaping {
            escaping = false
            switch ch {
            case "n": return "\n"
            case "t": return "\t"
            case "r": return ""
            case "b", "f": return ""
            case "u": unicode = ""; return nil
            default: return String(ch)
            }
        }
        if ch == "\\" { escaping = true; return nil }
        if ch == "\"" { finished = true; return nil }
        return String(ch)
    }
}

/// Groups streamed text into sentences, so each can be checked before a buyer sees it.
struct SentenceGate {
    private var buffer = ""

    /// The sentences completed by `text`.
    mutating func add(_ text: String) -> [String] {
        buffer += text
        var sentences: [String] = []
        while let end = Self.sentenceEnd(in: buffer) {
            sentences.append(String(buffer[..<end]))
            buffer = String(buffer[end...])
        }
        return sentences
    }

    /// What is left once the text is complete.
    mutating func finish() -> String? {
        defer { buffer = "" }
        return buffer.isEmpty ? nil : buffer
    }

    /// Just past a sentence's closing mark and the space after it. A full stop between digits
    /// ("1.5 millones") ends nothing.
    private static func sentenceEnd(in text: String) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            let next = text.index(after: index)
            if ch == "\n" { return next }
            if ".!?".contains(ch), next < text.endIndex, text[next] == " " || text[next] == "\n" {
                return text.index(after: next)
            }
            index = next
        }
        return nil
    }
}
