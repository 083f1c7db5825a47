// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "okla-assistant",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "okla", targets: ["okla"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
    ],
    targets: [
        // Domain vocabulary and records shared by every other target. No dependencies.
        .target(name: "OKLACore"),
        // Dominican Spanish understanding: normalisation, entities, intents.
        .target(name: "OKLANLU", dependencies: ["OKLACore"], resources: [.copy("Resources")]),
        // The store contract, plus inventory import that only needs the contract.
        .target(name: "OKLAStore", dependencies: [
            "OKLACore",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "OKLASQLite", dependencies: [
            "OKLAStore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "OKLAPostgres", dependencies: [
            "OKLAStore",
            .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // PII redaction, prompt-injection detection and moderation. No dependencies beyond OKLACore.
        .target(name: "OKLASafety", dependencies: ["OKLACore"]),
        // Grounded conversation engine: understanding -> store tools -> composed reply.
        .target(name: "OKLAEngine", dependencies: [
            "OKLACore", "OKLANLU", "OKLAStore", "OKLASafety",
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Clients of OpenAI-compatible model servers: embeddings (and chat).
        .target(name: "OKLAModels", dependencies: [
            "OKLAEngine",
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        // Scripted multi-turn conversations (YAML) played against the engine, with grounding checks.
        .target(name: "OKLAConversations", dependencies: [
            "OKLAEngine", "OKLAStore",
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "OKLAServer", dependencies: [
            "OKLAEngine", "OKLANLU", "OKLAModels", "OKLASQLite", "OKLAPostgres",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Prometheus", package: "swift-prometheus"),
            .product(name: "Metrics", package: "swift-metrics"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Crypto", package: "swift-crypto"),
        ], resources: [.copy("Resources")]),
        .executableTarget(name: "okla", dependencies: [
            "OKLAServer", "OKLANLU", "OKLASafety", "OKLAConversations", "OKLAModels",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
        ]),
        .testTarget(name: "OKLANLUTests", dependencies: ["OKLANLU"]),
        .testTarget(name: "OKLASafetyTests", dependencies: ["OKLASafety"]),
        .testTarget(name: "OKLAStoreTests", dependencies: ["OKLAStore", "OKLASQLite", "OKLAPostgres"]),
        .testTarget(name: "OKLAConversationTests", dependencies: ["OKLAConversations", "OKLAServer"]),
        .testTarget(name: "OKLAServerTests", dependencies: [
            "OKLAServer",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "Crypto", package: "swift-crypto"),
            .product(name: "AsyncHTTPClient", package: "async-http-client"),
            .product(name: "Yams", package: "Yams"),
        ]),
    ]
)
