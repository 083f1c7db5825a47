import Hummingbird
import OKLACore
import OKLAEngine

/// SPEC's public chat API under /api/chat.
struct ChatController<Context: RequestContext> {
    let engine: ChatEngine
    let backendName: String

    struct MessageRequest: Decodable {
        var sessionToken: String
        var message: String
        var clientMessageId: String?
    }

    struct TokenRequest: Decodable {
        var sessionToken: String
        var reason: String?
    }

    func addRoutes(to group: RouterGroup<Context>) {
        group.post("start") { request, _ in
            JSONBody(try await engine.start(try await request.json(ChatEngine.StartRequest.self)))
        }
        group.post("message") { request, _ in
            let body = try await request.json(MessageRequest.self)
            let reply = try await engine.handle(token: body.sessionToken, text: body.message, clientMessageId: body.clientMessageId)
            return Response(
                status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(bytes: reply.json)))
        }
        group.post("end") { request, _ in
            JSONBody(try await engine.end(token: try await request.json(TokenRequest.self).sessionToken))
        }
        group.post("transfer") { request, _ in
            let body = try await request.json(TokenRequest.self)
            return JSONBody(try await engine.transfer(token: body.sessionToken, reason: body.reason))
        }
        group.get("session/:token") { _, context in
            JSONBody(try await engine.transcript(token: try context.parameters.require("token")))
        }
        group.get("health") { _, _ in
            try await health()
        }
    }

    struct Health: Encodable, Sendable {
        struct Part: Encodable, Sendable { var status: String; var detail: String }
        var status: String
        var engine: Part
        var store: Part
        var index: Part
        var llm: Part
    }

    func health() async throws -> JSONBody<Health> {
        var storeOK = true
        do { try await engine.store.ping() } catch { storeOK = false }
        let report = Health(
            status: storeOK ? "ok" : "degraded",
            engine: .init(status: "ok", detail: "grounded composer"),
            store: .init(status: storeOK ? "ok" : "down", detail: backendName),
            index: .init(status: storeOK ? "ok" : "down", detail: "structured filters"),
            llm: .init(status: "disabled", detail: "no LLM configured; replies are composed from the inventory"))
        return JSONBody(report, status: storeOK ? .ok : .serviceUnavailable)
    }
}
