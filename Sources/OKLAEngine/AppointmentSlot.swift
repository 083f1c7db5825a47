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

    /// - Parameter refused: a slot the dealer just turned down; a message that only changes the
    ///   time ("a la 1 entonces") keeps its day, one that only changes the day keeps its time.
    static func parse(_ folded: String, now: Date, timeZone: TimeZone, refused: Date? = nil) -> AppointmentSlot? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let clock = clockMinute(folded)
        var day = self.day(folded, now: now, calendar: calendar)
        if day == nil, clock != nil, let refused { day = calendar.startOfDay(for: refused) }
        guard let day else { return nil }
        var minute: Int
        if let clock {
            minute = clock
        } else if folded.contains("tarde") {
            minute = 15 * 60
        } else if folded.contains("mediodia") {
            minute = 12 * 60
        } else if let refused {
            minute = calendar.component(.hour, from: refused) * 60 + calendar.component(.minute, from: refused)
        } else {
            minute = 10 * 60
        }
        minute = max(0, min(minute, 23 * 60 + 59))
        guard let date = calendar.date(byAdding: .minute, value: minute, to: day) else { return nil }
        let weekdayIndex = (calendar.component(.weekday, from: day) + 5) % 7 + 1
        return AppointmentSlot(date: date, weekday: weekdayIndex, minute: minute, spanish: spanishDate(date, in: timeZone))
    }

    /// The day named: "hoy", "mañana", "pasado mañana" or a weekday (the next one to come).
    static func day(_ folded: String, now: Date, calendar: Calendar) -> Date? {
        let today = calendar.startOfDay(for: now)
        if folded.contains("pasado manana") { return calendar.date(byAdding: .day, value: 2, to: today) }
        if folded.contains("hoy") { return today }
        // "mañana" is tomorrow, except in "en/por/de la mañana" (in the morning); "probarla mañana" is tomorrow.
        let mentions = folded.components(separatedBy: "manana").count - 1
        let mornings = ["en la manana", "por la manana", "de la manana"].reduce(0) { $0 + folded.components(separatedBy: $1).count - 1 }
        if mentions > mornings { return calendar.date(byAdding: .day, value: 1, to: today) }
        let names = ["lunes": 2, "martes": 3, "miercoles": 4, "jueves": 5, "viernes": 6, "sabado": 7, "domingo": 1]
        guard let (_, target) = names.first(where: { folded.contains($0.key) }) else { return nil }
        let ahead = (target - calendar.component(.weekday, from: today) + 7) % 7
        return calendar.date(byAdding: .day, value: ahead == 0 ? 7 : ahead, to: today)
    }

    /// The time of day asked for, in minutes since midnight: "a la 1", "a las 4 pm", "11 y media",
    /// "10:30". A bare number is not a time ("del 2020", "la 2" of a list).
    static func clockMinute(_ folded: String) -> Int? {
        let bytes = Array(folded.utf8)
        for reading in ClockReading.all(in: bytes) {
            // "las 4", "a la 1", "4pm", "11 y media": a time; "la 2" alone points at a card.
            let before = bytes[..<reading.start]
            let saysTime = reading.article == .plural || reading.meridiem != nil || reading.minute != nil || reading.fraction != nil
                || (reading.article != nil && (before.suffix(2).elementsEqual("a ".utf8) || before.suffix(3).elementsEqual("de ".utf8)))
            guard saysTime, reading.hour <= 23 else { continue }
            var hour = reading.hour
            let minute = switch reading.fraction {
            case .half: 30
            case .quarter: 15
            case nil: reading.minute ?? 0
            }
            if let meridiem = reading.meridiem {
                if meridiem == .pm, hour < 12 { hour += 12 }
            } else if hour <= 6 || ((folded.contains("tarde") || folded.contains("noche")) && hour < 12) {
                // Nobody visits a dealer at 4 a.m.: "a las 4" is in the afternoon.
                hour += 12
            }
            return hour * 60 + min(minute, 59)
        }
        return nil
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
