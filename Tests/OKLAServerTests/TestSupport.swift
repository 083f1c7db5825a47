import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import OKLAEngine
import OKLAServer
import Testing

/// A running application over a fresh SQLite file with the demo inventory loaded (or over
/// PostgreSQL when `OKLA_TEST_DATABASE_URL` is given and `postgres` is asked for).
struct TestApp {
    static let adminKey = "test-admin-key"

    /// - Parameter deliverEvents: off unless a test needs webhooks, so that no relay settles the
    ///   events other tests sharing the PostgreSQL database are looking at.
    /// - Parameter live: over a real socket, for tests that need to hang up half-way.
    static func run(
        postgres: Bool = false, deliverEvents: Bool = false, live: Bool = false, configure: (inout AppConfiguration) -> Void = { _ in },
        _ body: @Sendable (TestClientProtocol) async throws -> Void
    ) async throws {
        var configuration = AppConfiguration()
        configuration.dataDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("okla-test-\(UUID().uuidString)").path
        configuration.adminKey = adminKey
        configuration.loadDemoInventory = true
        configuration.deliverEvents = deliverEvents
        if postgres { configuration.databaseURL = ProcessInfo.processInfo.environment["OKLA_TEST_DATABASE_URL"] }
        configure(&configuration)
        defer { try? FileManager.default.removeItem(atPath: configuration.dataDirectory) }
        let app = try await buildApplication(configuration, understanding: try defaultUnderstanding())
        try await app.test(live ? .live : .router, body)
    }
}

extension TestClientProtocol {
    @discardableResult
    func json(
        _ method: HTTPRequest.Method, _ uri: String, _ body: [String: Any]? = nil, key: String? = nil,
        expect status: HTTPResponse.Status = .ok, sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [String: Any] {
        let raw = try await send(method, uri, body: body.map { try JSONSerialization.data(withJSONObject: $0) }, key: key)
        #expect(raw.status == status, "\(method) \(uri): \(String(decoding: raw.data, as: UTF8.self))", sourceLocation: sourceLocation)
        return (try? JSONSerialization.jsonObject(with: raw.data) as? [String: Any]) ?? [:]
    }

    func jsonArray(_ uri: String, key: String?) async throws -> [[String: Any]] {
        let raw = try await send(.get, uri, body: nil, key: key)
        #expect(raw.status == .ok, "\(uri): \(String(decoding: raw.data, as: UTF8.self))")
        return (try JSONSerialization.jsonObject(with: raw.data) as? [[String: Any]]) ?? []
    }

    func send(_ method: HTTPRequest.Method, _ uri: String, body: Data?, key: String? = nil, contentType: String = "application/json") async throws -> (status: HTTPResponse.Status, data: Data, headers: HTTPFields) {
        var headers: HTTPFields = [.contentType: contentType]
        if let key { headers[.authorization] = "Bearer \(key)" }
        return try await execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { response in
            (response.status, Data(response.body.readableBytesView), response.headers)
        }
    }

    /// Starts a chat and returns its token.
    func startChat(dealerId: String? = "motores-del-caribe", vehicleId: String? = nil) async throws -> String {
        var body: [String: Any] = ["sessionType": "WebChat"]
        if let dealerId { body["dealerId"] = dealerId }
        if let vehicleId { body["vehicleId"] = vehicleId }
        let reply = try await json(.post, "/api/chat/start", body)
        return try #require(reply["sessionToken"] as? String)
    }

    func say(_ token: String, _ text: String, id: String? = nil, expect status: HTTPResponse.Status = .ok) async throws -> [String: Any] {
        var body: [String: Any] = ["sessionToken": token, "message": text]
        if let id { body["clientMessageId"] = id }
        return try await json(.post, "/api/chat/message", body, expect: status)
    }

    /// Sends a message to the streaming endpoint and returns its server-sent events.
    func stream(_ token: String, _ text: String) async throws -> [(name: String, json: [String: Any])] {
        let body = try JSONSerialization.data(withJSONObject: ["sessionToken": token, "message": text])
        let raw = try await send(.post, "/api/chat/message/stream", body: body)
        #expect(raw.status == .ok, "\(String(decoding: raw.data, as: UTF8.self))")
        #expect(raw.headers[.contentType]?.hasPrefix("text/event-stream") == true)
        return String(decoding: raw.data, as: UTF8.self).components(separatedBy: "\n\n").compactMap { block in
            var name = "message"
            var data = ""
            for line in block.split(separator: "\n") {
                if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                if line.hasPrefix("data: ") { data += line.dropFirst(6) }
            }
            guard !data.isEmpty else { return nil }
            return (name, (try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any]) ?? [:])
        }
    }

    /// Creates a dealer through the admin API and returns its key.
    func createDealer(_ id: String) async throws -> String {
        let reply = try await json(.post, "/api/dealers", ["dealerId": id, "name": "Dealer \(id)", "botName": "Bot"], key: TestApp.adminKey, expect: .created)
        return try #require(reply["apiKey"] as? String)
    }
}

func fixture(_ name: String) throws -> Data {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    return try Data(contentsOf: url)
}
