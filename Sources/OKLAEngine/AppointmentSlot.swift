import Foundation
import OKLACore

/// A day and time read from "mañana a las 3", "el sábado en la mañana", "hoy 4pm".
struct AppointmentSlot: Equatable {
    var date: Date
    /// 1 = Monday … 7 = Sunday.
    var weekday: Int
    /// Minutes since midnight, local time.
    var minute: Int
    /// "sábado 22 de noviembre a las 10:00 a. m."
    var spanish: String

    static func parse(_ folded: String, now: Date, timeZone: TimeZone) -> AppointmentSlot? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let today = calendar.startOfDay(for: now)
        var day: Date?
        if folded.contains("pasado manana") {
            day = calendar.date(byAdding: .day, value: 2, to: today)
        } else if folded.contains("hoy") {
            day = today
        } else {
            // "mañana" is tomorrow, except in "en/por/de la mañana" (in the morning); "probarla mañana" is tomorrow.
            let mentions = folded.components(separatedBy: "manana").count - 1
            let mornings = ["en la manana", "por la manana", "de la manana"].reduce(0) { $0 + folded.components(separatedBy: $1).count - 1 }
            if mentions > mornings { day = calendar.date(byAdding: .day, value: 1, to: today) }
        }
        let names = ["lunes": 2, "martes": 3, "miercoles": 4, "jueves": 5, "viernes": 6, "sabado": 7, "domingo": 1]
        if day == nil, let (_, target) = names.first(where: { folded.contains($0.key) }) {
            let current = calendar.component(.weekday, from: today)
            let ahead = (target - current + 7) % 7
            day = calendar.date(byAdding: .day, value: ahead == 0 ? 7 : ahead, to: today)
        }
        guard let day else { return nil }
        var minute: Int
        if let m = folded.firstMatch(of: /(\d{1,2})(?::(\d{2}))?\s*(am|a\.m|a\. m|pm|p\.m|p\. m)?/), folded.contains("las") || m.output.3 != nil {
            var hour = Int(m.output.1) ?? 10
            let mins = m.output.2.flatMap { Int($0) } ?? 0
            if let meridiem = m.output.3 {
                if meridiem.hasPrefix("p"), hour < 12 { hour += 12 }
            } else if hour <= 6 || (folded.contains("tarde") && hour < 12) {
                hour += 12
            }
            minute = hour * 60 + mins
        } else if folded.contains("tarde") {
            minute = 15 * 60
        } else if folded.contains("mediodia") {
            minute = 12 * 60
        } else {
            minute = 10 * 60
        }
        minute = max(0, min(minute, 23 * 60 + 59))
        guard let date = calendar.date(byAdding: .minute, value: minute, to: day) else { return nil }
        let weekdayIndex = (calendar.component(.weekday, from: day) + 5) % 7 + 1
        let spanish = spanishDate(date, in: timeZone)
        return AppointmentSlot(date: date, weekday: weekdayIndex, minute: minute, spanish: spanish)
    }

    /// "sábado 22 de noviembre a las 10:00 a. m." in the dealer's time zone.
    static func spanishDate(_ date: Date, in timeZone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .hour, .minute], from: date)
        let weekdayIndex = ((parts.weekday ?? 1) + 5) % 7
        let monthNames = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        return "\(["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][weekdayIndex]) "
            + "\(parts.day ?? 1) de \(monthNames[(parts.month ?? 1) - 1]) a las "
            + "\(OpeningInterval.clock((parts.hour ?? 0) * 60 + (parts.minute ?? 0)))"
    }
}
