import OKLACore

/// What must be true after a step. Every field is optional; text checks ignore case and accents.
public struct Expectation: Decodable, Sendable {
    public var intent: Intent?
    /// How many vehicle cards the reply carries.
    public var vehicles: Bounds?
    /// Vehicle ids that must be among the cards.
    public var shows: [String]?
    /// Vehicle ids that must not be among the cards.
    public var notShows: [String]?
    /// Hard filters every card must satisfy, in SPEC's entity names.
    public var everyVehicle: Entities?
    public var says: [String]?
    public var notSays: [String]?
    public var leadScore: Bounds?
    public var botActive: Bool?
    /// The reply hands the chat over to a salesperson.
    public var handoff: Bool?
    /// The reply confirms a stored appointment.
    public var appointment: Bool?
    /// The reply carries a side-by-side comparison.
    public var comparison: Bool?
    /// Safety flags that must be on the reply.
    public var flags: [String]?
    /// The reply is silent (a salesperson has the chat).
    public var silent: Bool?
    /// The stored lead's contact details.
    public var leadPhone: String?
    public var leadEmail: String?
    public var leadName: String?
    /// Appointments stored for this session so far.
    public var appointmentsStored: Int?
    /// After `end`: words the stored summary must contain.
    public var summarySays: [String]?

    enum CodingKeys: String, CodingKey {
        case intent, vehicles, shows, says, flags, handoff, appointment, comparison, silent
        case notShows = "not_shows", everyVehicle = "every_vehicle", notSays = "not_says"
        case leadScore = "lead_score", botActive = "bot_active"
        case leadPhone = "lead_phone", leadEmail = "lead_email", leadName = "lead_name"
        case appointmentsStored = "appointments_stored", summarySays = "summary_says"
    }

    public struct Bounds: Decodable, Sendable {
        public var min: Int?
        public var max: Int?

        func contains(_ value: Int) -> Bool { (min.map { value >= $0 } ?? true) && (max.map { value <= $0 } ?? true) }
        var text: String { "\(min.map(String.init) ?? "…")–\(max.map(String.init) ?? "…")" }
    }
}
