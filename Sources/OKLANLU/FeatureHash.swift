/// The 64-bit FNV-1a hash that keys model features at run time. Collisions among a
/// few tens of thousands of features are vanishingly unlikely at 64 bits, and the
/// function is fixed so model files stay valid across builds.
enum FeatureHash {
    static func fnv1a<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
