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
        if let m = text.firstMatch(of: /(?:\+?1[\s.\-]?)?\(?(809|829|849)\)?[\s.\-]?(\d{3})[\s.\-]?(\d{4})/) {
            contact.phone = "\(m.output.1)-\(m.output.2)-\(m.output.3)"
        }
        if let m = text.firstMatch(of: /[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/) {
            contact.email = String(m.output).lowercased()
        }
        if let m = text.firstMatch(of: /(?i)(?:me llamo|mi nombre es|soy)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)?)/) {
            contact.name = String(m.output.1)
        }
        return contact
    }
}
