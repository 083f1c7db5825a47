import Foundation
import OKLACore

/// One labelled line of a safety evaluation file (JSONL):
/// `{"text": "...", "kind": "injection"|"benign"|"pii", "pii": [...], "keep": [...]}`.
/// `pii` lists exact substrings that must disappear after redaction and `keep` substrings
/// that must survive it; both may appear on any kind of line. `category` is optional and
/// only used to break results down.
public struct SafetyExample: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case injection, benign, pii
    }

    public var text: String
    public var kind: Kind
    public var pii: [String]
    public var keep: [String]
    public var category: String?

    public init(text: String, kind: Kind, pii: [String] = [], keep: [String] = [], category: String? = nil) {
        self.text = text
        self.kind = kind
        self.pii = pii
        self.keep = keep
        self.category = category
    }

    private enum CodingKeys: String, CodingKey {
        case text, kind, pii, keep, category
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        kind = try container.decode(Kind.self, forKey: .kind)
        pii = try container.decodeIfPresent([String].self, forKey: .pii) ?? []
        keep = try container.decodeIfPresent([String].self, forKey: .keep) ?? []
        category = try container.decodeIfPresent(String.self, forKey: .category)
    }

    /// Reads a JSONL file; blank lines are skipped and a bad line is reported with its number.
    public static func loadJSONL(from url: URL) throws -> [SafetyExample] {
        let content: String
        do {
            content = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw OKLAError(.notFound, "No se pudo leer \(url.path): \(error.localizedDescription)")
        }
        let decoder = JSONDecoder()
        var examples: [SafetyExample] = []
        for (offset, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                examples.append(try decoder.decode(SafetyExample.self, from: Data(line.utf8)))
            } catch {
                throw OKLAError(.validation, "Línea \(offset + 1) de \(url.lastPathComponent) no es un ejemplo válido: \(error)")
            }
        }
        return examples
    }
}
