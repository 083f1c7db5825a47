import OKLACore
import OKLAStore
import PostgresNIO

extension PostgresStore {
    /// Named migrations, applied in order, each once, in its own transaction. A shipped
    /// migration never changes; new ones are appended.
    static let migrations: [(name: String, sql: [String])] = [
        ("v1-core", [
            "CREATE EXTENSION IF NOT EXISTS vector",
            "CREATE EXTENSION IF NOT EXISTS unaccent",
            "CREATE EXTENSION IF NOT EXISTS pg_trgm",
            """
            CREATE TABLE dealer (
                dealer_id text PRIMARY KEY,
                body jsonb NOT NULL,
                updated_at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE dealer_key (
                key_hash text PRIMARY KEY,
                dealer_id text NOT NULL REFERENCES dealer(dealer_id) ON DELETE CASCADE,
                created_at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE vehicle (
                vehicle_id text PRIMARY KEY,
                dealer_id text NOT NULL REFERENCES dealer(dealer_id) ON DELETE CASCADE,
                make_key text NOT NULL,
                model_key text NOT NULL,
                year integer NOT NULL,
                price double precision NOT NULL CHECK (price > 0),
                currency text NOT NULL CHECK (currency IN ('DOP', 'USD')),
                mileage_km integer CHECK (mileage_km >= 0),
                body_type text,
                transmission text,
                fuel text,
                condition text,
                seats integer,
                status text NOT NULL CHECK (status IN ('available', 'reserved', 'sold')),
                body jsonb NOT NULL,
                updated_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX vehicle_by_dealer ON vehicle (dealer_id, status, body_type)",
            """
            CREATE TABLE chat_session (
                token text PRIMARY KEY,
                dealer_id text NOT NULL REFERENCES dealer(dealer_id) ON DELETE CASCADE,
                status text NOT NULL CHECK (status IN ('active', 'ended')),
                body jsonb NOT NULL,
                created_at timestamptz NOT NULL,
                updated_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX chat_session_by_dealer ON chat_session (dealer_id, created_at)",
            """
            CREATE TABLE chat_message (
                message_id text PRIMARY KEY,
                session_token text NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                seq integer NOT NULL,
                role text NOT NULL CHECK (role IN ('user', 'bot', 'agent')),
                text text NOT NULL,
                client_message_id text,
                envelope text,
                created_at timestamptz NOT NULL,
                UNIQUE (session_token, seq),
                UNIQUE (session_token, client_message_id)
            )
            """,
            """
            CREATE TABLE lead (
                lead_id text PRIMARY KEY,
                session_token text NOT NULL UNIQUE REFERENCES chat_session(token) ON DELETE CASCADE,
                dealer_id text NOT NULL,
                score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
                body jsonb NOT NULL,
                updated_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX lead_by_dealer ON lead (dealer_id)",
            """
            CREATE TABLE appointment (
                appointment_id text PRIMARY KEY,
                session_token text NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                dealer_id text NOT NULL,
                starts_at timestamptz NOT NULL,
                body jsonb NOT NULL
            )
            """,
            "CREATE INDEX appointment_by_dealer ON appointment (dealer_id, starts_at)",
            """
            CREATE TABLE briefing (
                briefing_id text PRIMARY KEY,
                session_token text NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                dealer_id text NOT NULL,
                body jsonb NOT NULL,
                created_at timestamptz NOT NULL
            )
            """,
            """
            CREATE TABLE audit_entry (
                seq bigserial,
                audit_id text PRIMARY KEY,
                session_token text NOT NULL REFERENCES chat_session(token) ON DELETE CASCADE,
                dealer_id text NOT NULL,
                body jsonb NOT NULL,
                created_at timestamptz NOT NULL
            )
            """,
            "CREATE INDEX audit_by_session ON audit_entry (session_token, created_at)",
            """
            CREATE TABLE outbox_event (
                seq bigserial PRIMARY KEY,
                event_id text NOT NULL UNIQUE,
                type text NOT NULL,
                dealer_id text NOT NULL,
                payload jsonb NOT NULL,
                created_at timestamptz NOT NULL,
                delivered_at timestamptz
            )
            """,
            "CREATE INDEX outbox_pending ON outbox_event (seq) WHERE delivered_at IS NULL",
        ]),
        ("v2-rate-limits", [
            // Unlogged: counters are worth nothing after a crash, and skipping the WAL keeps a hit cheap.
            """
            CREATE UNLOGGED TABLE rate_limit_hit (
                key text NOT NULL,
                window_start bigint NOT NULL,
                hits integer NOT NULL,
                PRIMARY KEY (key, window_start)
            )
            """,
        ]),
        ("v3-search", [
            // unaccent() is only STABLE (its dictionary could change); a generated column needs
            // an IMMUTABLE function, and our dictionary never changes under a running database.
            """
            CREATE FUNCTION okla_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
            AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
            """,
            "ALTER TABLE vehicle ADD COLUMN doc text NOT NULL DEFAULT ''",
            "ALTER TABLE vehicle ADD COLUMN doc_hash text",
            """
            ALTER TABLE vehicle ADD COLUMN doc_tsv tsvector
                GENERATED ALWAYS AS (to_tsvector('spanish', okla_unaccent(doc))) STORED
            """,
            "CREATE INDEX vehicle_doc_tsv ON vehicle USING gin (doc_tsv)",
            // 384 dimensions: all-MiniLM-L6-v2, the model the repo's model server ships.
            """
            CREATE TABLE vehicle_embedding (
                vehicle_id text PRIMARY KEY REFERENCES vehicle(vehicle_id) ON DELETE CASCADE,
                model text NOT NULL,
                embedded_hash text NOT NULL,
                embedding vector(384) NOT NULL
            )
            """,
            "CREATE INDEX vehicle_embedding_hnsw ON vehicle_embedding USING hnsw (embedding vector_cosine_ops)",
        ]),
    ]

    /// Applies pending migrations. Concurrent callers (several replicas starting at once)
    /// wait on one advisory lock, so each migration runs exactly once.
    public func migrate() async throws {
        for migration in Self.migrations {
            try await transaction { conn in
                try await conn.query("SELECT pg_advisory_xact_lock(7004201)", logger: logger)
                try await conn.query("""
                    CREATE TABLE IF NOT EXISTS okla_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                let rows = try await conn.query("SELECT name FROM okla_migration WHERE name = \(migration.name)", logger: logger)
                for try await _ in rows.decode(String.self) { return }
                for statement in migration.sql {
                    try await conn.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await conn.query("INSERT INTO okla_migration (name) VALUES (\(migration.name))", logger: logger)
            }
        }
        try await fillMissingDocuments()
    }

    /// Vehicles stored before documents existed get theirs; documents are computed in Swift.
    func fillMissingDocuments() async throws {
        let rows = try await client.query("SELECT body::text FROM vehicle WHERE doc_hash IS NULL", logger: logger)
        var vehicles: [Vehicle] = []
        for try await body in rows.decode(String.self) { vehicles.append(try StoreCoding.decode(Vehicle.self, from: body)) }
        for vehicle in vehicles {
            let document = VehicleDocument(vehicle)
            try await client.query(
                "UPDATE vehicle SET doc = \(document.text), doc_hash = \(document.hash) WHERE vehicle_id = \(vehicle.vehicleId)",
                logger: logger)
        }
    }
}
