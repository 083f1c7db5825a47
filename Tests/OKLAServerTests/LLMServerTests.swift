import Foundation
import HummingbirdTesting
import OKLAModels
import OKLAServer
import Testing

/// The LLM layer against a real llama.cpp server with SmolLM2-135M. The model's Spanish is
/// poor: these tests check the plumbing (schemas, function calls, streaming, timeouts), never
/// the quality of what it writes.
@Suite("LLM layer against llama.cpp with SmolLM2", .enabled(if: LlamaServer.enabled), .serialized)
struct LLMServerTests {
    static func withApp(
        _ server: LlamaServer, timeout: Duration = .seconds(90), cooldown: Duration = .seconds(30),
        _ body: @escaping @Sendable (TestClientProtocol) async throws -> Void
    ) async throws {
        try await TestApp.run(configure: { c in
            c.llm = ModelEndpoint(baseURL: server.url, model: "smollm2", timeout: timeout)
            c.engine.llm.turnTimeout = timeout
            c.engine.llm.breakerCooldown = cooldown
        }, body)
    }

    static func notes(_ client: TestClientProtocol, _ token: String) async throws -> [String] {
        try await client.jsonArray("/api/dealers/motores-del-caribe/sessions/\(token)/audit", key: TestApp.adminKey)
            .filter { $0["messageId"] is String }.map { $0["note"] as? String ?? "" }
    }

    /// Whether the model's turn failed (late, unreadable, an error, or not asked): anything else
    /// means it was used, or dropped for what it said.
    static func failed(_ note: String) -> Bool {
        ["no respondió a tiempo", "salida inválida", "error del servidor", "circuito abierto"].contains(where: note.contains)
    }

    @Test("every structured turn from llama.cpp follows the schema, and its function call runs against the store")
    func structuredTurns() async throws {
        try await LlamaServer.run { server in
            try await Self.withApp(server) { client in
                let token = try await client.startChat()
                for message in ["hola buenas", "busco una yipeta automatica"] {
                    let reply = try await client.say(token, message)
                    #expect(!(reply["response"] as? String ?? "").isEmpty)
                }
                let notes = try await Self.notes(client, token)
                #expect(notes.count == 2)
                for note in notes {
                    #expect(!note.isEmpty && !Self.failed(note), "\(note)")
                }
                // "busco una yipeta automatica" is a confident search: the schema makes the model call search_inventory.
                #expect(notes[1].contains("llamó search_inventory"), "\(notes[1])")
            }
        }
    }

    @Test("streaming from llama.cpp delivers checked deltas and the envelope")
    func streaming() async throws {
        try await LlamaServer.run { server in
            try await Self.withApp(server) { client in
                let token = try await client.startChat()
                let events = try await client.stream(token, "hola")
                let reply = try #require(events.last)
                #expect(reply.name == "reply")
                let afterReset = events.split { $0.name == "reset" }.last ?? []
                let deltas = afterReset.filter { $0.name == "delta" }.compactMap { $0.json["text"] as? String }
                #expect(!deltas.isEmpty)
                #expect(deltas.joined() == reply.json["response"] as? String)
            }
        }
    }

    @Test("a hung llama.cpp server falls back within the timeout; the breaker opens, and closes once it answers again")
    func hungServer() async throws {
        try await LlamaServer.run { server in
            // Generous: after the thaw, SmolLM2 must write a whole turn within it on a busy CI box.
            try await Self.withApp(server, timeout: .seconds(60), cooldown: .seconds(1)) { client in
                let token = try await client.startChat()
                let clock = ContinuousClock()
                server.freeze()
                var started = clock.now
                _ = try await client.say(token, "hola")
                #expect(clock.now - started < .seconds(63))
                started = clock.now
                _ = try await client.say(token, "buenas tardes")
                #expect(clock.now - started < .seconds(1), "an open breaker does not wait for the model")
                var health = try await client.json(.get, "/api/chat/health")
                #expect((health["llm"] as? [String: Any])?["status"] as? String != "ok")
                server.thaw()
                try await Task.sleep(for: .seconds(1.2))
                _ = try await client.say(token, "hola otra vez")
                let notes = try await Self.notes(client, token)
                #expect(notes.first?.contains("no respondió a tiempo") == true, "\(notes)")
                #expect(notes.dropFirst().first?.contains("circuito abierto") == true, "\(notes)")
                #expect(notes.count == 3 && notes.last.map(Self.failed) == false, "\(notes)")
                health = try await client.json(.get, "/api/chat/health")
                #expect((health["llm"] as? [String: Any])?["status"] as? String == "ok")
            }
        }
    }
}
