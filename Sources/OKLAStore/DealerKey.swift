import Crypto
import Foundation

/// Dealer API keys: random, shown once, stored only as a SHA-256 hash.
public enum DealerKey {
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "okla_dk_" + bytes.map { String(format: "%02x", $0) }.joined()
    }

    public static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
