import OKLACore

/// Turns buying signals into a 0-100 score with a reason for every point, so a dealer can
/// see why a lead is hot.
enum LeadScorer {
    static func score(_ s: LeadSignals) -> (Int, [String]) {
        var points = 0
        var reasons: [String] = []
        func add(_ n: Int, _ reason: String) {
            points += n
            reasons.append("+\(n) \(reason)")
        }
        if let budget = s.budget { add(15, "presupuesto indicado (RD$\(SpanishFormat.grouped(budget)))") }
        if s.financing { add(15, "preguntó por financiamiento") }
        if s.tradeIn { add(10, "tiene vehículo para dar como parte de pago") }
        if s.appointment { add(25, "agendó una cita") }
        if s.contactGiven { add(20, "dejó sus datos de contacto") }
        if let urgency = s.urgency { add(10, "urgencia: \(urgency)") }
        if s.repeatVisits > 0 { add(min(10, 5 * s.repeatVisits), "volvió a preguntar por el mismo vehículo") }
        return (min(points, 100), reasons)
    }
}
