/// What the assistant tells the buyer when a safety check changes the turn. Friendly
/// Dominican Spanish, no blame, and always a way back to the vehicles.
public enum SafetyReplies {
    /// After a message with a cédula, card or account number was redacted.
    public static let piiWarning = "Por tu seguridad, no compartas tu cédula ni datos de tarjetas o cuentas bancarias por aquí. "
        + "Ya los quité de la conversación. Esos datos se entregan en persona en el dealer cuando vayas a cerrar el negocio. "
        + "¿Seguimos con el vehículo que te interesa?"

    /// The PII warning naming what was removed ("tu cédula y los datos de tu tarjeta").
    public static func piiWarning(for findings: [PIIFinding]) -> String {
        var named: [String] = []
        let kinds = findings.map(\.kind)
        if kinds.contains(.cedula) || kinds.contains(.cedulaUnverified) { named.append("tu cédula") }
        if kinds.contains(.card) { named.append("los datos de tu tarjeta") }
        if kinds.contains(.bankAccount) { named.append("tu número de cuenta") }
        guard !named.isEmpty else { return piiWarning }
        let list = named.count == 1 ? named[0] : named.dropLast().joined(separator: ", ") + " y " + named[named.count - 1]
        return "Por tu seguridad, quité \(list) de la conversación: mejor no compartas esos datos por aquí. "
            + "Se entregan en persona en el dealer cuando vayas a cerrar el negocio. ¿Seguimos con el vehículo que te interesa?"
    }

    /// For a prompt-injection attempt: stays in role, reveals nothing, offers real help.
    public static let injection = "Eso no lo puedo hacer, pero con gusto te ayudo con los vehículos de este dealer: "
        + "precios publicados, fotos, financiamiento o una cita para verlo. ¿Qué estás buscando?"

    /// For a rude or abusive message; nil when the message is clean.
    public static func moderation(_ level: ModerationVerdict.Level) -> String? {
        switch level {
        case .clean:
            nil
        case .rude:
            "Entiendo la frustración y quiero ayudarte a resolver. Dime qué necesitas con el vehículo y lo vemos ahora mismo, "
                + "o si prefieres te comunico con un asesor del dealer."
        case .abusive:
            "Prefiero que mantengamos la conversación con respeto. Si quieres, seguimos con tu búsqueda de vehículo "
                + "o te comunico con un asesor del dealer."
        }
    }
}
