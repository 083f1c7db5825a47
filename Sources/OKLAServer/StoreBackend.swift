import Foundation
import OKLAPostgres
import OKLASQLite
import OKLAStore
import ServiceLifecycle

/// The one place that chooses the store: PostgreSQL when a database URL is configured,
/// otherwise the embedded SQLite file.
public struct StoreBackend: Sendable {
    public let store: any ChatStore
    public let name: String
    /// Where rate-limit windows are counted: the database when replicas share one, else memory.
    public let rateCounter: any RateCounter
    /// Long-running work the store needs (connection pools).
    public let services: [any Service]
    /// Runs once the services run and before the server accepts requests.
    public let prepare: @Sendable () async throws -> Void

    public static func make(_ configuration: AppConfiguration) throws -> StoreBackend {
        if let url = configuration.databaseURL {
            let store = PostgresStore(configuration: try PostgresURL.configuration(url))
            return StoreBackend(
                store: store, name: "postgresql", rateCounter: store, services: [PostgresService(store: store)],
                prepare: { try await store.migrate() })
        }
        try FileManager.default.createDirectory(atPath: configuration.dataDirectory, withIntermediateDirectories: true)
        let store = try SQLiteStore(path: (configuration.dataDirectory as NSString).appendingPathComponent("okla.sqlite"))
        return StoreBackend(
            store: store, name: "sqlite", rateCounter: MemoryRateCounter(),
            services: [SQLiteMaintenance(store: store, interval: configuration.checkpointInterval)], prepare: {})
    }
}

struct PostgresService: Service {
    let store: PostgresStore

    func run() async throws {
        await cancelWhenGracefulShutdown { await store.run() }
    }
}

/// Keeps the SQLite file in shape between chat turns, so that no turn pays for it: the log
/// copied back into the database file, and the search index merged after listings change.
/// A round that fails is simply tried again on the next: turns stay correct without it, and
/// the commit that finds 8,000 pages in the log still bounds it.
struct SQLiteMaintenance: Service {
    let store: SQLiteStore
    let interval: Duration

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                _ = try? await store.checkpoint()
                _ = try? await store.compactSearchIndex()
                try? await Task.sleep(for: interval)
            }
        }
    }
}

extension StoreBackend {
    /// Opens the configured store for a one-off command: pools run, migrations applied, and
    /// everything closed when `body` returns.
    public static func withStore<T: Sendable>(_ configuration: AppConfiguration, _ body: (any ChatStore) async throws -> T) async throws -> T {
        if let url = configuration.databaseURL {
            return try await PostgresStore.withStore(url: url) { try await body($0) }
        }
        return try await body(try make(configuration).store)
    }
}
