import Foundation
import HTTPTypes
import AsyncHTTPClient
import HummingbirdTesting
import NIOCore
import OKLAModels
import OKLAServer
import Testing

/// The LLM layer against canned replies from a local OpenAI-compatible server: what reaches
/// the buyer when the model is right, wrong, broken, slow or gone.
@Suite("LLM layer with canned model replies")
struct LLMFallbackTests {
    static func withModel(
        _ replies: [FakeChatServer.Reply], timeout: Duration = .seconds(5), turnTimeout: Duration? = nil, cooldown: Duration = .seconds(60),
        _ body: @escaping @Sendable (TestClientProtocol, FakeChatServer) async throws -> Void
    ) async throws {
        try await FakeChatServer.run(replies) { fake, url in
            try await TestApp.run(configure: { c in
                c.llm = ModelEndpoint(baseURL: url, model: "canned", timeout: timeout)
                c.engine.llm.turnTimeout = turnTimeout ?? timeout
                c.engine.llm.breakerCooldown = cooldown
            }) { client in try await body(client, fake) }
        }
    }

    static func lastAudit(_ client: TestClientProtocol, _ token: String) async throws -> [String: Any] {
        let entries = try await client.jsonArray("/api/dealers/motores-del-caribe/sessions/\(token)/audit", key: TestApp.adminKey)
        return try #require(entries.last)
    }

    @Test("a reply the model grounds in the facts reaches the buyer, audited as the model's")
    func groundedReply() async throws {
        let text = "¡Saludos! Soy Carla. ¿Qué vehículo te gustaría ver hoy?"
        try await Self.withModel([.content(Canned.turn(text))]) { client, fake in
            let token = try await client.startChat()
            let reply = try await client.say(token, "hola buenas")
            #expect(reply["response"] as? String == text)
            #expect((reply["flags"] as? [String]) == [])
            let audit = try await Self.lastAudit(client, token)
            #expect((audit["checks"] as? [String])?.contains("grounded_llm_reply") == true)
            #expect((audit["note"] as? String)?.contains("Redactada por canned") == true)
            let request = try #require(await fake.requests.first)
            #expect(request.contains(#""response_format":{"type":"json_schema""#))
            #expect(request.contains("Carla") && request.contains("Motores del Caribe"))
        }
    }

    @Test("an invented price, vehicle or listing id is replaced by the composed reply and flagged",
          arguments: ["Tengo una yipeta en RD$999,999 que te va a encantar.", "Te recomiendo el Ferrari 488, es una nave.", "Mira la unidad MDC-9999, está nuevecita."])
    func ungroundedReply(invented: String) async throws {
        try await Self.withModel([.content(Canned.turn(invented, intent: "vehicle_search"))]) { client, _ in
            let token = try await client.startChat()
            let reply = try await client.say(token, "me interesa una yipeta, q tienen")
            let response = try #require(reply["response"] as? String)
            #expect(response != invented)
            #expect(!response.contains("999,999") && !response.contains("Ferrari") && !response.contains("MDC-9999"))
            #expect((reply["vehicles"] as? [[String: Any]])?.isEmpty == false)
            #expect((reply["flags"] as? [String])?.contains("ungrounded_llm_reply") == true)
            let note = try #require(try await Self.lastAudit(client, token)["note"] as? String)
            #expect(note.contains("rechazada"), "\(note)")
        }
    }

    @Test("a function call runs against the store and the model replies from what it found")
    func functionCall() async throws {
        let call = #"{"name":"search_inventory","arguments":{"filters":{"body_type":"pickup","make":null,"model":null,"year_min":null,"year_max":null,"price_max":null,"currency":null,"transmission":null,"fuel":"diesel","seats_min":null},"query":"pa trabajar"}}"#
        try await Self.withModel([
            .content(Canned.turn("", intent: "vehicle_search", call: call)),
            .content(Canned.reply("Pa trabajar te tengo estas camionetas diésel; dime cuál te llama la atención.")),
        ]) { client, fake in
            let token = try await client.startChat()
            let reply = try await client.say(token, "necesito algo pa trabajar")
            #expect(reply["response"] as? String == "Pa trabajar te tengo estas camionetas diésel; dime cuál te llama la atención.")
            let vehicles = try #require(reply["vehicles"] as? [[String: Any]])
            #expect(!vehicles.isEmpty)
            let requests = await fake.requests
            try #require(requests.count == 2)
            #expect(requests[1].contains("RESULTADO DE search_inventory"))
            for vehicle in vehicles {
                // Every card shown is one the tool found and the model was told about.
                #expect(requests[1].contains(try #require(vehicle["vehicleId"] as? String)))
            }
            let audit = try await Self.lastAudit(client, token)
            #expect((audit["tools"] as? [String])?.contains("llm:search_inventory") == true)
        }
    }

    @Test("broken JSON falls back without a flag and opens the breaker, so a dead server is asked once")
    func invalidOutputOpensBreaker() async throws {
        try await Self.withModel([.content("esto no es JSON"), .content(Canned.turn("No debería llegar."))]) { client, fake in
            let token = try await client.startChat()
            let first = try await client.say(token, "busco una yipeta")
            #expect((first["flags"] as? [String]) == [])
            #expect((first["vehicles"] as? [[String: Any]])?.isEmpty == false)
            #expect((try await Self.lastAudit(client, token)["note"] as? String)?.contains("salida inválida") == true)
            let second = try await client.say(token, "y camionetas?")
            #expect(second["response"] as? String != "No debería llegar.")
            #expect(await fake.requests.count == 1)
            #expect((try await Self.lastAudit(client, token)["note"] as? String)?.contains("circuito abierto") == true)
            let health = try await client.json(.get, "/api/chat/health")
            #expect((health["llm"] as? [String: Any])?["status"] as? String == "open")
        }
    }

    @Test("a hung server costs one timeout; after the cooldown one trial call closes the breaker")
    func hungServer() async throws {
        let text = "¡Klk! Dime qué vehículo buscas y te ayudo."
        try await Self.withModel([.hang(.seconds(8)), .content(Canned.turn(text))], timeout: .milliseconds(400), cooldown: .seconds(3)) { client, fake in
            let token = try await client.startChat()
            let clock = ContinuousClock()
            let started = clock.now
            _ = try await client.say(token, "hola")
            #expect(clock.now - started < .seconds(3), "the buyer waited for the hung server")
            #expect((try await Self.lastAudit(client, token)["note"] as? String)?.contains("no respondió a tiempo") == true)
            _ = try await client.say(token, "buenas")
            #expect(await fake.requests.count == 1, "an open breaker still called the model")
            #expect((try await Self.lastAudit(client, token)["note"] as? String)?.contains("circuito abierto") == true)
            try await Task.sleep(for: .milliseconds(3100))
            let recovered = try await client.say(token, "hola de nuevo")
            #expect(recovered["response"] as? String == text)
            let health = try await client.json(.get, "/api/chat/health")
            #expect((health["llm"] as? [String: Any])?["status"] as? String == "ok")
        }
    }

    @Test("a request that outlives its own HTTP deadline counts as a late model, not a broken one")
    func requestDeadline() async throws {
        try await Self.withModel([.hang(.seconds(8))], timeout: .milliseconds(300), turnTimeout: .seconds(20)) { client, _ in
            let token = try await client.startChat()
            let clock = ContinuousClock()
            let started = clock.now
            _ = try await client.say(token, "hola")
            // Well under the 8-second hang: the whole suite shares two cores, so not 300 ms.
            #expect(clock.now - started < .seconds(6), "the buyer waited for the hung model")
            let note = try await Self.lastAudit(client, token)["note"] as? String
            #expect(note?.contains("no respondió a tiempo") == true, "\(note ?? "")")
        }
    }

    @Test("a retried clientMessageId gets its first reply back without asking the model again")
    func retriesDoNotCallTwice() async throws {
        try await Self.withModel([.content(Canned.turn("¡Hola! ¿En qué te ayudo?")), .content(Canned.turn("Otra respuesta."))]) { client, fake in
            let token = try await client.startChat()
            let first = try await client.say(token, "hola", id: "m-1")
            let again = try await client.say(token, "hola", id: "m-1")
            #expect(first["messageId"] as? String == again["messageId"] as? String)
            #expect(again["response"] as? String == "¡Hola! ¿En qué te ayudo?")
            #expect(await fake.requests.count == 1)
        }
    }

    @Test("a stream sends checked deltas that add up to the reply, then the envelope")
    func streamedReply() async throws {
        let text = "¡Hola! Soy Carla, de Motores del Caribe. Dime qué buscas y te enseño opciones."
        try await Self.withModel([.content(Canned.turn(text))]) { client, _ in
            let token = try await client.startChat()
            let events = try await client.stream(token, "hola")
            let deltas = events.filter { $0.name == "delta" }.compactMap { $0.json["text"] as? String }
            #expect(deltas.count >= 2)
            let reply = try #require(events.last)
            #expect(reply.name == "reply")
            #expect(deltas.joined() == reply.json["response"] as? String)
            #expect(reply.json["response"] as? String == text)
        }
    }

    @Test("a streamed reply that turns ungrounded is reset and the composed reply follows")
    func streamedUngroundedReply() async throws {
        let text = "¡Claro que sí! Te tengo una yipeta buenísima. Cuesta RD$123,456 nada más. Ven a verla."
        try await Self.withModel([.content(Canned.turn(text))]) { client, _ in
            let token = try await client.startChat()
            let events = try await client.stream(token, "hola")
            let names = events.map(\.name)
            let reset = try #require(names.firstIndex(of: "reset"))
            #expect(names[..<reset].contains("delta"))
            #expect(!events.contains { $0.name == "delta" && ($0.json["text"] as? String ?? "").contains("123,456") })
            let reply = try #require(events.last)
            let response = try #require(reply.json["response"] as? String)
            #expect(!response.contains("123,456"))
            #expect(events[(reset + 1)...].filter { $0.name == "delta" }.compactMap { $0.json["text"] as? String }.joined() == response)
            #expect((reply.json["flags"] as? [String])?.contains("ungrounded_llm_reply") == true)
        }
    }

    @Test("a client that leaves a stream stops the model's generation, and the turn is still stored")
    func clientLeaves() async throws {
        let text = Canned.turn("¡Hola! Déjame contarte. Tenemos opciones de todo tipo en el dealer. Te las explico una por una, con calma.")
        try await FakeChatServer.run([.slowStream(text, pieces: 40, every: .milliseconds(150))]) { fake, url in
            try await TestApp.run(live: true, configure: { c in
                c.llm = ModelEndpoint(baseURL: url, model: "canned", timeout: .seconds(20))
                c.engine.llm.turnTimeout = .seconds(20)
            }) { client in
                let token = try await client.startChat()
                let port = try #require(client.port)
                try await Self.readFirstEventAndLeave(port: port, token: token)
                var cut = 0
                for _ in 0..<50 where cut == 0 {
                    try await Task.sleep(for: .milliseconds(100))
                    cut = await fake.streamsCutShort
                }
                #expect(cut == 1, "the model's stream ran to its end although the buyer left")
                var stored = false
                for _ in 0..<50 where !stored {
                    let transcript = try await client.json(.get, "/api/chat/session/\(token)")
                    stored = (transcript["messages"] as? [[String: Any]])?.contains { $0["role"] as? String == "bot" } == true
                    if !stored { try await Task.sleep(for: .milliseconds(100)) }
                }
                #expect(stored)
            }
        }
    }

    /// Opens a stream, reads until its first event and hangs up.
    static func readFirstEventAndLeave(port: Int, token: String) async throws {
        var request = HTTPClientRequest(url: "http://127.0.0.1:\(port)/api/chat/message/stream")
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.body = .bytes(ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: ["sessionToken": token, "message": "hola"])))
        let (first, arrived) = AsyncStream<Void>.makeStream()
        let prepared = request
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                let response = try await HTTPClient.shared.execute(prepared, timeout: .seconds(30))
                for try await chunk in response.body where String(buffer: chunk).contains("event:") {
                    arrived.yield()
                }
            }
            for await _ in first { break }
            // Cancelling the request closes the connection, as a buyer closing the chat does.
            group.cancelAll()
            try? await group.waitForAll()
        }
    }
}
