import Foundation
import OKLACore

/// One labelled message: a line of `Data/nlu/*.jsonl`,
/// `{"text": "...", "intent": "vehicle_search", "entities": {"body_type": "suv"}}`.
/// Entity keys are snake_case and absent ones are omitted, which `Entities`' decoder
/// reads as nil.
public struct LabeledExample: Codable, Sendable, Equatable {
    public var text: String
    public var intent: Intent
    public var entities: Entities?

    public init(text: String, intent: Intent, entities: Entities? = nil) {
        self.text = text
        self.intent = intent
        self.entities = entities
    }

    /// A JSONL line that is not a valid example, with its 1-based line number.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        public var file: String
        public var line: Int
        public var reason: String
        public var description: String { "\(file):\(line): \(reason)" }
    }

    /// Reads one example per non-empty line.
    public static func loadJSONL(from url: URL) throws -> [LabeledExample] {
        let data = try Data(contentsOf: url)
        let decoder = JSONDecoder()
        var examples: [LabeledExample] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\r") && $0 != UInt8(ascii: "\t") }) else { continue }
            do {
                examples.append(try decoder.decode(LabeledExample.self, from: Data(line)))
            } catch {
                throw LoadError(file: url.lastPathComponent, line: lineNumber, reason: Self.describe(error))
            }
        }
        return examples
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return "\(error)" }
        switch decoding {
        case .dataCorrupted(let context):
            return "invalid JSON (\(context.debugDescription))"
        case .keyNotFound(let key, _):
            return "missing key \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return "bad value at \"\(path)\": \(context.debugDescription)"
        @unknown default:
            return "\(decoding)"
        }
    }
}
