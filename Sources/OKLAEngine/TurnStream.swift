import Foundation
import Synchronization

/// One event of a streamed reply (`POST /api/chat/message/stream`).
public enum TurnEvent: Sendable {
    /// More of the reply's text, already checked against the inventory.
    case delta(String)
    /// Forget the text streamed so far: the model's reply was dropped and the composed one follows.
    case reset
    /// The reply envelope, as `/api/chat/message` returns it; its `response` is the whole text.
    case reply(EncodedReply)
}

/// Where a streamed turn's checked text goes, and how the engine learns the client left.
/// The deltas sent always add up to the final reply's text.
final class TurnStream: Sendable {
    private struct State {
        var started: CheckedContinuation<Void, any Error>?
        var sent = ""
    }

    private let continuation: AsyncThrowingStream<TurnEvent, any Error>.Continuation
    /// Ends when the client stops reading.
    let clientLeft: AsyncStream<Void>
    private let state: Mutex<State>

    init(
        continuation: AsyncThrowingStream<TurnEvent, any Error>.Continuation, clientLeft: AsyncStream<Void>,
        started: CheckedContinuation<Void, any Error>
    ) {
        self.continuation = continuation
        self.clientLeft = clientLeft
        state = Mutex(State(started: started))
    }

    func delta(_ text: String) {
        guard !text.isEmpty else { return }
        state.withLock { s in
            s.sent += text
            s.started?.resume()
            s.started = nil
        }
        continuation.yield(.delta(text))
    }

    func reset() {
        let hadText = state.withLock { s in
            defer { s.sent = "" }
            return !s.sent.isEmpty
        }
        if hadText { continuation.yield(.reset) }
    }

    /// Sends what the deltas have not said yet, then the envelope.
    func finish(_ reply: EncodedReply) {
        let response = reply.envelope.response
        let sent = state.withLock { $0.sent }
        if !response.hasPrefix(sent) { reset() }
        delta(String(response.dropFirst(response.hasPrefix(sent) ? sent.count : 0)))
        state.withLock { s in
            s.started?.resume()
            s.started = nil
        }
        continuation.yield(.reply(reply))
        continuation.finish()
    }

    /// An error before anything was sent is the request's error; after that, the stream's.
    func fail(_ error: any Error) {
        let started = state.withLock { s in
            defer { s.started = nil }
            return s.started
        }
        if let started {
            started.resume(throwing: error)
        }
        continuation.finish(throwing: error)
    }
}

extension ChatEngine {
    /// `handle` for a client that reads the reply as it is written. Returns once the message
    /// is accepted (a bad request, an unknown session or a rate limit throws here, before any
    /// event); the reply then arrives as events. The turn runs to its end and is stored even
    /// when the client stops reading half-way, so a retry with the same `clientMessageId` gets
    /// it back; only the model's generation stops.
    public func stream(token: String, text: String, clientMessageId: String?) async throws -> AsyncThrowingStream<TurnEvent, any Error> {
        let (events, continuation) = AsyncThrowingStream<TurnEvent, any Error>.makeStream()
        let (clientLeft, leaving) = AsyncStream<Void>.makeStream()
        continuation.onTermination = { _ in leaving.finish() }
        try await withCheckedThrowingContinuation { (started: CheckedContinuation<Void, any Error>) in
            let out = TurnStream(continuation: continuation, clientLeft: clientLeft, started: started)
            // Not a child of the request: a client that leaves must not cancel the store's work.
            Task {
                do {
                    out.finish(try await handle(token: token, text: text, clientMessageId: clientMessageId, stream: out))
                } catch {
                    out.fail(error)
                }
            }
        }
        return events
    }
}
