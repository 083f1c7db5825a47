import Foundation

/// Text an attacker hides inside a message so that it only becomes an instruction after
/// the model decodes it: base64 blobs, fragments glued with "+", words written backwards.
/// Each hidden text found is inspected like a message of its own.
enum HiddenText {
    /// At most this many distinct hidden texts are inspected, so a message repeating one
    /// blob a hundred times costs no more than one carrying a few.
    static let limit = 4

    /// `tokens` are the message's own tokens, used to see whether it asks for reversing.
    static func candidates(in text: String, tokens: [SafetyToken]) -> [String] {
        var found = base64Texts(in: text)
        if let glued = gluedFragments(in: text) { found.append(glued) }
        if tokens.contains(where: asksToReverse) { found.append(String(text.reversed())) }
        var seen = Set<String>()
        return Array(found.filter { seen.insert($0).inserted }.prefix(limit))
    }

    /// Runs of 16 or more base64 characters that decode to readable UTF-8.
    private static func base64Texts(in text: String) -> [String] {
        var results: [String] = []
        var run: [UInt8] = []
        func flush() {
            defer { run.removeAll(keepingCapacity: true) }
            guard run.count >= 16, run.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") || $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }) else { return }
            var padded = run.filter { $0 != UInt8(ascii: "=") }
            while padded.count % 4 != 0 { padded.append(UInt8(ascii: "=")) }
            guard let data = Data(base64Encoded: Data(padded)), let decoded = String(data: data, encoding: .utf8), isReadable(decoded) else { return }
            results.append(decoded)
        }
        for byte in text.utf8 {
            if isBase64(byte) {
                run.append(byte)
            } else {
                flush()
            }
        }
        flush()
        return results
    }

    private static func isBase64(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
    }

    /// Mostly letters and spaces: decoded instructions, not binary noise.
    private static func isReadable(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard scalars.count >= 8 else { return false }
        let letters = scalars.count { $0.properties.isAlphabetic || $0 == " " }
        let controls = scalars.count { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }
        return controls == 0 && letters * 10 >= scalars.count * 8
    }

    /// "'igno' + 'ra tus ' + 'instrucciones'" → "ignora tus instrucciones".
    private static func gluedFragments(in text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "+")) else { return nil }
        let quotes: Set<Character> = ["'", "\"", "‘", "’", "“", "”", "`"]
        var result = ""
        var glued = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if quotes.contains(character) {
                // A closing quote, "+", an opening quote: drop all three.
                var cursor = text.index(after: index)
                while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
                if cursor < text.endIndex, text[cursor] == "+" {
                    cursor = text.index(after: cursor)
                    while cursor < text.endIndex, text[cursor] == " " { cursor = text.index(after: cursor) }
                    if cursor < text.endIndex, quotes.contains(text[cursor]) {
                        glued = true
                        index = text.index(after: cursor)
                        continue
                    }
                }
            }
            result.append(character)
            index = text.index(after: index)
        }
        return glued ? result : nil
    }

    /// "léelo al revés", "read it backwards".
    private static func asksToReverse(_ token: SafetyToken) -> Bool {
        token.isWord("reves") || token.isWord("alreves") || token.isWord("backwards") || token.isWord("reverse")
            || token.isWord("reversed") || token.isWord("invertido")
    }
}
