import Foundation
import Synchronization

/// Passes a streamed model reply to the buyer one checked sentence at a time: the "response"
/// field is read out of the JSON as it is generated, each finished sentence is checked
/// against the facts, and the first ungrounded one stops the generation.
final class ReplyGate: Sendable {
    private struct State {
        var reader = ResponseFieldReader()
        var sentences = SentenceGate()
        /// Nil until the reply field starts; then whether the model called no function.
        var replying: Bool?
    }

    private let state = Mutex(State())
    private let stream: TurnStream
    private let check: @Sendable (String) -> [GroundingValidator.Violation]

    init(stream: TurnStream, check: @escaping @Sendable (String) -> [GroundingValidator.Violation]) {
        self.stream = stream
        self.check = check
    }

    func consume(_ chunk: String) throws {
        let ready: [String] = state.withLock { s in
            let text = s.reader.feed(chunk)
            if s.replying == nil, s.reader.prefix.contains("\"response\"") {
                s.replying = Self.callsNoFunction(s.reader.prefix)
            }
            return s.replying == true ? s.sentences.add(text) : []
        }
        for sentence in ready {
            let violations = check(sentence)
            guard violations.isEmpty else { throw UngroundedReply(violations: violations) }
            stream.delta(sentence)
        }
    }

    /// Whether the JSON written before the reply field says `"functionCall": null` (or has no
    /// such field, as in the reply after a tool ran).
    private static func callsNoFunction(_ prefix: String) -> Bool {
        guard let key = prefix.range(of: "\"response\"", options: .backwards) else { return false }
        var head = String(prefix[..<key.lowerBound]).trimmingCharacters(in: .whitespacesAndNewlines)
        if head.hasSuffix(",") { head.removeLast() }
        struct Head: Decodable { var functionCall: ModelFunctionCall? }
        return (try? JSONDecoder().decode(Head.self, from: Data((head + "}").utf8)))?.functionCall == nil
    }
}
