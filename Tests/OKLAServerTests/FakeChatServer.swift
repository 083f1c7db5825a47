import Foundation
import Hummingbird
import Logging
import NIOCore

/// A tiny server that speaks the OpenAI chat protocol with canned replies, for what a real
/// model cannot be made to do on purpose: invent a price, hang, answer with broken JSON.
actor FakeChatServer {
    enum Reply: Sendable {
        /// The message content, streamed in small pieces when the request asks for a stream.
        case content(String)
        /// Accepts the request and answers nothing for that long (then a 503).
        case hang(Duration)
        case status(Int)
        /// A stream of `pieces` pieces of `text`, one every `every`.
        case slowStream(String, pieces: Int, every: Duration)
    }

    private var replies: [Reply]
    private(set) var requests: [String] = []
    /// Streams the client closed before they ended.
    private(set) var streamsCutShort = 0

    init(_ replies: [Reply]) {
        self.replies = replies
    }

    func script(_ more: [Reply]) {
        replies += more
    }

    private func next(_ body: String) -> Reply {
        requests.append(body)
        return replies.isEmpty ? .status(503) : replies.removeFirst()
    }

    private func cutShort() {
        streamsCutShort += 1
    }

    /// Serves on a free local port while `body` runs.
    static func run(_ replies: [Reply], _ body: @Sendable (FakeChatServer, String) async throws -> Void) async throws {
        let fake = FakeChatServer(replies)
        let router = Router()
        router.post("/v1/chat/completions") { request, _ in try await fake.respond(request) }
        let (ports, port) = AsyncStream<Int>.makeStream()
        var logger = Logger(label: "fake-chat-server")
        // Connections the engine drops on purpose (timeouts, buyers leaving) are not news.
        logger.logLevel = .critical
        let app = Application(
            router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { port.yield($0.localAddress?.port ?? 0) }, logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            var iterator = ports.makeAsyncIterator()
            let bound = await iterator.next() ?? 0
            defer { group.cancelAll() }
            try await body(fake, "http://127.0.0.1:\(bound)")
        }
    }

    private func respond(_ request: Request) async throws -> Response {
        let body = String(buffer: try await request.body.collect(upTo: 1 << 20))
        let stream = body.contains(#""stream":true"#)
        switch next(body) {
        case .status(let code):
            return Response(status: .init(code: code), body: .init(byteBuffer: ByteBuffer(string: #"{"error":{"message":"canned failure"}}"#)))
        case .hang(let duration):
            try await Task.sleep(for: duration)
            return Response(status: .serviceUnavailable)
        case .content(let text) where !stream:
            let completion: [String: Any] = [
                "choices": [["index": 0, "message": ["role": "assistant", "content": text], "finish_reason": "stop"]],
                "usage": ["prompt_tokens": 100, "completion_tokens": 20],
            ]
            return Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: completion))))
        case .content(let text):
            return try events(Self.pieces(text, count: max(1, text.count / 6)), every: .zero)
        case .slowStream(let text, let pieces, let every):
            return try events(Self.pieces(text, count: pieces), every: every)
        }
    }

    private func events(_ pieces: [String], every: Duration) throws -> Response {
        let chunks = try pieces.map { piece in
            "data: " + String(decoding: try JSONSerialization.data(withJSONObject: ["choices": [["index": 0, "delta": ["content": piece]]]]), as: UTF8.self) + "\n\n"
        }
        return Response(
            status: .ok, headers: [.contentType: "text/event-stream"],
            body: ResponseBody { writer in
                do {
                    for chunk in chunks {
                        try await writer.write(ByteBuffer(string: chunk))
                        if every > .zero { try await Task.sleep(for: every) }
                    }
                    try await writer.write(ByteBuffer(string: "data: [DONE]\n\n"))
                    try await writer.finish(nil)
                } catch {
                    await self.cutShort()
                    throw error
                }
            })
    }

    static func pieces(_ text: String, count: Int) -> [String] {
        let size = max(1, Int((Double(text.count) / Double(count)).rounded(.up)))
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return pieces
    }
}

/// The JSON the engine asks for, as a model would write it.
enum Canned {
    static func turn(_ response: String, intent: String = "greeting", call: String = "null") -> String {
        #"{"intent":"\#(intent)","confidence":0.9,"leadSignals":{"budget":null,"urgency":null,"financing":false,"tradeIn":false},"functionCall":\#(call),"response":\#(quoted(response))}"#
    }

    static func reply(_ response: String) -> String {
        #"{"response":\#(quoted(response))}"#
    }

    static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }
}
