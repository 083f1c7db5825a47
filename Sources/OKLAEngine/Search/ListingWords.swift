import OKLACore
import OKLANLU
import OKLAStore
import Synchronization

/// A listing's own words as searches read them: trim, description and equipment in the
/// form messages are normalized to, and the stemmed words of its equipment. Normalizing is
/// the costly part, and the same listings come back search after search, so each version of
/// a listing is read once.
struct ListingWords: Sendable {
    /// Spaced at both ends, so a phrase can be matched at the start of a word.
    let text: String
    /// Stemmed, as `VehicleDocument.terms` writes them: "sunroof", "piel", "360".
    let equipment: Set<String>

    init(_ v: Vehicle) {
        text = " " + TextNormalizer.normalize(([v.trim, v.description].compactMap { $0 } + v.features).joined(separator: " . ")) + " "
        equipment = Set(v.features.flatMap(VehicleDocument.terms))
    }

    /// Whether the listing says any of these phrases (normalized, each at a word start).
    func says(_ phrases: [String]) -> Bool {
        phrases.contains { text.contains(" " + $0) }
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
