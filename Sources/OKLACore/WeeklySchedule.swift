/// Opening hours per weekday, parsed from the dealer's free text.
public struct WeeklySchedule: Codable, Sendable, Equatable {
    /// Index 0 is Monday, 6 is Sunday. An empty list is a closed day.
    public var days: [[OpeningInterval]]
    /// Parts of the dealer's text that could not be understood; reported, never guessed.
    public var unparsed: [String]

    public init(days: [[OpeningInterval]] = Array(repeating: [], count: 7), unparsed: [String] = []) {
        self.days = days
        self.unparsed = unparsed
    }

    /// Whether `minute` (minutes since midnight) on `weekday` (1 = Monday … 7 = Sunday) is within opening hours.
    public func isOpen(weekday: Int, minute: Int) -> Bool {
        guard (1...7).contains(weekday) else { return false }
        return days[weekday - 1].contains { $0.opens <= minute && minute < $0.closes }
    }

    public static let weekdayNames = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
}

public struct OpeningInterval: Codable, Sendable, Equatable {
    /// Minutes since midnight.
    public var opens: Int
    /// Minutes since midnight, exclusive.
    public var closes: Int

    public init(opens: Int, closes: Int) {
        self.opens = opens
        self.closes = closes
    }

    /// "2:00 p. m." for 840.
    public static func clock(_ minutes: Int) -> String {
        let h = minutes / 60, m = minutes % 60
        let h12 = h % 12 == 0 ? 12 : h % 12
        let suffix = h < 12 ? "a. m." : "p. m."
        return m == 0 ? "\(h12):00 \(suffix)" : "\(h12):\(m < 10 ? "0" : "")\(m) \(suffix)"
    }
}
