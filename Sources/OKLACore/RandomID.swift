/// Random identifiers from the system's generator (one `getrandom` call). Foundation's `UUID()`
/// on Linux opens, reads and closes /dev/urandom for every id, and a chat turn makes several.
public enum RandomID {
    /// A version 4 UUID in lowercase, as `UUID().uuidString.lowercased()` writes it.
    public static func uuid() -> String {
        var bytes = random(count: 16)
        bytes[6] = bytes[6] & 0x0F | 0x40
        bytes[8] = bytes[8] & 0x3F | 0x80
        let hex = Array(bytes.hexadecimal.utf8)
        let groups = [hex[0..<8], hex[8..<12], hex[12..<16], hex[16..<20], hex[20..<32]]
        return String(decoding: Array(groups.joined(separator: [UInt8(ascii: "-")])), as: UTF8.self)
    }

    /// `count` random bytes as lowercase hexadecimal.
    public static func hexadecimal(count: Int) -> String {
        random(count: count).hexadecimal
    }

    private static func random(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: count)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < count {
                withUnsafeBytes(of: generator.next() as UInt64) { word in
                    for byte in word where offset < count {
                        buffer[offset] = byte
                        offset += 1
                    }
                }
            }
        }
        return bytes
    }
}
