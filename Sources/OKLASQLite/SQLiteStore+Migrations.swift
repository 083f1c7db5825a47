import GRDB
import OKLACore
import OKLAStore

extension SQLiteStore {
    /// Named migrations; a shipped migration never changes, new ones are appended.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core") { db in
            try db.execute(sql: """
                CREATE TABLE dealer (
                    dealer_id TEXT PRIMARY KEY NOT NULL,
                    body TEXT NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE TABLE dealer_key (
                    key_hash TEXT PRIMARY KEY NOT NULL,
                    dealer_id TEXT NOT NULL REFERENCES dealer(dealer_id) ON DELETE CASCADE,
                    created_at REAL NOT NULL
                );
                CREATE TABLE vehicle (
                    vehicle_id TEXT PRIMARY KEY NOT NULL,
                    dealer_id TEXT NOT NULL REFERENCES dealer(dealer_id) ON DELETE CASCADE,
                    make_key TEXT NOT NULL,
                    model_key TEXT NOT NULL,
                    year INTEGER NOT NULL,
                    price REAL NOT NULL CHECK (price > 0),
                    currency TEXT NOT NULL CHECK (currency IN ('DOP', 'USD')),
                    mileage_km INTEGER CHECK (mileage_km >= 0),
                    body_type TEXT,
                    transmission TEXT,
                    fuel TEXT,
                    condition TEXT,
                    seats INTEGER,
                    status TEXT NOT NULL CHECK (status IN ('available', 'reserved', 'sold')),
                    body TEXT NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE INDEX vehicle_by_dealer ON vehicle(dealer_id, status, body_type);
                CREATE TABLE chat_session (
                    token TEXT PRIMARY KEY NOT NULL,
                    dealer_id TEXT NOT NULL REFERENCES dealer(dealer_id) ON DELETE CASCADE,
                    status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
                    body TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE INDEX chat_session_by_dealer ON chat_session(dealer_id, created_at);
                CREATE TABLE chat_message (
                    message_id TEXT PRIMARY KEY NOT NULL,
                    session_token TEXT NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('user', 'bot', 'agent')),
                    text TEXT NOT NULL,
                    client_message_id TEXT,
                    envelope BLOB,
                    created_at REAL NOT NULL,
                    UNIQUE (session_token, seq),
                    UNIQUE (session_token, client_message_id)
                );
                CREATE TABLE lead (
                    lead_id TEXT PRIMARY KEY NOT NULL,
                    session_token TEXT NOT NULL UNIQUE REFERENCES chat_session(token) ON DELETE CASCADE,
                    dealer_id TEXT NOT NULL,
                    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
                    body TEXT NOT NULL,
                    updated_at REAL NOT NULL
                );
                CREATE INDEX lead_by_dealer ON lead(dealer_id);
                CREATE TABLE appointment (
                    appointment_id TEXT PRIMARY KEY NOT NULL,
                    session_token TEXT NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                    dealer_id TEXT NOT NULL,
                    starts_at REAL NOT NULL,
                    body TEXT NOT NULL
                );
                CREATE INDEX appointment_by_dealer ON appointment(dealer_id, starts_at);
                CREATE TABLE briefing (
                    briefing_id TEXT PRIMARY KEY NOT NULL,
                    session_token TEXT NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                    dealer_id TEXT NOT NULL,
                    body TEXT NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE TABLE audit_entry (
                    audit_id TEXT PRIMARY KEY NOT NULL,
                    session_token TEXT NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                    dealer_id TEXT NOT NULL,
                    body TEXT NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE INDEX audit_by_session ON audit_entry(session_token, created_at);
                CREATE TABLE outbox_event (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    event_id TEXT NOT NULL UNIQUE,
                    type TEXT NOT NULL,
                    dealer_id TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    created_at REAL NOT NULL,
                    delivered_at REAL
                );
                CREATE INDEX outbox_pending ON outbox_event(delivered_at, seq);
                """)
        }
        migrator.registerMigration("v2-search") { db in
            // FTS5 has no Spanish stemmer: the vehicle row keeps its stemmed terms and triggers
            // copy them into the index in the same transaction as every change.
            try db.execute(sql: """
                ALTER TABLE vehicle ADD COLUMN doc_hash TEXT;
                ALTER TABLE vehicle ADD COLUMN terms TEXT NOT NULL DEFAULT '';
                CREATE VIRTUAL TABLE vehicle_fts USING fts5(terms, tokenize = 'unicode61 remove_diacritics 2');
                CREATE TRIGGER vehicle_fts_insert AFTER INSERT ON vehicle BEGIN
                    INSERT INTO vehicle_fts (rowid, terms) VALUES (new.rowid, new.terms);
                END;
                CREATE TRIGGER vehicle_fts_update AFTER UPDATE OF terms ON vehicle BEGIN
                    DELETE FROM vehicle_fts WHERE rowid = old.rowid;
                    INSERT INTO vehicle_fts (rowid, terms) VALUES (new.rowid, new.terms);
                END;
                CREATE TRIGGER vehicle_fts_delete AFTER DELETE ON vehicle BEGIN
                    DELETE FROM vehicle_fts WHERE rowid = old.rowid;
                END;
                CREATE TABLE vehicle_embedding (
                    vehicle_id TEXT PRIMARY KEY NOT NULL REFERENCES vehicle(vehicle_id) ON DELETE CASCADE,
                    model TEXT NOT NULL,
                    embedded_hash TEXT NOT NULL,
                    vector BLOB NOT NULL
                );
                """)
            for row in try Row.fetchAll(db, sql: "SELECT vehicle_id, body FROM vehicle") {
                let vehicle = try StoreCoding.decode(Vehicle.self, from: row["body"])
                let document = VehicleDocument(vehicle)
                try db.execute(
                    sql: "UPDATE vehicle SET doc_hash = ?, terms = ? WHERE vehicle_id = ?",
                    arguments: [document.hash, document.terms(dealerId: vehicle.dealerId), row["vehicle_id"]])
            }
        }
        return migrator
    }
}
