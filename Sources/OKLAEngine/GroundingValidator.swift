import Foundation
import OKLACore

/// Finds the vehicle facts in a reply that the dealer does not have: a price, model year or
/// mileage that no listing carries (and that the buyer did not say themselves). Composed
/// replies pass by construction; model-written ones are checked before a buyer sees them.
public struct GroundingValidator: Sendable {
    /// What a reply may state.
    public struct Facts: Sendable {
        /// Whole amounts in either currency: listing prices and the buyer's own figures.
        public var amounts: Set<Int> = []
        public var years: Set<Int> = []
        public var kilometres: Set<Int> = []

        public init() {}

        /// The listings' own prices, years and mileages.
        public init(vehicles: [Vehicle]) {
            for v in vehicles {
                amounts.insert(Int(v.price.rounded()))
                years.insert(v.year)
                if let km = v.mileageKm { kilometres.insert(km) }
            }
        }

        /// Figures the buyer stated (a budget, a year range) may be repeated back to them.
        public mutating func allow(_ entities: Entities, pesosPerDollar: Double) {
            for price in [entities.priceMin, entities.priceMax].compactMap({ $0 }) {
                amounts.insert(Int(price.rounded()))
                amounts.insert(Int((entities.currency == .USD ? price * pesosPerDollar : price).rounded()))
            }
            for year in [entities.yearMin, entities.yearMax].compactMap({ $0 }) { years.insert(year) }
        }

        /// Figures the dealer wrote themselves (warranty, quick replies) may be quoted.
        public mutating func allowFigures(in dealerText: String) {
            for figure in GroundingValidator().violations(in: dealerText, facts: Facts()) {
                switch figure.kind {
                case .price: amounts.insert(figure.value)
                case .year: years.insert(figure.value)
                case .mileage: kilometres.insert(figure.value)
                }
            }
        }
    }

    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable { case price, year, mileage }
        public var kind: Kind
        public var value: Int
        /// The text as the reply wrote it.
        public var text: String
        public var description: String { "\(kind.rawValue) «\(text)»" }
    }

    public init() {}

    public func violations(in reply: String, facts: Facts) -> [Violation] {
        let money = /(RD\$|US\$|\$)\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/
        let mileage = /(\d{1,3}(?:,\d{3})+|\d+)\s?(?:km|kilómetros|kilometros)\b/
        // Prices and mileages are removed first, so a bare four-digit number left is a year.
        let year = /\b((?:19[5-9]|20[0-4])\d)\b/
        var found: [Violation] = []
        var rest = reply
        for match in reply.matches(of: money) {
            rest = rest.replacingOccurrences(of: String(match.output.0), with: " ")
            if let value = Self.number(match.output.2), !facts.amounts.contains(value) {
                found.append(Violation(kind: .price, value: value, text: String(match.output.0)))
            }
        }
        for match in rest.matches(of: mileage) {
            if let value = Self.number(match.output.1), value > 0, !facts.kilometres.contains(value) {
                found.append(Violation(kind: .mileage, value: value, text: String(match.output.0)))
            }
            rest = rest.replacingOccurrences(of: String(match.output.0), with: " ")
        }
        for match in rest.matches(of: year) {
            if let value = Int(match.output.1), !facts.years.contains(value) {
                found.append(Violation(kind: .year, value: value, text: String(match.output.1)))
            }
        }
        return found
    }

    private static func number(_ digits: Substring) -> Int? {
        Int(digits.replacingOccurrences(of: ",", with: ""))
    }
}
