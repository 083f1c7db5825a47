import OKLACore
import OKLANLU
import OKLAStore
import Synchronization

/// Phrases of normalized text (`TextNormalizer`), each found where a word starts: "barat"
/// finds "baratico", and "carga " is not "cargador". Compared as bytes, since they are
/// looked for in every candidate of every search.
struct Phrases: Sendable {
    private let patterns: [[UInt8]]

    init(_ phrases: [String]) {
        patterns = phrases.map { Array((" " + $0).utf8) }
    }

    /// A normalized text as phrases are looked for in it: bytes, a space at each end.
    static func spaced(_ normalized: String) -> [UInt8] {
        Array((" " + normalized + " ").utf8)
    }

    /// Whether a `spaced` text holds any of the phrases.
    func found(in text: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in
            for pattern in patterns where pattern.count <= text.count {
                let hit = pattern.withUnsafeBufferPointer { pattern in
                    for start in 0...(text.count - pattern.count) where text[start] == pattern[0] {
                        var length = 1
                        while length < pattern.count && text[start + length] == pattern[length] { length += 1 }
                        if length == pattern.count { return true }
                    }
                    return false
                }
                if hit { return true }
            }
            return false
        }
    }
}

/// A listing as searches read it: its trim, description and equipment normalized like
/// messages, the stemmed words of its equipment, its make and colour as compared, and its
/// traction. Normalizing is the costly part, and the same listings come back search after
/// search, so each version of a listing is read once.
struct ListingWords: Sendable {
    enum Traction { case fourByFour, allWheel }

    /// `Phrases.spaced`.
    let text: [UInt8]
    /// Each equipment item as written and `Phrases.spaced`.
    let features: [(name: String, text: [UInt8])]
    /// Stemmed, as `VehicleDocument.terms` writes them: "sunroof", "piel", "360".
    let equipment: Set<String>
    /// `matchKey` of the make and of the model.
    let make: String
    let model: String
    /// `Phrases.spaced`.
    let color: [UInt8]
    let traction: Traction?

    init(_ v: Vehicle) {
        text = Phrases.spaced(TextNormalizer.normalize(([v.trim, v.description].compactMap { $0 } + v.features).joined(separator: " . ")))
        let normalized = v.features.map(TextNormalizer.normalize)
        features = zip(v.features, normalized).map { ($0, Phrases.spaced($1)) }
        equipment = Set(normalized.flatMap { VehicleDocument.terms(folded: $0) })
        make = matchKey(v.make)
        model = matchKey(v.model)
        color = Phrases.spaced(TextNormalizer.normalize(v.color ?? ""))
        let drive = Phrases.spaced(TextNormalizer.normalize(v.drive ?? ""))
        traction = Self.fourByFour.found(in: drive) ? .fourByFour : (Self.allWheel.found(in: drive) ? .allWheel : nil)
    }

    static let fourByFour = Phrases(["4x4", "4 x 4", "4wd"])
    static let allWheel = Phrases(["awd", "total", "integral", "4matic", "xdrive"])

    /// Whether the listing says any of these phrases.
    func says(_ phrases: Phrases) -> Bool { phrases.found(in: text) }

    /// The equipment items naming any of these phrases, as the listing writes them.
    func features(naming phrases: Phrases) -> [String] {
        features.filter { phrases.found(in: $0.text) }.map(\.name)
    }

    static func of(_ v: Vehicle) -> ListingWords {
        if let hit = cache.withLock({ $0[v.vehicleId] }), hit.vehicle == v { return hit.words }
        let words = ListingWords(v)
        cache.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[v.vehicleId] = (v, words)
        }
        return words
    }

    /// Listings kept before the cache starts over: a large dealer network's stock on offer.
    private static let capacity = 20_000
    private static let cache = Mutex<[String: (vehicle: Vehicle, words: ListingWords)]>([:])
}
