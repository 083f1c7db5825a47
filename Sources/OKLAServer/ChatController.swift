import Foundation
import Hummingbird
import OKLACore
import OKLAEngine

/// SPEC's public chat API under /api/chat.
struct ChatController<Context: RequestContext> {
    let engine: ChatEngine
    let backendName: String
    /// Where the chat model is served, for the health report.
    let llmURL: String?

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
        // Server-sent events: `delta` ({"text"}) as the reply is written and checked, `reset`
        // when a model's reply was dropped for the composed one, then `reply` (the envelope), or
        // `error` when the turn failed after the stream began.
        group.post("message/stream") { request, _ in
            let body = try await request.json(MessageRequest.self)
            let events = try await engine.stream(token: body.sessionToken, text: body.message, clientMessageId: body.clientMessageId)
            return Response(
                status: .ok, headers: [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"],
                body: ResponseBody { writer in
                    // A failed write means the client left: leaving the loop drops the stream, which stops the model.
                    do {
                        for try await event in events {
                            try await writer.write(ByteBuffer(bytes: try Self.serverSentEvent(event)))
                        }
                    } catch let error as OKLAError {
                        try await writer.write(ByteBuffer(bytes: try Self.errorEvent(code: error.code.rawValue, message: error.message)))
                    } catch is CancellationError {
                        throw CancellationError()
                    } catch {
                        try await writer.write(ByteBuffer(bytes: try Self.errorEvent(code: "internal", message: "Error interno; intenta de nuevo")))
                    }
                    try await writer.finish(nil)
                })
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

    static func serverSentEvent(_ event: TurnEvent) throws -> Data {
        let (name, data): (String, Data) = switch event {
        case .delta(let text): ("delta", try CompactJSONEncoder.okla.encode(["text": text]))
        case .reset: ("reset", Data("{}".utf8))
        case .reply(let reply): ("reply", reply.json)
        }
        return Data("event: \(name)\ndata: ".utf8) + data + Data("\n\n".utf8)
    }

    /// A failure after the stream began (the store failed to record the turn): the status
    /// line has gone, so the error travels as the last event.
    static func errorEvent(code: String, message: String) throws -> Data {
        Data("event: error\ndata: ".utf8) + (try JSONEncoder().encode(ErrorBody(error: .init(code: code, message: message)))) + Data("\n\n".utf8)
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
        var llm = Health.Part(status: "disabled", detail: "no LLM configured; replies are composed from the inventory")
        if let backend = engine.llm {
            let state = await backend.breaker.state
            llm = .init(
                status: state == .closed ? "ok" : state.rawValue,
                detail: "\(backend.model.name) at \(llmURL ?? "?"); circuit \(state.rawValue); every reply is checked against the inventory")
        }
        let report = Health(
            status: storeOK ? "ok" : "degraded",
            engine: .init(status: "ok", detail: "grounded composer"),
            store: .init(status: storeOK ? "ok" : "down", detail: backendName),
            index: .init(status: storeOK ? "ok" : "down", detail: "structured filters"),
            llm: llm)
        return JSONBody(report, status: storeOK ? .ok : .serviceUnavailable)
    }
}
