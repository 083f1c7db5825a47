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
            allow(vehicles)
        }

        public mutating func allow(_ vehicles: [Vehicle]) {
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
    /// "1.95 millones", "2 palos", "800 mil"; a four-digit number from 1950 to 2049 with no
    /// unit is a year.
    public func violations(in reply: String, facts: Facts) -> [Violation] {
        Self.figures(in: reply).filter { figure in
            switch figure.kind {
            case .price: !facts.amounts.contains(figure.value)
            case .year: !facts.years.contains(figure.value)
            case .mileage: figure.value > 0 && !facts.kilometres.contains(figure.value)
            case .vehicle, .vehicleId: false
            }
        }
    }

    /// Every price, mileage and year in a text, in one pass over its scalars: a regex would be
    /// compiled again on every call, and replies are checked sentence by sentence.
    static func figures(in text: String) -> [Violation] {
        let chars = Array(text.unicodeScalars)
        func isDigit(_ i: Int) -> Bool { i < chars.count && (0x30...0x39).contains(chars[i].value) }
        func slice(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(chars[range])) }
        var found: [Violation] = []
        var i = 0
        while i < chars.count {
            // A number starts a word: the digits of "RAV4", "MDC-0007" or "x5" are not figures.
            guard isDigit(i), i == 0 || !(isWordPart(chars[i - 1]) || chars[i - 1] == "-" || chars[i - 1] == "_") else {
                i += 1
                continue
            }
            let start = i
            var groups = [""]
            while i < chars.count {
                if isDigit(i) {
                    groups[groups.count - 1].unicodeScalars.append(chars[i])
                } else if chars[i] == "," || chars[i] == ".", isDigit(i + 1) {
                    groups.append("")
                } else {
                    break
                }
                i += 1
            }
            var unit = Self.unit(after: chars, at: i)
            // "90 mil km": thousands of kilometres.
            if let scale = unit, !scale.mileage, scale.scale == 1_000, let km = Self.unit(after: chars, at: scale.end), km.mileage {
                unit = (true, 1_000, km.end)
            }
            // "4x4", "2.0L": a number glued to a word that is no unit is part of that word.
            guard i == chars.count || !chars[i].properties.isAlphabetic || unit != nil else { continue }
            // "1,950,000" and "1.950.000" are grouped thousands; a last group of one or two digits
            // is a fraction: "1.95 millones", "RD$1,950,000.00".
            let fraction = groups.count > 1 && groups[groups.count - 1].count < 3 ? groups.removeLast() : "0"
            let whole = Double(groups.joined()) ?? 0
            let value = Double(groups.joined() + "." + fraction) ?? whole
            let currency = Self.currency(before: chars, at: start)
            if let unit, unit.mileage {
                found.append(Violation(kind: .mileage, value: Self.figure(unit.scale == 1 ? whole : (value * unit.scale).rounded()), text: slice(start..<unit.end)))
            } else if let unit {
                found.append(Violation(kind: .price, value: Self.figure((value * unit.scale).rounded()), text: slice((currency ?? start)..<unit.end)))
            } else if let currency {
                found.append(Violation(kind: .price, value: Self.figure(value.rounded(.down)), text: slice(currency..<i)))
            } else if groups.count == 1, fraction == "0", groups[0].count == 4, (1950...2049).contains(Self.figure(whole)) {
                found.append(Violation(kind: .year, value: Int(whole), text: groups[0]))
            }
        }
        return found
    }

    private static func isWordPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || (0x30...0x39).contains(scalar.value)
    }

    /// A figure as an integer; one too large for any listing (a model can write a hundred
    /// digits) becomes `Int.max`, which no fact holds.
    private static func figure(_ value: Double) -> Int {
        value.isFinite && abs(value) < 1e15 ? Int(value) : Int.max
    }

    /// "km", "pesos", "mil", "millones", "palos" right after a number (one space allowed).
    private static func unit(after chars: [Unicode.Scalar], at index: Int) -> (mileage: Bool, scale: Double, end: Int)? {
        var start = index
        if start < chars.count, chars[start] == " " { start += 1 }
        var end = start
        // Combining accents belong to the word: "kilómetros" may come decomposed.
        while end < chars.count, chars[end].properties.isAlphabetic || (0x300...0x36F).contains(chars[end].value) { end += 1 }
        guard end > start, end - start <= 12 else { return nil }
        return switch String(String.UnicodeScalarView(chars[start..<end])).folded {
        case "km", "kms", "kilometros": (true, 1, end)
        case "pesos", "dolares": (false, 1, end)
        case "mil", "k": (false, 1_000, end)
        case "millones", "millon", "palos", "palo", "m": (false, 1_000_000, end)
        default: nil
        }
    }

    /// Where "RD$", "US$", "$", "USD" or "DOP" starts, right before a number (one space allowed).
    private static func currency(before chars: [Unicode.Scalar], at index: Int) -> Int? {
        var end = index
        if end > 0, chars[end - 1] == " " { end -= 1 }
        for code in ["RD$", "US$", "$", "USD", "DOP"] where end >= code.unicodeScalars.count {
            let start = end - code.unicodeScalars.count
            if String(String.UnicodeScalarView(chars[start..<end])).uppercased() == code,
               start == 0 || !chars[start - 1].properties.isAlphabetic { return start }
        }
        return nil
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
}
