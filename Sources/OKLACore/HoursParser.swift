import Foundation

/// Reads opening hours as Dominican dealers write them ("Lunes a viernes 8:00 a.m. – 6:00
/// p.m.; sábados 8:30 a.m. – 2:00 p.m.; domingos cerrado", "L-V 9am a 7pm, Sáb 9am-3pm").
/// A segment it cannot read goes to `unparsed` instead of being guessed.
public enum HoursParser {
    public static func parse(_ text: String) -> WeeklySchedule {
        var schedule = WeeklySchedule()
        let segments = text.split(whereSeparator: { $0 == ";" || $0 == "\n" || $0 == "," || $0 == "|" || $0 == "/" })
        for raw in segments {
            let segment = raw.folded
                .replacingOccurrences(of: "–", with: "-")
                .replacingOccurrences(of: "—", with: "-")
                .trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: ".")))
            guard !segment.isEmpty else { continue }
            guard let (days, rest) = days(in: segment) else {
                schedule.unparsed.append(String(raw).trimmingCharacters(in: .whitespaces))
                continue
            }
            if rest.contains("cerrad") || rest.contains("libre") {
                for d in days { schedule.days[d - 1] = [] }
                continue
            }
            guard let interval = interval(in: rest) else {
                schedule.unparsed.append(String(raw).trimmingCharacters(in: .whitespaces))
                continue
            }
            for d in days { schedule.days[d - 1].append(interval) }
        }
        return schedule
    }

    // Longest names first so "sabados" wins over "sab" and "s".
    private static let dayNames: [(String, Int)] = [
        ("miercoles", 3), ("domingos", 7), ("domingo", 7), ("sabados", 6), ("sabado", 6),
        ("viernes", 5), ("martes", 2), ("jueves", 4), ("lunes", 1),
        ("mier", 3), ("lun", 1), ("mar", 2), ("mie", 3), ("jue", 4), ("vie", 5), ("sab", 6), ("dom", 7),
        ("l", 1), ("m", 2), ("x", 3), ("j", 4), ("v", 5), ("s", 6), ("d", 7),
    ]

    /// The weekdays a segment starts with, and the rest of the segment.
    static func days(in segment: String) -> ([Int], Substring)? {
        var rest = Substring(segment)
        if rest.hasPrefix("todos los dias") || rest.hasPrefix("diario") || rest.hasPrefix("lunes a domingo") {
            let drop = rest.hasPrefix("todos los dias") ? 14 : (rest.hasPrefix("diario") ? 6 : 15)
            return (Array(1...7), rest.dropFirst(drop))
        }
        guard let first = dayName(at: &rest) else { return nil }
        var days = [first]
        skipSpaces(&rest)
        for connector in ["a ", "-", "al ", "hasta "] where rest.hasPrefix(connector) {
            var probe = rest.dropFirst(connector.count)
            skipSpaces(&probe)
            if let last = dayName(at: &probe), last >= first {
                days = Array(first...last)
                rest = probe
            }
            break
        }
        // Lists such as "sabados y domingos".
        while true {
            var probe = rest
            skipSpaces(&probe)
            guard probe.hasPrefix("y ") else { break }
            probe = probe.dropFirst(2)
            guard let next = dayName(at: &probe) else { break }
            days.append(next)
            rest = probe
        }
        return (days, rest)
    }

    private static func dayName(at rest: inout Substring) -> Int? {
        skipSpaces(&rest)
        for (name, day) in dayNames where rest.hasPrefix(name) {
            let after = rest.dropFirst(name.count)
            // A name must end at a word boundary ("s" must not eat "sabados" partially is handled
            // by ordering; here we stop "m" from matching "mañana" and so on).
            if let c = after.first, c.isLetter { continue }
            rest = after.first == "." ? after.dropFirst() : after
            return day
        }
        return nil
    }

    private static func skipSpaces(_ s: inout Substring) {
        while let c = s.first, c == " " || c == ":" { s = s.dropFirst() }
    }

    /// "8:00 a.m. - 6:00 p.m.", "9am a 7pm", "de 8 a 5".
    static func interval(in text: Substring) -> OpeningInterval? {
        // Built per call: Regex is not Sendable, and hours are parsed only on import.
        let matches = text.matches(of: /(\d{1,2})(?::(\d{2}))?\s*(a\.?\s*m\.?|p\.?\s*m\.?)?/)
        guard matches.count == 2 else { return nil }
        func minutes(_ m: Regex<(Substring, Substring, Substring?, Substring?)>.Match, defaultPM: Bool) -> (Int, Bool)? {
            guard let h = Int(m.output.1), h <= 24 else { return nil }
            let minute = m.output.2.flatMap { Int($0) } ?? 0
            guard minute < 60 else { return nil }
            let meridiem = m.output.3.map { $0.first == "p" }
            var hour = h
            if let pm = meridiem {
                if pm && hour < 12 { hour += 12 }
                if !pm && hour == 12 { hour = 0 }
            } else if defaultPM && hour < 12 {
                hour += 12
            }
            return (hour * 60 + minute, meridiem != nil)
        }
        guard let (open, _) = minutes(matches[0], defaultPM: false) else { return nil }
        // Without a.m./p.m., a closing hour before the opening one is in the afternoon ("8 a 5").
        guard let (closing, explicit) = minutes(matches[1], defaultPM: false) else { return nil }
        var close = closing
        if !explicit && close <= open { close += 12 * 60 }
        guard close > open, close <= 24 * 60 else { return nil }
        return OpeningInterval(opens: open, closes: close)
    }
}
