import Foundation
import OKLACore
import OKLANLU
import OKLAStore

/// Finds the vehicle facts in a reply that the dealer does not have: a price, model year or
/// mileage that no listing carries (and that the buyer did not say themselves), a make or
/// model it does not sell, a vehicle id that is not one of its listings. Composed replies pass
/// by construction; model-written ones are checked before a buyer sees them.
public struct GroundingValidator: Sendable {
    /// What a reply may state.
    public struct Facts: Sendable {
        /// Whole amounts in either currency: listing prices and the buyer's own figures.
        public var amounts: Set<Int> = []
        public var years: Set<Int> = []
        public var kilometres: Set<Int> = []
        /// `matchKey`s of makes, and of each make's models.
        public var makes: Set<String> = []
        public var models: [String: Set<String>] = [:]
        public var vehicleIds: Set<String> = []

        public init() {}

        /// The listings' own prices, years, mileages, names and ids.
        public init(vehicles: [Vehicle]) {
            for v in vehicles {
                amounts.insert(Int(v.price.rounded()))
                years.insert(v.year)
                if let km = v.mileageKm { kilometres.insert(km) }
                allowName(make: v.make, model: v.model)
                vehicleIds.insert(v.vehicleId)
            }
        }

        mutating func allowName(make: String?, model: String?) {
            guard let make else { return }
            makes.insert(matchKey(make))
            if let model { models[matchKey(make), default: []].insert(matchKey(model)) }
        }

        /// Figures the buyer stated (a budget, a year range) may be repeated back to them.
        public mutating func allow(_ entities: Entities, pesosPerDollar: Double) {
            for price in [entities.priceMin, entities.priceMax].compactMap({ $0 }) {
                amounts.insert(Int(price.rounded()))
                amounts.insert(Int((entities.currency == .USD ? price * pesosPerDollar : price).rounded()))
            }
            for year in [entities.yearMin, entities.yearMax].compactMap({ $0 }) { years.insert(year) }
            // "No tengo Tesla ahora mismo" repeats the buyer's words; it does not invent a vehicle.
            allowName(make: entities.make, model: entities.model)
        }

        /// Figures the dealer wrote themselves (warranty, quick replies) may be quoted.
        public mutating func allowFigures(in dealerText: String) {
            for figure in GroundingValidator().violations(in: dealerText, facts: Facts()) {
                switch figure.kind {
                case .price: amounts.insert(figure.value)
                case .year: years.insert(figure.value)
                case .mileage: kilometres.insert(figure.value)
                case .vehicle, .vehicleId: break
                }
            }
        }
    }

    public struct Violation: Sendable, Equatable, CustomStringConvertible {
        public enum Kind: String, Sendable { case price, year, mileage, vehicle, vehicleId = "vehicle_id" }
        public var kind: Kind
        /// The figure as a number; 0 for names and ids.
        public var value: Int
        /// The text as the reply wrote it.
        public var text: String
        public var description: String { "\(kind.rawValue) «\(text)»" }
    }

    public init() {}

    /// Prices, mileages and years in a reply that the facts do not hold. Amounts are read as
    /// buyers and models write them: "RD$1,950,000", "US$ 35.500", "1,950,000 pesos",
    /// "1.95 millones", "2 palos", "800 mil".
    public func violations(in reply: String, facts: Facts) -> [Violation] {
        let money = /(?i)(RD\$|US\$|\$|USD|DOP)\s?(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d{1,2}))?(?:\s?(mil|millones|millón|millon|k|m)\b)?/
        let spoken = /(?i)(\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,](\d{1,3}))?\s?(pesos|d[oó]lares|mil\b|millones|mill[oó]n|palos?\b)/
        let mileage = /(?i)(\d{1,3}(?:[.,]\d{3})+|\d+)\s?(?:km|kil[oó]metros)\b/
        // Prices and mileages are removed first, so a bare four-digit number left is a year.
        let year = /\b((?:19[5-9]|20[0-4])\d)\b/
        var found: [Violation] = []
        var rest = reply
        func amount(_ text: Substring, whole: Substring, fraction: Substring?, scale: Substring?) {
            rest = rest.replacingOccurrences(of: String(text), with: " ")
            guard let value = Self.amount(whole: whole, fraction: fraction, scale: scale), !facts.amounts.contains(value) else { return }
            found.append(Violation(kind: .price, value: value, text: String(text)))
        }
        for match in reply.matches(of: money) {
            amount(match.output.0, whole: match.output.2, fraction: match.output.3, scale: match.output.4)
        }
        for match in rest.matches(of: spoken) {
            amount(match.output.0, whole: match.output.1, fraction: match.output.2, scale: match.output.3)
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

    /// "1,950,000" → 1950000; "1.95" with "millones" → 1950000; "800" with "mil" → 800000.
    private static func amount(whole: Substring, fraction: Substring?, scale: Substring?) -> Int? {
        guard let integer = number(whole) else { return nil }
        let multiplier: Double = switch scale?.lowercased() {
        case "mil", "k": 1_000
        case "millones", "millón", "millon", "m", "palo", "palos": 1_000_000
        default: 1
        }
        let decimals = fraction.flatMap { Double("0." + $0) } ?? 0
        return Int(((Double(integer) + decimals) * multiplier).rounded())
    }

    /// Makes and models (as `names` read them in the reply) and vehicle ids the facts do not
    /// hold. A model counts when it is part of a listed model's name: "Prado" is the
    /// "Land Cruiser Prado". Ids are the words shaped like listing ids ("MDC-0001", "veh_123"):
    /// letters, a dash or underscore, and at least two digits.
    public func unknownVehicles(in reply: String, facts: Facts, names: [VehicleName]) -> [Violation] {
        var found: [Violation] = []
        for name in names {
            let make = matchKey(name.make)
            let known = facts.makes.contains(make)
                && (name.model.map { model in facts.models[make, default: []].contains { $0.contains(matchKey(model)) } } ?? true)
            if !known {
                found.append(Violation(kind: .vehicle, value: 0, text: [name.make, name.model].compactMap { $0 }.joined(separator: " ")))
            }
        }
        for word in reply.split(whereSeparator: { $0.isWhitespace || ",;:()[]«»\"'¿?¡!".contains($0) }) {
            let token = word.trimmingCharacters(in: CharacterSet(charactersIn: "."))
            let digits = token.filter(\.isNumber).count
            guard token.contains(where: { $0 == "-" || $0 == "_" }), token.contains(where: \.isLetter), digits >= 2,
                  !facts.vehicleIds.contains(token) else { continue }
            found.append(Violation(kind: .vehicleId, value: 0, text: token))
        }
        return found
    }

    private static func number(_ digits: Substring) -> Int? {
        Int(digits.filter(\.isNumber))
    }
}
