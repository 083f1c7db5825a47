import Foundation
import OKLACore

/// Structured filters over one dealer's inventory.
public struct VehicleQuery: Sendable, Equatable {
    public var dealerId: String
    public var filters: Entities
    public var statuses: [VehicleStatus]
    public var excludedIds: [String]
    /// Pesos per US dollar, used to compare prices across currencies. Default 63.
    public var pesosPerDollar: Double
    /// Default 5.
    public var limit: Int
    /// Default newest first.
    public var order: Order

    public enum Order: Sendable, Equatable {
        /// Newest year first, then cheapest.
        case newestFirst
        /// Cheapest first (prices compared in pesos), for "lo más cercano a tu presupuesto".
        case cheapestFirst
    }

    public init(
        dealerId: String, filters: Entities = Entities(), statuses: [VehicleStatus] = [.available],
        excludedIds: [String] = [], pesosPerDollar: Double = 63, limit: Int = 5, order: Order = .newestFirst
    ) {
        self.dealerId = dealerId
        self.filters = filters
        self.statuses = statuses
        self.excludedIds = excludedIds
        self.pesosPerDollar = pesosPerDollar
        self.limit = limit
        self.order = order
    }

    /// The price bounds in pesos: a buyer's ceiling in dollars is compared to peso prices too.
    public var priceBoundsDOP: (min: Double?, max: Double?) {
        let rate = filters.currency == .USD ? pesosPerDollar : 1
        return (filters.priceMin.map { $0 * rate }, filters.priceMax.map { $0 * rate })
    }
}

/// Make and model compared without case, accents, spaces or dashes: "CR-V" = "crv" = "Cr V".
public func matchKey(_ name: String) -> String {
    // Most names are plain ASCII, which needs no Unicode folding: searches compare many.
    if name.utf8.allSatisfy({ $0 < 0x80 }) {
        return String(decoding: name.utf8.compactMap { byte -> UInt8? in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 32
            default: nil
            }
        }, as: UTF8.self)
    }
    return String(name.folded
        .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
}
