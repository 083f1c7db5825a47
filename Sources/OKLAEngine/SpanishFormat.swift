import Foundation
import OKLACore

/// Numbers as Dominican buyers read them: "RD$1,950,000", "US$35,500", "45,000 km".
enum SpanishFormat {
    static func money(_ amount: Double, _ currency: Currency) -> String {
        (currency == .USD ? "US$" : "RD$") + grouped(amount.rounded())
    }

    static func km(_ km: Int) -> String { grouped(Double(km)) + " km" }

    static func grouped(_ value: Double) -> String {
        let whole = Int(value)
        var digits = String(abs(whole))
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        return (whole < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    /// "12.75", "20": rates and percentages as dealers write them.
    static func decimal(_ value: Double) -> String {
        value == value.rounded() ? grouped(value) : String(format: "%.2f", value)
    }

    /// "20", "30.3": a share to one decimal, without a trailing ".0".
    static func percent(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(format: "%.1f", tenths)
    }

    /// "Toyota RAV4 2021 (Blanco), RD$1,950,000, 45,000 km"
    static func line(_ v: Vehicle) -> String {
        var parts = [v.title + (v.trim.map { " \($0)" } ?? "") + (v.color.map { " (\($0.lowercased()))" } ?? "")]
        parts.append(money(v.price, v.currency))
        if let km = v.mileageKm { parts.append(km == 0 ? "0 km" : self.km(km)) }
        return parts.joined(separator: ", ")
    }

    static let transmission: [Transmission: String] = [.automatic: "automática", .manual: "mecánica"]
    static let fuel: [Fuel: String] = [.gasoline: "gasolina", .diesel: "diésel", .hybrid: "híbrido", .electric: "eléctrico", .lpg: "gas (GLP)"]
    static let bodyPlural: [BodyType: String] = [
        .suv: "yipetas", .sedan: "sedanes", .hatchback: "hatchbacks", .pickup: "camionetas", .minivan: "minivans",
        .van: "guaguas", .coupe: "coupés", .motorcycle: "motores",
    ]
}
