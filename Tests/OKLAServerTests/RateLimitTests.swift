import AsyncHTTPClient
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOHTTP1
import Testing

@Suite struct RateLimitTests {
    /// Windows are fixed: a clock that moves could start a new one halfway through a test
    /// (the whole suite runs in parallel on two cores, and a test can take most of a minute).
    static let frozen: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_528_830) }

    @Test("a session past its limit gets 429 with Retry-After, and the refused message is not stored")
    func sessionLimit() async throws {
        try await TestApp.run(configure: {
            $0.engine.rateLimits.perSession = 3
            $0.engine.now = Self.frozen
        }) { client in
            let token = try await client.startChat()
            for i in 1...3 { _ = try await client.say(token, "busco una yipeta \(i)") }
            let refused = try await client.send(
                .post, "/api/chat/message", body: try JSONSerialization.data(withJSONObject: ["sessionToken": token, "message": "hola"]))
            #expect(refused.status == .tooManyRequests)
            let retryAfter = try #require(refused.headers[.retryAfter].flatMap { Int($0) })
            #expect((1...60).contains(retryAfter))
            let body = try #require(try JSONSerialization.jsonObject(with: refused.data) as? [String: [String: String]])
            #expect(body["error"]?["code"] == "rate_limited")
            let transcript = try await client.json(.get, "/api/chat/session/\(token)")
            #expect((transcript["messages"] as? [[String: Any]])?.count == 6)
            // Another session is not affected.
            let other = try await client.startChat()
            _ = try await client.say(other, "hola")
        }
    }

    @Test("one phone number is limited across its sessions")
    func phoneLimit() async throws {
        try await TestApp.run(configure: {
            $0.engine.rateLimits.perPhone = 2
            $0.engine.now = Self.frozen
        }) { client in
            var tokens: [String] = []
            for _ in 0..<3 {
                let reply = try await client.json(.post, "/api/chat/start", [
                    "sessionType": "WhatsApp", "dealerId": "motores-del-caribe", "metadata": ["phone": "18095551234"],
                ])
                tokens.append(try #require(reply["sessionToken"] as? String))
            }
            _ = try await client.say(tokens[0], "hola")
            _ = try await client.say(tokens[1], "hola")
            _ = try await client.say(tokens[2], "hola", expect: .tooManyRequests)
        }
    }
}

/// Two `okla demo` processes on one PostgreSQL: the limits are counted in the database, so
/// they hold whichever replica a request reaches.
@Suite("Rate limits across processes", .enabled(if: ProcessInfo.processInfo.environment["OKLA_TEST_DATABASE_URL"] != nil))
struct RateLimitProcessTests {
    @Test("session and address limits hold across two server processes on one PostgreSQL")
    func limitsAcrossProcesses() async throws {
        let environment = [
            "OKLA_RATE_LIMIT_SESSION": "4", "OKLA_RATE_LIMIT_IP": "10", "OKLA_ANONYMOUS_MESSAGE_LIMIT": "0",
            "OKLA_DELIVER_EVENTS": "0",
        ]
        let first = try await ServerProcess.start(port: 18461, environment: environment)
        defer { first.stop() }
        let second = try await ServerProcess.start(port: 18462, environment: environment)
        defer { second.stop() }
        // All requests of this test must fall in one 60-second window.
        let second0 = Int(Date().timeIntervalSince1970) % 60
        if second0 > 40 { try await Task.sleep(for: .seconds(61 - second0)) }

        let token = try #require(try await first.post("/api/chat/start", ["sessionType": "WebChat", "dealerId": "motores-del-caribe"]).json["sessionToken"] as? String)
        for (i, server) in [first, second, first, second].enumerated() {
            #expect(try await server.post("/api/chat/message", ["sessionToken": token, "message": "yipeta \(i)"]).status == 200)
        }
        let refused = try await second.post("/api/chat/message", ["sessionToken": token, "message": "otra"])
        #expect(refused.status == 429)
        #expect(refused.retryAfter != nil)

        // Six requests so far from this address; a fresh session gets three more, the eleventh is refused.
        let other = try #require(try await second.post("/api/chat/start", ["sessionType": "WebChat", "dealerId": "motores-del-caribe"]).json["sessionToken"] as? String)
        for (i, server) in [first, second, first].enumerated() {
            #expect(try await server.post("/api/chat/message", ["sessionToken": other, "message": "sedan \(i)"]).status == 200)
        }
        let byAddress = try await second.post("/api/chat/message", ["sessionToken": other, "message": "otro"])
        #expect(byAddress.status == 429)
    }
}

/// An `okla demo` process of this build, on PostgreSQL.
struct ServerProcess {
    let process: Process
    let port: Int

    struct Reply {
        var status: Int
        var json: [String: Any]
        var retryAfter: String?
    }

    static func start(port: Int, environment: [String: String]) async throws -> ServerProcess {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = root.appendingPathComponent(".build/debug/okla")
        process.arguments = ["demo", "--port", String(port), "--model-server-port", "0"]
        var env = ProcessInfo.processInfo.environment
        env["OKLA_DATABASE_URL"] = env["OKLA_TEST_DATABASE_URL"]
        env["OKLA_DATA_DIR"] = FileManager.default.temporaryDirectory.appendingPathComponent("okla-proc-\(UUID().uuidString)").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let server = ServerProcess(process: process, port: port)
        for _ in 0..<300 {
            if let reply = try? await server.request(.GET, "/api/chat/health", nil), reply.status == 200 { return server }
            try await Task.sleep(for: .milliseconds(100))
        }
        server.stop()
        throw CancellationError()
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    func post(_ path: String, _ body: [String: Any]) async throws -> Reply {
        try await request(.POST, path, try JSONSerialization.data(withJSONObject: body))
    }

    func request(_ method: HTTPMethod, _ path: String, _ body: Data?) async throws -> Reply {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)\(path)")
        request.method = method
        request.headers.add(name: "Content-Type", value: "application/json")
        if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(30))
        let data = try await response.body.collect(upTo: 1 << 20)
        return Reply(
            status: Int(response.status.code),
            json: (try? JSONSerialization.jsonObject(with: Data(data.readableBytesView)) as? [String: Any]) ?? [:],
            retryAfter: response.headers.first(name: "Retry-After"))
    }
}
