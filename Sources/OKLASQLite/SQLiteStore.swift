import Foundation
import GRDB
import OKLACore
import OKLAStore

/// The embedded store: one SQLite file in WAL mode. Turns of one session are serialized
/// inside this process; several processes should share PostgreSQL instead.
public struct SQLiteStore: ChatStore {
    let pool: DatabasePool
    /// A connection of its own for `checkpoint()`, so that copying never waits for, nor holds,
    /// the pool's writer.
    private let checkpointer: DatabaseQueue
    private let readers: ReadConnections
    private let locks = KeyedLock()

    /// Opens (creating if needed) the database file and runs pending migrations.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        // WAL with NORMAL sync: a commit survives a crash of the process, and only a power loss
        // can drop the last commits. FULL would fsync every chat turn.
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Searches read a dealer's listings again and again: keep many pages decoded per
            // connection. No memory map: with one, every chat turn's commit made each connection
            // unmap and map the file again (one munmap per turn, then page faults), which cost
            // more than the reads it saved.
            try db.execute(sql: "PRAGMA cache_size = -32768")
            // Copying the log back into the file (and syncing both) inside a commit stalls every
            // turn queued behind it: `checkpoint()` does that work off the writer's path, and the
            // commit that finds 8,000 pages in the log only copies what is left since and
            // starts the log over. Commands without the background checkpoint still stay bounded.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 8000")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
        checkpointer = try DatabaseQueue(path: path)
        readers = ReadConnections(path: path)
    }

    /// Copies what the log holds into the database file without blocking writers or readers
    /// (SQLite's passive checkpoint). Returns the pages in the log and how many are copied.
    @discardableResult
    public func checkpoint() async throws -> (logged: Int, copied: Int) {
        let result = try await checkpointer.writeWithoutTransaction { try $0.checkpoint(.passive) }
        return (result.walFrameCount, result.checkpointedFrameCount)
    }

    /// Merges the search index a bounded step at a time (about `pages` pages written). Every
    /// saved listing leaves a segment behind, and a search looks each of its terms up once per
    /// segment: 72 imported listings made each search do about 100 lookups instead of 8.
    /// Returns whether it merged anything.
    @discardableResult
    public func compactSearchIndex(pages: Int = 500) async throws -> Bool {
        let segments = "SELECT count(DISTINCT segid) FROM vehicle_fts_idx"
        guard try await pool.read({ try Int.fetchOne($0, sql: segments) ?? 0 }) > 1 else { return false }
        try await pool.write { db in
            try db.execute(sql: "INSERT INTO vehicle_fts (vehicle_fts, rank) VALUES ('merge', ?)", arguments: [-pages])
        }
        return true
    }

    // MARK: Dealers

    public func saveDealer(_ dealer: Dealer) async throws -> WriteOutcome {
        let body = try StoreCoding.encode(dealer)
        return try await pool.write { db in
            let existing = try String.fetchOne(db, sql: "SELECT body FROM dealer WHERE dealer_id = ?", arguments: [dealer.dealerId])
            if let existing, try StoreCoding.decode(Dealer.self, from: existing) == dealer { return .unchanged }
            try db.execute(
                sql: """
                INSERT INTO dealer (dealer_id, body, updated_at) VALUES (?, ?, ?)
                ON CONFLICT (dealer_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                """,
                arguments: [dealer.dealerId, body, Date().timeIntervalSince1970])
            return existing == nil ? .inserted : .updated
        }
    }

    public func dealer(id: String) async throws -> Dealer? {
        try fetchOne(Dealer.self, "SELECT body FROM dealer WHERE dealer_id = ?", [id])
    }

    public func addDealerKey(dealerId: String, keyHash: String) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO dealer_key (key_hash, dealer_id, created_at) VALUES (?, ?, ?)",
                arguments: [keyHash, dealerId, Date().timeIntervalSince1970])
        }
    }

    public func dealerId(forKeyHash keyHash: String) async throws -> String? {
        try readNow { db in
            try String.fetchOne(db, sql: "SELECT dealer_id FROM dealer_key WHERE key_hash = ?", arguments: [keyHash])
        }
    }

    // MARK: Inventory

    public func saveVehicle(_ vehicle: Vehicle) async throws -> WriteOutcome {
        let body = try StoreCoding.encode(vehicle)
        let document = VehicleDocument(vehicle)
        return try await pool.write { db in
            let row = try Row.fetchOne(db, sql: "SELECT dealer_id, body FROM vehicle WHERE vehicle_id = ?", arguments: [vehicle.vehicleId])
            if let row {
                guard row["dealer_id"] == vehicle.dealerId else {
                    throw OKLAError(.conflict, "El vehículo \(vehicle.vehicleId) pertenece a otro dealer")
                }
                if try StoreCoding.decode(Vehicle.self, from: row["body"]) == vehicle { return .unchanged }
            }
            try db.execute(
                sql: """
                INSERT INTO vehicle (vehicle_id, dealer_id, make_key, model_key, year, price, currency, mileage_km,
                    body_type, transmission, fuel, condition, seats, status, body, updated_at, doc_hash, terms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (vehicle_id) DO UPDATE SET
                    make_key = excluded.make_key, model_key = excluded.model_key, year = excluded.year,
                    price = excluded.price, currency = excluded.currency, mileage_km = excluded.mileage_km,
                    body_type = excluded.body_type, transmission = excluded.transmission, fuel = excluded.fuel,
                    condition = excluded.condition, seats = excluded.seats, status = excluded.status,
                    body = excluded.body, updated_at = excluded.updated_at,
                    doc_hash = excluded.doc_hash, terms = excluded.terms
                """,
                arguments: [
                    vehicle.vehicleId, vehicle.dealerId, matchKey(vehicle.make), matchKey(vehicle.model), vehicle.year,
                    vehicle.price, vehicle.currency.rawValue, vehicle.mileageKm, vehicle.bodyType?.rawValue,
                    vehicle.transmission?.rawValue, vehicle.fuel?.rawValue, vehicle.condition?.rawValue, vehicle.seats,
                    vehicle.status.rawValue, body, Date().timeIntervalSince1970, document.hash, document.terms(dealerId: vehicle.dealerId),
                ])
            return row == nil ? .inserted : .updated
        }
    }

    public func vehicle(id: String) async throws -> Vehicle? {
        try fetchOne(Vehicle.self, "SELECT body FROM vehicle WHERE vehicle_id = ?", [id])
    }

    public func deleteVehicle(id: String, dealerId: String) async throws -> Bool {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM vehicle WHERE vehicle_id = ? AND dealer_id = ?", arguments: [id, dealerId])
            return db.changesCount > 0
        }
    }

    public func vehicles(dealerId: String) async throws -> [Vehicle] {
        try await fetchAll(Vehicle.self, "SELECT body FROM vehicle WHERE dealer_id = ? ORDER BY vehicle_id", [dealerId])
    }

    public func searchVehicles(_ query: VehicleQuery) async throws -> [Vehicle] {
        let (sql, arguments) = VehicleSQL.search(query, placeholder: { _ in "?" })
        let bodies = try readNow { db in try String.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(arguments.map(\.sqliteValue))) }
        return try bodies.map { try StoreCoding.decodeBody(Vehicle.self, from: $0) }
    }

    public func availableModelKeys(dealerId: String) async throws -> [String] {
        try readNow { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT model_key FROM vehicle WHERE dealer_id = ? AND status = 'available' ORDER BY model_key",
                arguments: [dealerId])
        }
    }

    // MARK: Conversations

    public func createSession(_ session: ChatSession) async throws {
        let body = try StoreCoding.encode(session)
        StoreCoding.sessions.remember(body, as: session)
        try await pool.write { db in
            try db.execute(
                sql: """
                INSERT INTO chat_session (token, dealer_id, status, body, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
                arguments: [session.token, session.dealerId, session.status.rawValue, body,
                            session.createdAt.timeIntervalSince1970, session.updatedAt.timeIntervalSince1970])
        }
    }

    public func session(token: String) async throws -> ChatSession? {
        try fetchOne(ChatSession.self, "SELECT body FROM chat_session WHERE token = ?", [token])
    }

    public func turnState(token: String, clientMessageId: String?) async throws -> TurnState? {
        try readNow { db in
            guard let row = try Row.fetchOne(db.cachedStatement(sql: """
                SELECT s.body AS session, d.body AS dealer, m.envelope AS replay
                FROM chat_session s JOIN dealer d ON d.dealer_id = s.dealer_id
                LEFT JOIN chat_message m ON m.session_token = s.token AND m.client_message_id = ?
                WHERE s.token = ?
                """), arguments: [clientMessageId, token])
            else { return nil }
            return TurnState(
                session: try StoreCoding.sessions.decode(row["session"]),
                dealer: try StoreCoding.dealers.decode(row["dealer"]), replay: row["replay"])
        }
    }

    public func sessions(dealerId: String) async throws -> [ChatSession] {
        try await fetchAll(ChatSession.self, "SELECT body FROM chat_session WHERE dealer_id = ? ORDER BY created_at DESC", [dealerId])
    }

    public func messages(sessionToken: String, last: Int?) async throws -> [ChatMessage] {
        try await pool.read { db in
            try Row.fetchAll(
                db.cachedStatement(sql: """
                    SELECT * FROM (SELECT * FROM chat_message WHERE session_token = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq
                    """),
                arguments: [sessionToken, last ?? -1]
            ).map(Self.message)
        }
    }

    public func commit(_ change: SessionChange) async throws {
        let session = change.session
        let sessionBody = try StoreCoding.encode(session)
        StoreCoding.sessions.remember(sessionBody, as: session)
        let lead = try change.lead.map { ($0, try StoreCoding.encode($0)) }
        let appointment = try change.appointment.map { ($0, try StoreCoding.encode($0)) }
        let briefing = try change.briefing.map { ($0, try StoreCoding.encode($0)) }
        let audit = try change.audit.map { ($0, try StoreCoding.encode($0)) }
        try await pool.write { db in
            try db.run(
                sql: "UPDATE chat_session SET status = ?, body = ?, updated_at = ? WHERE token = ?",
                arguments: [session.status.rawValue, sessionBody, session.updatedAt.timeIntervalSince1970, session.token])
            guard db.changesCount == 1 else { throw OKLAError(.notFound, "La sesión no existe") }
            for m in change.messages {
                try db.run(
                    sql: """
                    INSERT INTO chat_message (message_id, session_token, seq, role, text, client_message_id, envelope, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                    arguments: [m.messageId, m.sessionToken, m.seq, m.role.rawValue, m.text, m.clientMessageId,
                                m.envelope, m.createdAt.timeIntervalSince1970])
            }
            if let (l, body) = lead {
                try db.run(
                    sql: """
                    INSERT INTO lead (lead_id, session_token, dealer_id, score, body, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (session_token) DO UPDATE SET score = excluded.score, body = excluded.body, updated_at = excluded.updated_at
                    """,
                    arguments: [l.leadId, l.sessionToken, l.dealerId, l.score, body, l.updatedAt.timeIntervalSince1970])
            }
            if let (a, body) = appointment {
                try db.run(
                    sql: "INSERT INTO appointment (appointment_id, session_token, dealer_id, starts_at, body) VALUES (?, ?, ?, ?, ?)",
                    arguments: [a.appointmentId, a.sessionToken, a.dealerId, a.startsAt.timeIntervalSince1970, body])
            }
            if let (b, body) = briefing {
                try db.run(
                    sql: "INSERT INTO briefing (briefing_id, session_token, dealer_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [b.briefingId, b.sessionToken, b.dealerId, body, b.createdAt.timeIntervalSince1970])
            }
            for (entry, body) in audit {
                try db.run(
                    sql: "INSERT INTO audit_entry (audit_id, session_token, dealer_id, body, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [entry.auditId, entry.sessionToken, entry.dealerId, body, entry.createdAt.timeIntervalSince1970])
            }
            for e in change.events {
                try db.run(
                    sql: "INSERT INTO outbox_event (event_id, type, dealer_id, payload, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [e.eventId, e.type.rawValue, e.dealerId, String(decoding: e.payload, as: UTF8.self),
                                e.createdAt.timeIntervalSince1970])
            }
        }
    }

    public func withSessionLock<T: Sendable>(token: String, _ body: @Sendable () async throws -> T) async throws -> T {
        try await locks.withLock(token, body)
    }

    // MARK: What the dealer reads

    public func lead(sessionToken: String) async throws -> Lead? {
        try fetchOne(Lead.self, "SELECT body FROM lead WHERE session_token = ?", [sessionToken])
    }

    public func leads(dealerId: String) async throws -> [Lead] {
        try await fetchAll(Lead.self, "SELECT body FROM lead WHERE dealer_id = ? ORDER BY score DESC, updated_at DESC", [dealerId])
    }

    public func appointments(dealerId: String) async throws -> [Appointment] {
        try await fetchAll(Appointment.self, "SELECT body FROM appointment WHERE dealer_id = ? ORDER BY starts_at", [dealerId])
    }

    public func briefing(id: String) async throws -> Briefing? {
        try fetchOne(Briefing.self, "SELECT body FROM briefing WHERE briefing_id = ?", [id])
    }

    public func auditEntries(sessionToken: String) async throws -> [AuditEntry] {
        try await fetchAll(AuditEntry.self, "SELECT body FROM audit_entry WHERE session_token = ? ORDER BY created_at, rowid", [sessionToken])
    }

    public func pendingEvents(limit: Int) async throws -> [OutboxEvent] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM outbox_event WHERE delivered_at IS NULL ORDER BY seq LIMIT ?", arguments: [limit]
            ).map { row in
                OutboxEvent(
                    eventId: row["event_id"], type: EventType(rawValue: row["type"]) ?? .leadUpdated,
                    dealerId: row["dealer_id"], payload: Data((row["payload"] as String).utf8),
                    createdAt: Date(timeIntervalSince1970: row["created_at"]))
            }
        }
    }

    public func markDelivered(eventIds: [String]) async throws {
        try await pool.write { db in
            for id in eventIds {
                try db.execute(sql: "UPDATE outbox_event SET delivered_at = ? WHERE event_id = ?", arguments: [Date().timeIntervalSince1970, id])
            }
        }
    }

    public func ping() async throws {
        _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
    }

    // MARK: Helpers

    private func fetchOne<T: Decodable & Sendable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments) throws -> T? {
        let body = try readNow { db in try String.fetchOne(db.cachedStatement(sql: sql), arguments: arguments) }
        return try body.map { try StoreCoding.decodeBody(T.self, from: $0) }
    }

    /// Reads on the calling thread rather than on one of GRDB's: what a chat turn reads (a row
    /// by its key, a search with a limit) takes SQLite less time than the two thread switches
    /// of an asynchronous read, and a read in WAL mode never waits for a writer. On two cores
    /// that saved about a sixth of a turn's CPU. Lists and scans keep `pool.read`. One statement
    /// per read: there is no transaction around it.
    func readNow<T>(_ body: (Database) throws -> T) throws -> T {
        try readers.read(body)
    }

    private func fetchAll<T: Decodable & Sendable>(_ type: T.Type, _ sql: String, _ arguments: StatementArguments) async throws -> [T] {
        let bodies = try await pool.read { db in try String.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) }
        return try bodies.map { try StoreCoding.decodeBody(T.self, from: $0) }
    }

    private static func message(_ row: Row) -> ChatMessage {
        ChatMessage(
            messageId: row["message_id"], sessionToken: row["session_token"], seq: row["seq"],
            role: MessageRole(rawValue: row["role"]) ?? .user, text: row["text"],
            clientMessageId: row["client_message_id"], envelope: row["envelope"],
            createdAt: Date(timeIntervalSince1970: row["created_at"]))
    }
}

extension Database {
    /// Runs a statement compiled once per connection: a chat turn repeats the same few.
    func run(sql: String, arguments: StatementArguments) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}
