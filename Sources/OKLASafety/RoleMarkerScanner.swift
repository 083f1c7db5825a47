/// Finds text dressed up as a message from the system, an administrator or the assistant
/// itself ("SYSTEM: …", "### Instrucción:", "[ADMIN]", "<|im_start|>system"), or as a tool
/// call (`update_price(id=1)`, `{"function": …}`, `<tool_call>`). Buyers do not write role
/// labels, chat-template tokens or code, so any of them is a strong signal.
enum RoleMarkerScanner {
    /// Labels that only a forged message would start a line with.
    private static let roles: Set<String> = [
        "system", "sistema", "assistant", "asistente", "admin", "administrador", "administrator", "developer",
        "desarrollador", "dev", "root", "operator", "operador", "instruction", "instructions", "instruccion",
        "instrucciones", "override",
    ]
    /// Labels that are only suspicious inside template markup ("### Response", "[USER]").
    private static let markupRoles: Set<String> = [
        "response", "respuesta", "user", "usuario", "human", "inst", "sys", "bot", "ai", "ia", "tool", "tools", "function", "functions",
    ]
    /// JSON keys of chat messages and tool calls.
    private static let jsonKeys: Set<String> = ["role", "tool", "tools", "function", "functions", "arguments", "args", "parameters", "params", "action", "command"]

    static func hasForgedMarkup(_ text: String) -> Bool {
        let folded = fold(text)
        if contains(folded, "<|") || contains(folded, "|>") || callsFunction(folded) { return true }
        var lineStart = true
        var index = 0
        while index < folded.count {
            let byte = folded[index]
            if byte == UInt8(ascii: "\n") {
                lineStart = true
                index += 1
                continue
            }
            if lineStart && byte != UInt8(ascii: " ") {
                lineStart = false
                if labelsLine(folded, from: index) { return true }
            }
            if opensMarkup(folded, at: index) {
                // "[ADMIN]", "<system>", "```system", "[OKLA SYSTEM]": a role among the first two words.
                let words = leadingWords(folded, from: index + 1, count: 2)
                if words.contains(where: { roles.contains($0) || markupRoles.contains($0) }) { return true }
            }
            // JSON roles and keys: "role": "system", "function": "set_price"
            if byte == UInt8(ascii: "\""), let word = leadingWords(folded, from: index + 1, count: 1).first,
               roles.contains(word) || jsonKeys.contains(word), index + word.count + 1 < folded.count, folded[index + word.count + 1] == UInt8(ascii: "\"") {
                return true
            }
            index += 1
        }
        return false
    }

    /// "Nota del sistema: …", "SYSTEM: …", "OKLA-ADMIN: …": up to four words, the last a
    /// role, then a colon.
    private static func labelsLine(_ text: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < text.count, "#*->=\"' ".utf8.contains(text[index]) { index += 1 }
        var words: [String] = []
        var current: [UInt8] = []
        while index < text.count && words.count <= 4 {
            let byte = text[index]
            if SafetyTokenizer.isLetter(byte) {
                current.append(byte)
            } else {
                if !current.isEmpty {
                    words.append(String(decoding: current, as: UTF8.self))
                    current = []
                }
                if byte == UInt8(ascii: ":") { return words.last.map(roles.contains) ?? false }
                if !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")) { return false }
            }
            index += 1
        }
        return false
    }

    /// A snake_case name called like a function ("update_price(") or given a value
    /// ("dealer_id=*"). Web links carry such names too ("?utm_source=ig"), so a name right
    /// after "?", "&", "/" or "." does not count.
    private static func callsFunction(_ text: [UInt8]) -> Bool {
        var index = 0
        while index < text.count {
            guard SafetyTokenizer.isLetter(text[index]), index == 0 || !isNamePart(text[index - 1]) else {
                index += 1
                continue
            }
            let start = index
            var underscores = 0
            while index < text.count, isNamePart(text[index]) {
                if text[index] == UInt8(ascii: "_") { underscores += 1 }
                index += 1
            }
            guard underscores > 0, text[index - 1] != UInt8(ascii: "_") else { continue }
            var next = index
            while next < text.count, text[next] == UInt8(ascii: " ") { next += 1 }
            guard next < text.count else { continue }
            if text[next] == UInt8(ascii: "(") { return true }
            if text[next] == UInt8(ascii: "="), start == 0 || !"?&/.".utf8.contains(text[start - 1]) { return true }
        }
        return false
    }

    private static func isNamePart(_ byte: UInt8) -> Bool {
        SafetyTokenizer.isLetter(byte) || SafetyTokenizer.isDigit(byte) || byte == UInt8(ascii: "_")
    }

    /// "[", "<", "{", a "###" heading or a "```" code fence.
    private static func opensMarkup(_ text: [UInt8], at index: Int) -> Bool {
        let byte = text[index]
        if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "{") { return true }
        return (byte == UInt8(ascii: "#") || byte == UInt8(ascii: "`")) && index + 2 < text.count && text[index + 1] == byte && text[index + 2] == byte
    }

    /// Up to `count` words after markup characters ("[/INST]" → ["inst"], "### System" →
    /// ["system"], "[OKLA SYSTEM]" → ["okla", "system"]).
    private static func leadingWords(_ text: [UInt8], from start: Int, count: Int) -> [String] {
        var index = start
        while index < text.count, "#/|<`{[ ".utf8.contains(text[index]) { index += 1 }
        var words: [String] = []
        while words.count < count {
            var word: [UInt8] = []
            while index < text.count, SafetyTokenizer.isLetter(text[index]) {
                word.append(text[index])
                index += 1
            }
            guard !word.isEmpty else { break }
            words.append(String(decoding: word, as: UTF8.self))
            guard index < text.count, text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "_") else { break }
            index += 1
        }
        return words
    }

    private static func contains(_ text: [UInt8], _ needle: StaticString) -> Bool {
        let pattern = Array(UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
        guard text.count >= pattern.count else { return false }
        return (0...(text.count - pattern.count)).contains { start in text[start..<(start + pattern.count)].elementsEqual(pattern) }
    }

    private static func fold(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch ScalarFolding.fold(scalar) {
            case .byte(let byte, _): bytes.append(byte)
            case .drop: continue
            case .space: bytes.append(UInt8(ascii: " "))
            }
        }
        return bytes
    }
}
