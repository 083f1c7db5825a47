import Foundation
import Logging
import OKLACore
import OKLANLU
import OKLAStore

/// `search_inventory(filters, query, limit)`: the buyer's hard constraints (the entities, and
/// what the message rules out) filter one dealer's vehicles on offer; within them, the words
/// of the message (lexical) and its meaning (vectors, when an embedder is configured) rank the
/// vehicles, fused by reciprocal rank, and its soft wishes add how well each vehicle meets
/// them, keeping why each one matched.
public struct InventorySearch: Sendable {
    public let store: any ChatStore
    public let embedder: (any TextEmbedder)?
    /// Reads each side of "X o Y" to search both.
    public let understanding: any LanguageUnderstanding
    public let pesosPerDollar: Double
    let logger = Logger(label: "okla.search")

    public init(store: any ChatStore, embedder: (any TextEmbedder)?, understanding: any LanguageUnderstanding, pesosPerDollar: Double) {
        self.store = store
        self.embedder = embedder
        self.understanding = understanding
        self.pesosPerDollar = pesosPerDollar
    }

    public struct Match: Sendable {
        public var vehicle: Vehicle
        public var score: Double
        /// In Spanish, for the buyer: "híbrido: gasta muy poco", "tiene sunroof".
        public var reasons: [String]
    }

    /// Which rankings take part; the evaluation measures each alone against the fusion.
    public struct Signals: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let structured = Signals(rawValue: 1)
        public static let lexical = Signals(rawValue: 2)
        public static let semantic = Signals(rawValue: 4)
        public static let wishes = Signals(rawValue: 8)
        public static let hybrid: Signals = [.structured, .lexical, .semantic, .wishes]
    }

    /// Rankings deeper than this add nothing a buyer would see.
    static let depth = 200
    /// Reciprocal-rank fusion constant: 60, as in Cormack et al.; small ranks dominate less.
    static let fusionK = 60.0
    /// A wish a vehicle meets fully counts this many times a first place in one ranking:
    /// what the buyer asks for outweighs which words their listing happens to share.
    static let wishWeight = 2.0

    /// - Parameter understood: `understanding`'s reading of `text`, when the caller has it
    ///   already: a message is not read twice.
    public func search(
        dealerId: String, filters: Entities, text: String, understood: MessageUnderstanding? = nil, limit: Int,
        excluding excluded: [String] = [], order: VehicleQuery.Order = .newestFirst, signals: Signals = .hybrid
    ) async throws -> [Match] {
        // The message's vector is asked for first, so the model server works while the store does.
        async let vector: [Float]? = signals.contains(.semantic) ? embedding(of: text) : nil
        let folded = text.folded
        let understood = understood ?? understanding.understand(text)
        let filters = ImpliedConstraint.filters(filters, without: understood.excluded)
        let implied = ImpliedConstraint.constraints(of: understood, filters: filters)
        // "civic o accord": each alternative is searched, and a vehicle passing any of them is a candidate.
        let queries = Self.alternatives(of: filters, in: folded, understanding: understanding).map {
            VehicleQuery(dealerId: dealerId, filters: $0, excludedIds: excluded, pesosPerDollar: pesosPerDollar, limit: Self.depth, order: order)
        }
        var candidates: [Vehicle] = []
        for query in queries {
            for v in try await store.searchVehicles(query) where !candidates.contains(where: { $0.vehicleId == v.vehicleId }) {
                if implied.allSatisfy({ $0.admits(v) }) { candidates.append(v) }
            }
        }
        guard !candidates.isEmpty else { return [] }
        let allowed = Set(candidates.map(\.vehicleId))
        var rankings: [(weight: Double, ids: [String])] = []
        if signals.contains(.structured) { rankings.append((0.5, candidates.map(\.vehicleId))) }
        if signals.contains(.lexical) {
            // What the buyer rules out ("que no sea de gas") is no word to look for.
            for query in queries { rankings.append((1, try await store.lexicalSearch(query, text: understood.wantedText).filter(allowed.contains))) }
        }
        if let embedder, let queryVector = await vector {
            for query in queries {
                rankings.append((1, try await store.semanticSearch(query, embedding: queryVector, model: embedder.model).filter(allowed.contains)))
            }
        }
        var score: [String: Double] = [:]
        for ranking in rankings {
            for (rank, id) in ranking.ids.enumerated() { score[id, default: 0] += ranking.weight / (Self.fusionK + Double(rank + 1)) }
        }
        var reasons: [String: [String]] = [:]
        if signals.contains(.wishes) {
            let stock = Stock(candidates, pesosPerDollar: pesosPerDollar, seatsWanted: filters.seatsMin, budget: queries[0].priceBoundsDOP.max)
            for (id, appeal) in SoftWish.appeal(of: candidates, to: understood, in: stock) {
                score[id, default: 0] += Self.wishWeight * appeal.score / (Self.fusionK + 1)
                reasons[id] = appeal.reasons
            }
        }
        let words = Self.featureWords(folded)
        return candidates
            .map { v in Match(vehicle: v, score: score[v.vehicleId] ?? 0, reasons: reasons[v.vehicleId, default: []] + Self.mentioned(words, in: v)) }
            .enumerated()
            .sorted { $0.element.score != $1.element.score ? $0.element.score > $1.element.score : $0.offset < $1.offset }
            .prefix(limit).map(\.element)
    }

    /// The filters once for each option of "honda civic o accord", "híbrido o eléctrico",
    /// "hyundai o kia": the sides of an "o" that name different values of one field.
    static func alternatives(of filters: Entities, in folded: String, understanding: any LanguageUnderstanding) -> [Entities] {
        let sides = folded.components(separatedBy: " o ")
        guard sides.count > 1 else { return [filters] }
        let parsed = sides.map { understanding.understand($0).result.entities }
        var options = [filters]
        func branch(_ values: [Entities], _ apply: (inout Entities, Entities) -> Void) {
            guard values.count > 1 else { return }
            options = options.flatMap { base in values.map { value in var f = base; apply(&f, value); return f } }
        }
        let named = parsed.filter { $0.make != nil || $0.model != nil }
        if Set(named.map { "\($0.make ?? "")|\($0.model ?? "")" }).count > 1 {
            branch(named) { f, v in f.make = v.make; f.model = v.model }
        }
        let fuels = parsed.compactMap(\.fuel)
        if Set(fuels).count > 1 { branch(fuels.map { Entities(fuel: $0) }) { f, v in f.fuel = v.fuel } }
        let bodies = parsed.compactMap(\.bodyType)
        if Set(bodies).count > 1 { branch(bodies.map { Entities(bodyType: $0) }) { f, v in f.bodyType = v.bodyType } }
        let gearboxes = parsed.compactMap(\.transmission)
        if Set(gearboxes).count > 1 { branch(gearboxes.map { Entities(transmission: $0) }) { f, v in f.transmission = v.transmission } }
        return options
    }

    /// The message's vector, or nil when the embedder fails: search then goes on without it.
    private func embedding(of text: String) async -> [Float]? {
        guard let embedder else { return nil }
        let started = ContinuousClock.now
        defer { EngineMetrics.embeddingDuration(ContinuousClock.now - started) }
        do {
            return try await embedder.embed([text]).first
        } catch is CancellationError {
            // Nothing passed the filters, so the vector was not needed after all.
            return nil
        } catch {
            logger.warning("Query embedding failed; searching without vectors", metadata: ["error": "\(error)"])
            return nil
        }
    }

    /// Equipment words of the message ("sunroof", "cámara") a listing's features mention.
    static func featureWords(_ folded: String) -> [String] {
        folded.split { !($0.isLetter || $0.isNumber) }.map(String.init).filter { $0.count >= 5 && !VehicleDocument.terms($0).isEmpty }
    }

    static func mentioned(_ words: [String], in v: Vehicle) -> [String] {
        guard !words.isEmpty else { return [] }
        return v.features.filter { feature in
            let folded = feature.folded
            return words.contains { folded.contains($0) }
        }.prefix(2).map { "tiene \($0.lowercased())" }
    }
}
