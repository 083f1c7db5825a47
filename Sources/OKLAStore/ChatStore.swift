import Foundation
import OKLACore

/// Everything the assistant keeps. Two implementations: SQLite (embedded default) and
/// PostgreSQL (production). Both pass the same contract tests.
public protocol ChatStore: Sendable {
    // MARK: Dealers

    func saveDealer(_ dealer: Dealer) async throws -> WriteOutcome
    func dealer(id: String) async throws -> Dealer?
    /// Stores the SHA-256 of a dealer API key; the key itself is never stored.
    func addDealerKey(dealerId: String, keyHash: String) async throws
    func dealerId(forKeyHash keyHash: String) async throws -> String?

    // MARK: Inventory

    /// Inserts or updates a vehicle. Throws `.conflict` when the id belongs to another dealer.
    func saveVehicle(_ vehicle: Vehicle) async throws -> WriteOutcome
    func vehicle(id: String) async throws -> Vehicle?
    /// Returns false when the dealer has no such vehicle.
    func deleteVehicle(id: String, dealerId: String) async throws -> Bool
    func vehicles(dealerId: String) async throws -> [Vehicle]
    func searchVehicles(_ query: VehicleQuery) async throws -> [Vehicle]
    /// The `matchKey` of every model the dealer has available, for spotting models named in a message.
    func availableModelKeys(dealerId: String) async throws -> [String]

    // MARK: Retrieval

    /// Ids of the vehicles passing `query`'s filters whose document matches any word of `text`
    /// (accents and case ignored, Spanish stems), best match first; at most `query.limit`.
    func lexicalSearch(_ query: VehicleQuery, text: String) async throws -> [String]
    /// Ids of the vehicles passing `query`'s filters that have an embedding from `model`,
    /// nearest (cosine) to `embedding` first; at most `query.limit`.
    func semanticSearch(_ query: VehicleQuery, embedding: [Float], model: String) async throws -> [String]
    /// Vehicles on offer whose embedding from `model` is missing or older than their document.
    func vehiclesNeedingEmbedding(model: String, limit: Int) async throws -> [Vehicle]
    /// Stores embeddings; each names the document hash it was computed from, so a vehicle
    /// changed in the meantime stays stale and is embedded again.
    func saveEmbeddings(_ embeddings: [VehicleEmbedding]) async throws
    /// Forgets every embedding (`okla index rebuild`).
    func deleteEmbeddings() async throws

    // MARK: Conversations

    func createSession(_ session: ChatSession) async throws
    func session(token: String) async throws -> ChatSession?
    /// What a turn starts from, read at once: the session, its dealer, and the reply already
    /// given to `clientMessageId` if this is a retry. Nil when the session does not exist.
    func turnState(token: String, clientMessageId: String?) async throws -> TurnState?
    func sessions(dealerId: String) async throws -> [ChatSession]
    /// The session's messages in order; only the last `last` of them when given.
    func messages(sessionToken: String, last: Int?) async throws -> [ChatMessage]
    /// Writes one turn atomically: the session's new state, its new messages, and the lead,
    /// appointment, briefing, audit entries and outbox events it produced.
    func commit(_ change: SessionChange) async throws
    /// Runs `body` while no other caller, in this process or another one sharing the
    /// database, holds the lock of this session. Turns of one session are thus handled in order.
    func withSessionLock<T: Sendable>(token: String, _ body: @Sendable () async throws -> T) async throws -> T

    // MARK: What the dealer reads

    func lead(sessionToken: String) async throws -> Lead?
    func leads(dealerId: String) async throws -> [Lead]
    func appointments(dealerId: String) async throws -> [Appointment]
    func briefing(id: String) async throws -> Briefing?
    func auditEntries(sessionToken: String) async throws -> [AuditEntry]
    /// Undelivered outbox events, oldest first.
    func pendingEvents(limit: Int) async throws -> [OutboxEvent]
    func markDelivered(eventIds: [String]) async throws

    /// A cheap round trip, for health checks.
    func ping() async throws
}

public enum WriteOutcome: String, Codable, Sendable {
    case inserted, updated, unchanged
}

public struct TurnState: Sendable {
    public var session: ChatSession
    public var dealer: Dealer
    /// The stored reply envelope when this `clientMessageId` was already handled.
    public var replay: Data?

    public init(session: ChatSession, dealer: Dealer, replay: Data?) {
        self.session = session
        self.dealer = dealer
        self.replay = replay
    }
}

/// One atomic write of a conversation turn.
public struct SessionChange: Sendable {
    public var session: ChatSession
    public var messages: [ChatMessage]
    public var lead: Lead?
    public var appointment: Appointment?
    public var briefing: Briefing?
    public var audit: [AuditEntry]
    public var events: [OutboxEvent]

    public init(
        session: ChatSession, messages: [ChatMessage] = [], lead: Lead? = nil, appointment: Appointment? = nil,
        briefing: Briefing? = nil, audit: [AuditEntry] = [], events: [OutboxEvent] = []
    ) {
        self.session = session
        self.messages = messages
        self.lead = lead
        self.appointment = appointment
        self.briefing = briefing
        self.audit = audit
        self.events = events
    }
}

extension ChatStore {
    /// The whole transcript.
    public func messages(sessionToken: String) async throws -> [ChatMessage] {
        try await messages(sessionToken: sessionToken, last: nil)
    }
}
