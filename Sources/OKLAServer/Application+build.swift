import AsyncHTTPClient
import Foundation
import Hummingbird
import Logging
import OKLAEngine
import OKLAModels
import OKLAStore

/// Builds the whole service: the store chosen once, the engine over it, and the routes.
public func buildApplication(
    _ configuration: AppConfiguration, understanding: any LanguageUnderstanding, logger: Logger = Logger(label: "okla")
) async throws -> some ApplicationProtocol {
    _ = Telemetry.registry
    let backend = try StoreBackend.make(configuration)
    let embedder = configuration.embeddings.map { OpenAIEmbeddings(endpoint: $0) }
    let engine = ChatEngine(
        store: backend.store, understanding: understanding, configuration: configuration.engine, rateCounter: backend.rateCounter,
        embedder: embedder, chatModel: configuration.llm.map { OpenAIChat(endpoint: $0) })

    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: MetricsMiddleware())
    ChatController(engine: engine, backendName: backend.name, llmURL: configuration.llm?.baseURL).addRoutes(
        to: router.group("/api/chat").add(middleware: AddressRateLimit(limiter: engine.rateLimiter, trustForwardedFor: configuration.trustForwardedFor)))
    DealerController(engine: engine, adminKey: configuration.adminKey).addRoutes(to: router.group("/api/dealers"))
    SystemController(understanding: understanding).addRoutes(to: router)

    var app = Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "okla"),
        services: backend.services
            + (configuration.deliverEvents
                ? [OutboxRelay(store: backend.store, client: HTTPClient.shared, interval: configuration.outboxInterval, logger: logger)]
                : [])
            + (embedder.map { [IndexerService(indexer: EmbeddingIndexer(store: backend.store, embedder: $0), interval: .seconds(1), logger: logger)] } ?? []),
        logger: logger)
    let loadDemo = configuration.loadDemoInventory
    app.beforeServerStarts {
        try await backend.prepare()
        if loadDemo {
            let report = try await DemoInventory.load(into: backend.store)
            logger.info("Demo inventory loaded", metadata: ["inserted": "\(report.inserted)", "unchanged": "\(report.unchanged)"])
        }
    }
    return app
}

/// The shipped demo dealers and vehicles.
public enum DemoInventory {
    public static var url: URL? {
        Bundle.module.url(forResource: "inventory", withExtension: "json", subdirectory: "Resources/demo")
    }

    public static func load(into store: any ChatStore) async throws -> ImportReport {
        guard let url else { throw ConfigurationError(message: "demo inventory missing from the bundle") }
        return try await InventoryImporter(store: store).importFile(at: url)
    }
}
