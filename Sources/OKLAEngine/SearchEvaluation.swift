import Foundation

/// Retrieval figures over a labelled query set: recall@5 (capped at the number of relevant
/// vehicles), precision@5, MRR, and every returned vehicle the query rules out.
public struct SearchEvaluation: Sendable {
    /// One labelled query: `{dealerId, text, relevant[], must_not[]}`; an empty `relevant`
    /// means nothing should match, and only its violations count.
    public struct Query: Decodable, Sendable {
        public var dealerId: String
        public var text: String
        public var relevant: [String]
        public var mustNot: [String]

        enum CodingKeys: String, CodingKey {
            case dealerId, text, relevant
            case mustNot = "must_not"
        }
    }

    public var queries = 0
    public var scored = 0
    public var recallAt5 = 0.0
    public var precisionAt5 = 0.0
    public var reciprocalRank = 0.0
    public var violations = 0
    /// Queries that broke a hard constraint, for the report.
    public var violating: [String] = []
    /// Queries whose top five missed relevant vehicles, for the report.
    public var missing: [String] = []

    public init() {}

    public static func load(from path: String) throws -> [Query] {
        guard let data = FileManager.default.contents(atPath: path) else { throw CocoaError(.fileReadNoSuchFile) }
        return try String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated().map { index, line in
            do {
                return try JSONDecoder().decode(Query.self, from: Data(line.utf8))
            } catch {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "line \(index + 1): \(error)"])
            }
        }
    }

    /// Adds one query's ranked results.
    public mutating func add(_ query: Query, results: [String]) {
        queries += 1
        let bad = results.filter(query.mustNot.contains)
        if !bad.isEmpty {
            violations += bad.count
            violating.append("\(query.text) → \(bad.joined(separator: ", "))")
        }
        guard !query.relevant.isEmpty else { return }
        scored += 1
        let top = Array(results.prefix(5))
        let hits = top.filter(query.relevant.contains).count
        let recall = Double(hits) / Double(min(query.relevant.count, 5))
        recallAt5 += recall
        if recall < 1 { missing.append(String(format: "%.2f %@ → %@", recall, query.text, top.joined(separator: ", "))) }
        precisionAt5 += top.isEmpty ? 0 : Double(hits) / Double(top.count)
        if let rank = results.firstIndex(where: query.relevant.contains) { reciprocalRank += 1 / Double(rank + 1) }
    }

    public var summary: String {
        let n = Double(max(scored, 1))
        return String(
            format: "recall@5 %.3f · precision@5 %.3f · MRR %.3f · must_not violations %d (%d queries, %d scored)",
            recallAt5 / n, precisionAt5 / n, reciprocalRank / n, violations, queries, scored)
    }
}
