/// Contact details a buyer volunteers: they become lead data, never search terms.
enum ContactExtractor {
    struct Contact: Equatable {
        var name: String?
        var phone: String?
        var email: String?
        var isEmpty: Bool { name == nil && phone == nil && email == nil }
    }

    static func extract(_ text: String) -> Contact {
        var contact = Contact()
        // Most messages carry no contact: cheap checks first, regexes only when they could match.
        let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        if digits >= 10, let m = text.firstMatch(of: /(?:\+?1[\s.\-]?)?\(?(809|829|849)\)?[\s.\-]?(\d{3})[\s.\-]?(\d{4})/) {
            contact.phone = "\(m.output.1)-\(m.output.2)-\(m.output.3)"
        }
        if text.contains("@"), let m = text.firstMatch(of: /[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/) {
            contact.email = String(m.output).lowercased()
        }
        let lowered = text.lowercased()
        if lowered.contains("llamo") || lowered.contains("nombre") || lowered.contains("soy "),
           let m = text.firstMatch(of: /(?i)(?:me llamo|mi nombre es|soy)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)/) {
            contact.name = String(m.output.1)
        }
        return contact
    }
}
