import Foundation
import OKLACore

/// A problem with one row of an import or one API body: which row, which field, what is wrong.
public struct ImportIssue: Codable, Sendable, Equatable {
    /// 1-based position of the vehicle in the file (CSV: the header is not counted). Nil for API bodies.
    public var row: Int?
    public var vehicleId: String?
    public var field: String
    public var message: String

    public init(row: Int?, vehicleId: String?, field: String, message: String) {
        self.row = row
        self.vehicleId = vehicleId
        self.field = field
        self.message = message
    }
}

/// Turns a loosely typed record (decoded JSON, or a CSV row of strings) into a `Vehicle`,
/// accepting the Spanish words dealers use ("yipeta", "mecánica", "gas") and collecting every
/// problem instead of stopping at the first. Unknown fields are ignored.
public enum VehicleRecordParser {
    public static func parse(_ record: [String: Any], row: Int?, dealerId defaultDealer: String?) -> Result<Vehicle, IssueList> {
        var issues: [ImportIssue] = []
        let vehicleId = string(record["vehicleId"])
        func issue(_ field: String, _ message: String) {
            issues.append(ImportIssue(row: row, vehicleId: vehicleId, field: field, message: message))
        }
        func required(_ field: String) -> String {
            guard let value = string(record[field]) else {
                issue(field, "es obligatorio")
                return ""
            }
            return value
        }
        func optionalEnum<E: RawRepresentable>(_ field: String, _ synonyms: [String: E]) -> E? where E.RawValue == String {
            guard let raw = string(record[field]) else { return nil }
            let key = matchKey(raw)
            if let value = E(rawValue: raw.lowercased()) ?? synonyms[key] { return value }
            issue(field, "valor no reconocido: \(raw)")
            return nil
        }
        func optionalInt(_ field: String, _ range: ClosedRange<Int>) -> Int? {
            guard let value = record[field], string(value) != nil else { return nil }
            guard let n = integer(value), range.contains(n) else {
                issue(field, "debe ser un número entero entre \(range.lowerBound) y \(range.upperBound)")
                return nil
            }
            return n
        }

        let id = required("vehicleId")
        var dealer = string(record["dealerId"]) ?? defaultDealer ?? ""
        if dealer.isEmpty { issue("dealerId", "es obligatorio") }
        if let expected = defaultDealer, let given = string(record["dealerId"]), given != expected {
            issue("dealerId", "el vehículo pertenece a otro dealer (\(given))")
            dealer = expected
        }
        let make = required("make")
        let model = required("model")
        let thisYear = Calendar(identifier: .gregorian).component(.year, from: Date())
        let year: Int
        if let raw = record["year"], string(raw) != nil {
            if let n = integer(raw), (1950...(thisYear + 1)).contains(n) { year = n } else {
                issue("year", "debe ser un año entre 1950 y \(thisYear + 1)")
                year = 0
            }
        } else {
            issue("year", "es obligatorio")
            year = 0
        }
        var price = 0.0
        if let raw = record["price"], string(raw) != nil {
            if let p = number(raw), p > 0, p < 1e10 { price = p } else { issue("price", "debe ser un número mayor que cero") }
        } else {
            issue("price", "es obligatorio")
        }
        let currency = optionalEnum("currency", currencySynonyms) ?? .DOP
        let vehicle = Vehicle(
            vehicleId: id, dealerId: dealer, make: make, model: model, trim: string(record["trim"]),
            year: year, price: price, currency: currency,
            mileageKm: optionalInt("mileageKm", 0...3_000_000),
            bodyType: optionalEnum("bodyType", bodySynonyms),
            transmission: optionalEnum("transmission", transmissionSynonyms),
            fuel: optionalEnum("fuel", fuelSynonyms),
            color: string(record["color"]),
            condition: optionalEnum("condition", conditionSynonyms),
            seats: optionalInt("seats", 1...60),
            drive: string(record["drive"]), location: string(record["location"]),
            description: string(record["description"]),
            features: list(record["features"]), photos: list(record["photos"]), url: string(record["url"]),
            status: optionalEnum("status", statusSynonyms) ?? .available
        )
        return issues.isEmpty ? .success(vehicle) : .failure(IssueList(issues: issues))
    }

    public struct IssueList: Error, Sendable {
        public var issues: [ImportIssue]

        /// The issues as one 422 for an API body: "year: debe ser…; price: …".
        public var validationError: OKLAError {
            OKLAError(.validation, issues.map { "\($0.field): \($0.message)" }.joined(separator: "; "))
        }
    }

    static func string(_ value: Any?) -> String? {
        switch value {
        case let s as String:
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        case let n as NSNumber where !isBoolean(n):
            return n.stringValue
        default:
            return nil
        }
    }

    /// JSON `true`/`false`, told apart from the numbers 1 and 0: on Linux both arrive as
    /// NSNumber and `is Bool` holds for either, so the encoding is what tells.
    static func isBoolean(_ n: NSNumber) -> Bool {
        String(cString: n.objCType) == "c"
    }

    static func number(_ value: Any?) -> Double? {
        if let n = value as? NSNumber, !isBoolean(n) { return n.doubleValue.isFinite ? n.doubleValue : nil }
        guard var s = string(value) else { return nil }
        // "RD$1,950,000" and "1,950,000.00" as dealers paste them.
        s = s.replacingOccurrences(of: "RD$", with: "").replacingOccurrences(of: "US$", with: "")
            .replacingOccurrences(of: "$", with: "").replacingOccurrences(of: ",", with: "")
            .trimmingCharacters(in: .whitespaces)
        guard let d = Double(s), d.isFinite else { return nil }
        return d
    }

    static func integer(_ value: Any?) -> Int? {
        guard let d = number(value), d == d.rounded(), abs(d) < 1e12 else { return nil }
        return Int(d)
    }

    static func list(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.compactMap { string($0) } }
        guard let s = string(value) else { return [] }
        return s.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static let currencySynonyms: [String: Currency] = ["rd": .DOP, "dop": .DOP, "pesos": .DOP, "us": .USD, "usd": .USD, "dolares": .USD]
    static let bodySynonyms: [String: BodyType] = [
        "yipeta": .suv, "jeepeta": .suv, "jeep": .suv, "crossover": .suv, "sedan": .sedan,
        "camioneta": .pickup, "pickup": .pickup, "guagua": .van, "minivan": .minivan, "coupe": .coupe,
        "motor": .motorcycle, "moto": .motorcycle, "motocicleta": .motorcycle, "pasola": .motorcycle,
    ]
    static let transmissionSynonyms: [String: Transmission] = [
        "automatica": .automatic, "automatico": .automatic, "mecanica": .manual, "mecanico": .manual, "manual": .manual,
    ]
    static let fuelSynonyms: [String: Fuel] = [
        "gasolina": .gasoline, "diesel": .diesel, "hibrido": .hybrid, "electrico": .electric,
        "gas": .lpg, "glp": .lpg, "gasglp": .lpg,
    ]
    static let conditionSynonyms: [String: Condition] = ["nuevo": .new, "nueva": .new, "usado": .used, "usada": .used]
    static let statusSynonyms: [String: VehicleStatus] = [
        "disponible": .available, "reservado": .reserved, "reservada": .reserved, "vendido": .sold, "vendida": .sold,
    ]
}
