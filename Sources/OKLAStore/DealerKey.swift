import Crypto
import Foundation
import OKLACore

/// Dealer API keys: random, shown once, stored only as a SHA-256 hash.
public enum DealerKey {
    public static func generate() -> String {
        "okla_dk_" + RandomID.hexadecimal(count: 24)
    }

    public static func hash(_ key: String) -> String {
        SHA256.hash(data: Data(key.utf8)).hexadecimal
    }
}
