import Foundation
import OKLAEngine
import OKLAModels

/// Everything `okla serve` and `okla demo` read from the environment, with its default.
public struct AppConfiguration: Sendable {
    /// Default 127.0.0.1.
    public var host: String = "127.0.0.1"
    /// Default 8080.
    public var port: Int = 8080
    /// `OKLA_DATA_DIR`: folder of the embedded SQLite store. Default `./.okla`.
    public var dataDirectory: String = ".okla"
    /// `OKLA_DATABASE_URL`: when set, PostgreSQL is used instead of SQLite.
    public var databaseURL: String?
    /// `OKLA_ADMIN_KEY`: the key that may create dealers and act for any dealer. Unset: no admin access.
    public var adminKey: String?
    /// The engine's settings: `OKLA_PESOS_PER_DOLLAR` (default 63),
    /// `OKLA_ANONYMOUS_MESSAGE_LIMIT` (default 5, 0 = no limit) and the rate limits per minute
    /// `OKLA_RATE_LIMIT_SESSION` (20), `OKLA_RATE_LIMIT_IP` (120), `OKLA_RATE_LIMIT_PHONE` (30),
    /// 0 = no limit; the rest keep their defaults.
    public var engine = EngineConfiguration()
    /// `OKLA_TRUST_FORWARDED_FOR=1`: behind a proxy, limit by the first `X-Forwarded-For`
    /// address instead of the connection's. Default off (a client could forge the header).
    public var trustForwardedFor = false
    /// `OKLA_DELIVER_EVENTS`: `0` keeps this process from posting webhooks (events stay in the
    /// outbox for another replica). Default on.
    public var deliverEvents = true
    /// `OKLA_OUTBOX_INTERVAL_MS`: pause between webhook delivery rounds when the outbox is empty. Default 1,000 ms.
    public var outboxInterval: Duration = .seconds(1)
    /// `OKLA_SQLITE_CHECKPOINT_MS`: how often the SQLite log is copied back into the database
    /// file (and the search index merged) in the background. Default 200 ms.
    public var checkpointInterval: Duration = .milliseconds(200)
    /// `OKLA_EMBEDDINGS_URL` (an OpenAI-compatible server, e.g. `http://127.0.0.1:8765`),
    /// `OKLA_EMBEDDINGS_MODEL` (default `all-MiniLM-L6-v2`), `OKLA_EMBEDDINGS_API_KEY` and
    /// `OKLA_EMBEDDINGS_TIMEOUT_MS` (default 2,000). Unset: search runs without vectors.
    public var embeddings: ModelEndpoint?
    /// `OKLA_LLM_URL` (an OpenAI-compatible chat server), `OKLA_LLM_MODEL` (default `default`:
    /// servers of one model, like llama.cpp's, ignore the name) and `OKLA_LLM_API_KEY`. Unset:
    /// no model; every reply is composed. `OKLA_LLM_TIMEOUT_MS` (default 8,000) bounds the
    /// model's part of a turn; `OKLA_LLM_BREAKER_COOLDOWN_MS` (default 30,000) is how long a
    /// failing server is left alone; `OKLA_LLM_MAX_TOKENS` (default 1,024) caps each call.
    public var llm: ModelEndpoint?
    /// Load the shipped demo inventory at start-up (`okla demo`). Default false.
    public var loadDemoInventory = false

    public init() {}

    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> AppConfiguration {
        var c = AppConfiguration()
        if let dir = environment["OKLA_DATA_DIR"], !dir.isEmpty { c.dataDirectory = dir }
        if let url = environment["OKLA_DATABASE_URL"], !url.isEmpty { c.databaseURL = url }
        if let key = environment["OKLA_ADMIN_KEY"], !key.isEmpty { c.adminKey = key }
        if let rate = environment["OKLA_PESOS_PER_DOLLAR"] {
            guard let value = Double(rate), value > 0 else {
                throw ConfigurationError(message: "OKLA_PESOS_PER_DOLLAR debe ser un número positivo")
            }
            c.engine.pesosPerDollar = value
        }
        func count(_ name: String) throws -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text), value >= 0 else { throw ConfigurationError(message: "\(name) debe ser un entero (0 = sin límite)") }
            return value
        }
        if let value = try count("OKLA_ANONYMOUS_MESSAGE_LIMIT") { c.engine.anonymousMessageLimit = value }
        if let value = try count("OKLA_RATE_LIMIT_SESSION") { c.engine.rateLimits.perSession = value }
        if let value = try count("OKLA_RATE_LIMIT_IP") { c.engine.rateLimits.perAddress = value }
        if let value = try count("OKLA_RATE_LIMIT_PHONE") { c.engine.rateLimits.perPhone = value }
        c.trustForwardedFor = environment["OKLA_TRUST_FORWARDED_FOR"] == "1"
        if let url = environment["OKLA_EMBEDDINGS_URL"], !url.isEmpty {
            var endpoint = ModelEndpoint(
                baseURL: url, model: environment["OKLA_EMBEDDINGS_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "all-MiniLM-L6-v2",
                apiKey: environment["OKLA_EMBEDDINGS_API_KEY"].flatMap { $0.isEmpty ? nil : $0 })
            if let ms = try count("OKLA_EMBEDDINGS_TIMEOUT_MS"), ms > 0 { endpoint.timeout = .milliseconds(ms) }
            c.embeddings = endpoint
        }
        if let url = environment["OKLA_LLM_URL"], !url.isEmpty {
            if let ms = try count("OKLA_LLM_TIMEOUT_MS"), ms > 0 { c.engine.llm.turnTimeout = .milliseconds(ms) }
            if let ms = try count("OKLA_LLM_BREAKER_COOLDOWN_MS") { c.engine.llm.breakerCooldown = .milliseconds(ms) }
            if let tokens = try count("OKLA_LLM_MAX_TOKENS"), tokens > 0 { c.engine.llm.maxTokens = tokens }
            c.llm = ModelEndpoint(
                baseURL: url, model: environment["OKLA_LLM_MODEL"].flatMap { $0.isEmpty ? nil : $0 } ?? "default",
                apiKey: environment["OKLA_LLM_API_KEY"].flatMap { $0.isEmpty ? nil : $0 }, timeout: c.engine.llm.turnTimeout)
        }
        if environment["OKLA_DELIVER_EVENTS"] == "0" { c.deliverEvents = false }
        if let ms = environment["OKLA_OUTBOX_INTERVAL_MS"] {
            guard let value = Int(ms), value > 0 else {
                throw ConfigurationError(message: "OKLA_OUTBOX_INTERVAL_MS debe ser un entero positivo")
            }
            c.outboxInterval = .milliseconds(value)
        }
        if let ms = environment["OKLA_SQLITE_CHECKPOINT_MS"] {
            guard let value = Int(ms), value > 0 else {
                throw ConfigurationError(message: "OKLA_SQLITE_CHECKPOINT_MS debe ser un entero positivo")
            }
            c.checkpointInterval = .milliseconds(value)
        }
        return c
    }
}

public struct ConfigurationError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
