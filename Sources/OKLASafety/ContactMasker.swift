/// Masks phone numbers and e-mail addresses for logs, keeping just enough to tell them
/// apart when debugging: "809-555-1234" → "809-***-**34", "juan@gmail.com" → "j***@gmail.com".
enum ContactMasker {
    static func mask(_ text: String) -> String {
        let fold = OffsetFold(text)
        var bytes = Array(text.utf8)
        for cluster in DigitCluster.scan(fold.bytes) {
            let lengths = cluster.groups.map(\.count)
            let digits = lengths.reduce(0, +)
            let isPhone = cluster.international ? (7...15).contains(digits)
                : [[3, 3, 4], [1, 3, 3, 4], [4, 3, 4], [3, 7], [10], [11]].contains(lengths)
                    && (lengths != [11] || fold.bytes[cluster.groups[0].lowerBound] == UInt8(ascii: "1"))
            guard isPhone else { continue }
            // Keep the country and area code (the first group, both groups of "+1 809 …",
            // or the first 3–4 digits of an unbroken number) and the last two digits.
            let nanp = lengths.count > 2 && lengths[0] == 1 && lengths[1] == 3
            let kept = nanp ? 4 : lengths.count > 1 ? lengths[0] : (digits == 11 ? 4 : 3)
            var position = 0
            for group in cluster.groups {
                for index in group {
                    if position >= kept && position < digits - 2 {
                        bytes[fold.originalOffsets(index..<(index + 1)).lowerBound] = UInt8(ascii: "*")
                    }
                    position += 1
                }
            }
        }
        return maskEmails(String(decoding: bytes, as: UTF8.self))
    }

    private static func maskEmails(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return text }
        var bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "@") else {
                index += 1
                continue
            }
            var start = index
            while start > 0 && isLocalPart(bytes[start - 1]) { start -= 1 }
            var end = index + 1
            while end < bytes.count && isLocalPart(bytes[end]) { end += 1 }
            let domain = bytes[(index + 1)..<end]
            guard start < index, domain.contains(UInt8(ascii: ".")) else {
                index += 1
                continue
            }
            let masked = [bytes[start]] + Array("***".utf8)
            bytes.replaceSubrange((start + 1)..<index, with: masked.dropFirst())
            index = start + masked.count + 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isLocalPart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
    }
}
