/// The 64-bit FNV-1a hash that keys model features at run time. Collisions among a
/// few tens of thousands of features are vanishingly unlikely at 64 bits, and the
/// function is fixed so model files stay valid across builds. Being a byte-by-byte
/// fold, it can be extended one byte at a time (`step`), which is how n-grams are
/// hashed without building strings.
enum FeatureHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = offsetBasis
        for byte in bytes { hash = step(hash, byte) }
        return hash
    }
}
