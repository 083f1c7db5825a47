import Foundation
import Logging
import OKLACore
import OKLAStore
import PostgresNIO

/// The production store: PostgreSQL with pgvector, unaccent and pg_trgm. Several server
/// processes may share one database; session turns are serialized across all of them with
/// advisory locks.
public struct PostgresStore: ChatStore {
    let client: PostgresClient
    /// Advisory locks are held on connections of their own, so a turn waiting for its lock never
    /// takes a connection the running turns need for their queries.
    let lockClient: PostgresClient
    let logger: Logger
    private let locks = KeyedLock()

    public init(configuration: PostgresClient.Configuration, logger: Logger = Logger(label: "okla.postgres")) {
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        var lockConfiguration = configuration
        lockConfiguration.options.maximumConnections = 64
        self.lockClient = PostgresClient(configuration: lockConfiguration, backgroundLogger: logger)
        self.logger = logger
    }

    /// Runs the connection pools until cancelled. Call `migrate()` once this is running.
    public func run() async {
        await withDiscardingTaskGroup { group in
            group.addTask { await client.run() }
            group.addTask { await lockClient.run() }
        }
    }

    /// Opens a store for `url`, runs its pools and migrations, and gives it to `body`; the pools
    /// stop when `body` returns. For commands and tests; the server runs the store as a service.
    public static func withStore<T: Sendable>(url: String, _ body: (PostgresStore) async throws -> T) async throws -> T {
        let store = PostgresStore(configuration: try PostgresURL.configuration(url))
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await store.run() }
            defer { group.cancelAll() }
            try await store.migrate()
            return try await body(store)
        }
    }

    // MARK: Dealers

    public func saveDealer(_ dealer: Dealer) async throws -> WriteOutcome {
        let body = try StoreCoding.encode(dealer)
        return try await transaction { conn in
            let rows = try await conn.query("SELECT body::text FROM dealer WHERE dealer_id = \(dealer.dealerId) FOR UPDATE", logger: logger)
            var existing: String?
            for try await b in rows.decode(String.self) { existing = b }
            if let existing, try StoreCoding.decode(Dealer.self, from: existing) == dealer { return WriteOutcome.unchanged }
            try await conn.query("""
                INSERT INTO dealer (dealer_id, body, updated_at) VALUES (\(dealer.dealerId), \(body)::jsonb, now())
                ON CONFLICT (dealer_id) DO UPDATE SET body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
                """, logger: logger)
            return existing == nil ? WriteOutcome.inserted : WriteOutcome.updated
        }
    }

    public func dealer(id: String) async throws -> Dealer? {
        try await fetchOne(Dealer.self, "SELECT body::text FROM dealer WHERE dealer_id = \(id)")
    }

    public func addDealerKey(dealerId: String, keyHash: String) async throws {
        try await client.query("INSERT INTO dealer_key (key_hash, dealer_id, created_at) VALUES (\(keyHash), \(dealerId), now())", logger: logger)
    }

    public func dealerId(forKeyHash keyHash: String) async throws -> String? {
        let rows = try await client.query("SELECT dealer_id FROM dealer_key WHERE key_hash = \(keyHash)", logger: logger)
        for try await id in rows.decode(String.self) { return id }
        return nil
    }

    // MARK: Inventory

    public func saveVehicle(_ vehicle: Vehicle) async throws -> WriteOutcome {
        let body = try StoreCoding.encode(vehicle)
        let document = VehicleDocument(vehicle)
        return try await transaction { conn in
            let rows = try await conn.query(
                "SELECT dealer_id, body::text FROM vehicle WHERE vehicle_id = \(vehicle.vehicleId) FOR UPDATE", logger: logger)
            var existing: (String, String)?
            for try await row in rows.decode((String, String).self) { existing = row }
            if let (owner, existingBody) = existing {
                guard owner == vehicle.dealerId else {
                    throw OKLAError(.conflict, "El vehículo \(vehicle.vehicleId) pertenece a otro dealer")
                }
                if try StoreCoding.decode(Vehicle.self, from: existingBody) == vehicle { return WriteOutcome.unchanged }
            }
            try await conn.query("""
                INSERT INTO vehicle (vehicle_id, dealer_id, make_key, model_key, year, price, currency, mileage_km,
                    body_type, transmission, fuel, condition, seats, status, body, updated_at, doc, doc_hash)
                VALUES (\(vehicle.vehicleId), \(vehicle.dealerId), \(matchKey(vehicle.make)), \(matchKey(vehicle.model)),
                    \(vehicle.year), \(vehicle.price), \(vehicle.currency.rawValue), \(vehicle.mileageKm),
                    \(vehicle.bodyType?.rawValue), \(vehicle.transmission?.rawValue), \(vehicle.fuel?.rawValue),
                    \(vehicle.condition?.rawValue), \(vehicle.seats), \(vehicle.status.rawValue), \(body)::jsonb, now(),
                    \(document.text), \(document.hash))
                ON CONFLICT (vehicle_id) DO UPDATE SET
                    make_key = EXCLUDED.make_key, model_key = EXCLUDED.model_key, year = EXCLUDED.year,
                    price = EXCLUDED.price, currency = EXCLUDED.currency, mileage_km = EXCLUDED.mileage_km,
                    body_type = EXCLUDED.body_type, transmission = EXCLUDED.transmission, fuel = EXCLUDED.fuel,
                    condition = EXCLUDED.condition, seats = EXCLUDED.seats, status = EXCLUDED.status,
                    body = EXCLUDED.body, updated_at = EXCLUDED.updated_at, doc = EXCLUDED.doc, doc_hash = EXCLUDED.doc_hash
                """, logger: logger)
            return existing == nil ? WriteOutcome.inserted : WriteOutcome.updated
        }
    }

    public func vehicle(id: String) async throws -> Vehicle? {
        try await fetchOne(Vehicle.self, "SELECT body::text FROM vehicle WHERE vehicle_id = \(id)")
    }

    public func deleteVehicle(id: String, dealerId: String) async throws -> Bool {
        let rows = try await client.query(
            "DELETE FROM vehicle WHERE vehicle_id = \(id) AND dealer_id = \(dealerId) RETURNING vehicle_id", logger: logger)
        for try await _ in rows.decode(String.self) { return true }
        return false
    }

    public func vehicles(dealerId: String) async throws -> [Vehicle] {
        try await fetchAll(Vehicle.self, "SELECT body::text FROM vehicle WHERE dealer_id = \(dealerId) ORDER BY vehicle_id")
    }

    public func searchVehicles(_ query: VehicleQuery) async throws -> [Vehicle] {
        let (sql, arguments) = VehicleSQL.search(query, body: "body::text", placeholder: { "$\($0)" })
        return try await fetchAll(Vehicle.self, PostgresQuery(unsafeSQL: sql, binds: Self.bindings(arguments)))
    }

    public func availableModelKeys(dealerId: String) async throws -> [String] {
        let rows = try await client.query(
            "SELECT DISTINCT model_key FROM vehicle WHERE dealer_id = \(dealerId) AND status = 'available' ORDER BY model_key",
            logger: logger)
        var keys: [String] = []
        for try await key in rows.decode(String.self) { keys.append(key) }
        return keys
    }

    // MARK: Conversations

    public func createSession(_ session: ChatSession) async throws {
        let body = try StoreCoding.encode(session)
        try await client.query("""
            INSERT INTO chat_session (token, dealer_id, status, body, created_at, updated_at)
            VALUES (\(session.token), \(session.dealerId), \(session.status.rawValue), \(body)::jsonb, \(session.createdAt), \(session.updatedAt))
            """, logger: logger)
    }

    public func session(token: String) async throws -> ChatSession? {
        try await fetchOne(ChatSession.self, "SELECT body::text FROM chat_session WHERE token = \(token)")
    }

    public func turnState(token: String, clientMessageId: String?) async throws -> TurnState? {
        let rows = try await client.query("""
            SELECT s.body::text, d.body::text, m.envelope
            FROM chat_session s JOIN dealer d ON d.dealer_id = s.dealer_id
            LEFT JOIN chat_message m ON m.session_token = s.token AND m.client_message_id = \(clientMessageId)
            WHERE s.token = \(token)
            """, logger: logger)
        for try await (session, dealer, replay) in rows.decode((String, String, String?).self) {
            return TurnState(
                session: try StoreCoding.decode(ChatSession.self, from: session),
                dealer: try StoreCoding.dealers.decode(dealer), replay: replay.map { Data($0.utf8) })
        }
        return nil
    }

    public func sessions(dealerId: String) async throws -> [ChatSession] {
        try await fetchAll(ChatSession.self, "SELECT body::text FROM chat_session WHERE dealer_id = \(dealerId) ORDER BY created_at DESC")
    }

    public func messages(sessionToken: String, last: Int?) async throws -> [ChatMessage] {
        try await fetchMessages("""
            SELECT * FROM (
                SELECT message_id, session_token, seq, role, text, client_message_id, envelope, created_at
                FROM chat_message WHERE session_token = \(sessionToken) ORDER BY seq DESC LIMIT \(last)
            ) m ORDER BY seq
            """)
    }

    public func commit(_ change: SessionChange) async throws {
        let session = change.session
        let sessionBody = try StoreCoding.encode(session)
        let leadBody = try change.lead.map(StoreCoding.encode)
        let appointmentBody = try change.appointment.map(StoreCoding.encode)
        let briefingBody = try change.briefing.map(StoreCoding.encode)
        let auditBodies = try change.audit.map(StoreCoding.encode)
        try await transaction { conn in
            let updated = try await conn.query("""
                UPDATE chat_session SET status = \(session.status.rawValue), body = \(sessionBody)::jsonb, updated_at = \(session.updatedAt)
                WHERE token = \(session.token) RETURNING token
                """, logger: logger)
            var found = false
            for try await _ in updated.decode(String.self) { found = true }
            guard found else { throw OKLAError(.notFound, "La sesión no existe") }
            for m in change.messages {
                let envelope = m.envelope.map { String(decoding: $0, as: UTF8.self) }
                try await conn.query("""
                    INSERT INTO chat_message (message_id, session_token, seq, role, text, client_message_id, envelope, created_at)
                    VALUES (\(m.messageId), \(m.sessionToken), \(m.seq), \(m.role.rawValue), \(m.text), \(m.clientMessageId), \(envelope), \(m.createdAt))
                    """, logger: logger)
            }
            if let l = change.lead, let body = leadBody {
                try await conn.query("""
                    INSERT INTO lead (lead_id, session_token, dealer_id, score, body, updated_at)
                    VALUES (\(l.leadId), \(l.sessionToken), \(l.dealerId), \(l.score), \(body)::jsonb, \(l.updatedAt))
                    ON CONFLICT (session_token) DO UPDATE SET score = EXCLUDED.score, body = EXCLUDED.body, updated_at = EXCLUDED.updated_at
                    """, logger: logger)
            }
            if let a = change.appointment, let body = appointmentBody {
                try await conn.query("""
                    INSERT INTO appointment (appointment_id, session_token, dealer_id, starts_at, body)
                    VALUES (\(a.appointmentId), \(a.sessionToken), \(a.dealerId), \(a.startsAt), \(body)::jsonb)
                    """, logger: logger)
            }
            if let b = change.briefing, let body = briefingBody {
                try await conn.query("""
                    INSERT INTO briefing (briefing_id, session_token, dealer_id, body, created_at)
                    VALUES (\(b.briefingId), \(b.sessionToken), \(b.dealerId), \(body)::jsonb, \(b.createdAt))
                    """, logger: logger)
            }
            for (entry, body) in zip(change.audit, auditBodies) {
                try await conn.query("""
                    INSERT INTO audit_entry (audit_id, session_token, dealer_id, body, created_at)
                    VALUES (\(entry.auditId), \(entry.sessionToken), \(entry.dealerId), \(body)::jsonb, \(entry.createdAt))
                    """, logger: logger)
            }
            for e in change.events {
                let payload = String(decoding: e.payload, as: UTF8.self)
                try await conn.query("""
                    INSERT INTO outbox_event (event_id, type, dealer_id, payload, created_at)
                    VALUES (\(e.eventId), \(e.type.rawValue), \(e.dealerId), \(payload)::jsonb, \(e.createdAt))
                    """, logger: logger)
            }
        }
    }

    public func withSessionLock<T: Sendable>(token: String, _ body: @Sendable () async throws -> T) async throws -> T {
        try await locks.withLock(token) {
            try await lockClient.withConnection { conn in
                try await conn.query("SELECT pg_advisory_lock(hashtextextended(\(token), 0))", logger: logger)
                do {
                    let value = try await body()
                    try await conn.query("SELECT pg_advisory_unlock(hashtextextended(\(token), 0))", logger: logger)
                    return value
                } catch {
                    _ = try? await conn.query("SELECT pg_advisory_unlock(hashtextextended(\(token), 0))", logger: logger)
                    throw error
                }
            }
        }
    }

    // MARK: What the dealer reads

    public func lead(sessionToken: String) async throws -> Lead? {
        try await fetchOne(Lead.self, "SELECT body::text FROM lead WHERE session_token = \(sessionToken)")
    }

    public func leads(dealerId: String) async throws -> [Lead] {
        try await fetchAll(Lead.self, "SELECT body::text FROM lead WHERE dealer_id = \(dealerId) ORDER BY score DESC, updated_at DESC")
    }

    public func appointments(dealerId: String) async throws -> [Appointment] {
        try await fetchAll(Appointment.self, "SELECT body::text FROM appointment WHERE dealer_id = \(dealerId) ORDER BY starts_at")
    }

    public func briefing(id: String) async throws -> Briefing? {
        try await fetchOne(Briefing.self, "SELECT body::text FROM briefing WHERE briefing_id = \(id)")
    }

    public func auditEntries(sessionToken: String) async throws -> [AuditEntry] {
        try await fetchAll(AuditEntry.self, "SELECT body::text FROM audit_entry WHERE session_token = \(sessionToken) ORDER BY created_at, seq")
    }

    public func pendingEvents(limit: Int) async throws -> [OutboxEvent] {
        let rows = try await client.query("""
            SELECT event_id, type, dealer_id, payload::text, created_at FROM outbox_event
            WHERE delivered_at IS NULL ORDER BY seq LIMIT \(limit)
            """, logger: logger)
        var events: [OutboxEvent] = []
        for try await (id, type, dealer, payload, created) in rows.decode((String, String, String, String, Date).self) {
            events.append(OutboxEvent(eventId: id, type: EventType(rawValue: type) ?? .leadUpdated, dealerId: dealer,
                                      payload: Data(payload.utf8), createdAt: created))
        }
        return events
    }

    public func markDelivered(eventIds: [String]) async throws {
        try await client.query("UPDATE outbox_event SET delivered_at = now() WHERE event_id = ANY(\(eventIds))", logger: logger)
    }

    public func ping() async throws {
        try await client.query("SELECT 1", logger: logger)
    }

    // MARK: Helpers

    /// A transaction whose errors reach callers as thrown, not wrapped: an `OKLAError` from
    /// inside stays an `OKLAError`.
    func transaction<T>(_ body: (PostgresConnection) async throws -> sending T) async throws -> sending T {
        do {
            return try await client.withTransaction(logger: logger, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error.beginError ?? error.commitError ?? error
        }
    }

    static func bindings(_ arguments: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: arguments.count)
        for argument in arguments {
            switch argument {
            case .text(let s): bindings.append(s)
            case .int(let i): bindings.append(i)
            case .double(let d): bindings.append(d)
            }
        }
        return bindings
    }

    private func fetchOne<T: Decodable & Sendable>(_ type: T.Type, _ query: PostgresQuery) async throws -> T? {
        try await fetchAll(type, query).first
    }

    private func fetchAll<T: Decodable & Sendable>(_ type: T.Type, _ query: PostgresQuery) async throws -> [T] {
        let rows = try await client.query(query, logger: logger)
        var values: [T] = []
        for try await body in rows.decode(String.self) { values.append(try StoreCoding.decodeBody(type, from: body)) }
        return values
    }

    private func fetchMessages(_ query: PostgresQuery) async throws -> [ChatMessage] {
        let rows = try await client.query(query, logger: logger)
        var messages: [ChatMessage] = []
        for try await (id, token, seq, role, text, clientId, envelope, created) in rows.decode(
            (String, String, Int, String, String, String?, String?, Date).self)
        {
            messages.append(ChatMessage(
                messageId: id, sessionToken: token, seq: seq, role: MessageRole(rawValue: role) ?? .user, text: text,
                clientMessageId: clientId, envelope: envelope.map { Data($0.utf8) }, createdAt: created))
        }
        return messages
    }
}
