import Foundation
import OKLACore

/// How well a parser reads a labelled set: what `okla eval nlu FILE` prints.
public struct NLUReport: Sendable, Equatable, Encodable {
    public var examples: Int
    public var intentAccuracy: Double
    public var intents: [IntentScore]
    /// Most frequent mistakes, gold intent first.
    public var confusions: [Confusion]
    public var entities: [EntityScore]
    /// Micro-averaged over (key, value) pairs of the twelve entity fields.
    public var entityPrecision: Double
    public var entityRecall: Double
    public var entityF1: Double

    public struct IntentScore: Sendable, Equatable, Encodable {
        public var intent: Intent
        public var precision: Double
        public var recall: Double
        public var f1: Double
        public var support: Int
    }

    public struct Confusion: Sendable, Equatable, Encodable {
        public var gold: Intent
        public var predicted: Intent
        public var count: Int
    }

    public struct EntityScore: Sendable, Equatable, Encodable {
        /// The contract's key: "body_type", "price_max", …
        public var entity: String
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Gold pairs with this key.
        public var support: Int
    }

    public static func evaluate(_ parser: NLUParser, on examples: [LabeledExample]) -> NLUReport {
        var correct = 0
        var confusionCounts: [Pair: Int] = [:]
        var goldCounts: [Intent: Int] = [:]
        var predictedCounts: [Intent: Int] = [:]
        var truePositives: [Intent: Int] = [:]
        var entityCounts: [String: Counts] = [:]
        for example in examples {
            let result = parser.parse(example.text)
            goldCounts[example.intent, default: 0] += 1
            predictedCounts[result.intent, default: 0] += 1
            if result.intent == example.intent {
                correct += 1
                truePositives[example.intent, default: 0] += 1
            } else {
                confusionCounts[Pair(gold: example.intent, predicted: result.intent), default: 0] += 1
            }
            let gold = Set(EntityPair.pairs(of: example.entities ?? Entities()))
            let predicted = Set(EntityPair.pairs(of: result.entities))
            for pair in gold.union(predicted) {
                var counts = entityCounts[pair.key, default: Counts()]
                switch (gold.contains(pair), predicted.contains(pair)) {
                case (true, true): counts.truePositives += 1
                case (true, false): counts.falseNegatives += 1
                default: counts.falsePositives += 1
                }
                entityCounts[pair.key] = counts
            }
        }
        let intentScores = Intent.allCases.compactMap { intent -> IntentScore? in
            let support = goldCounts[intent, default: 0]
            let predicted = predictedCounts[intent, default: 0]
            guard support > 0 || predicted > 0 else { return nil }
            let hits = truePositives[intent, default: 0]
            let precision = ratio(hits, predicted)
            let recall = ratio(hits, support)
            return IntentScore(intent: intent, precision: precision, recall: recall, f1: harmonic(precision, recall), support: support)
        }
        let confusions = confusionCounts
            .map { Confusion(gold: $0.key.gold, predicted: $0.key.predicted, count: $0.value) }
            .sorted { ($0.count, $1.gold.rawValue, $1.predicted.rawValue) > ($1.count, $0.gold.rawValue, $0.predicted.rawValue) }
        let entityScores = EntityPair.keys.compactMap { key -> EntityScore? in
            guard let counts = entityCounts[key] else { return nil }
            return counts.score(for: key)
        }
        let total = entityCounts.values.reduce(into: Counts()) { sum, counts in
            sum.truePositives += counts.truePositives
            sum.falsePositives += counts.falsePositives
            sum.falseNegatives += counts.falseNegatives
        }.score(for: "all")
        return NLUReport(
            examples: examples.count, intentAccuracy: ratio(correct, examples.count), intents: intentScores,
            confusions: Array(confusions.prefix(15)), entities: entityScores,
            entityPrecision: total.precision, entityRecall: total.recall, entityF1: total.f1
        )
    }

    /// The figures as a readable table.
    public func formatted() -> String {
        var lines = [
            "examples: \(examples)",
            "intent accuracy: \(Self.percent(intentAccuracy))",
            "",
            "intent                  precision  recall     f1  support",
        ]
        for score in intents {
            lines.append(Self.row(score.intent.rawValue, score.precision, score.recall, score.f1, score.support))
        }
        lines.append("")
        if confusions.isEmpty {
            lines.append("confusions: none")
        } else {
            lines.append("top confusions (gold -> predicted):")
            for confusion in confusions {
                lines.append("  \(confusion.count)  \(confusion.gold.rawValue) -> \(confusion.predicted.rawValue)")
            }
        }
        lines.append("")
        lines.append("entity                  precision  recall     f1  support")
        for score in entities {
            lines.append(Self.row(score.entity, score.precision, score.recall, score.f1, score.support))
        }
        lines.append("")
        lines.append("entities (micro): precision \(Self.percent(entityPrecision)), recall \(Self.percent(entityRecall)), F1 \(String(format: "%.4f", entityF1))")
        return lines.joined(separator: "\n")
    }

    /// The same figures as JSON with sorted keys.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(self)
    }

    private struct Pair: Hashable {
        var gold: Intent
        var predicted: Intent
    }

    private struct Counts {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0

        func score(for key: String) -> EntityScore {
            let precision = NLUReport.ratio(truePositives, truePositives + falsePositives)
            let recall = NLUReport.ratio(truePositives, truePositives + falseNegatives)
            return EntityScore(
                entity: key, precision: precision, recall: recall, f1: NLUReport.harmonic(precision, recall),
                support: truePositives + falseNegatives
            )
        }
    }

    /// A score with nothing to count is perfect: no gold and no prediction is no error.
    private static func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 1 : Double(part) / Double(whole)
    }

    private static func harmonic(_ a: Double, _ b: Double) -> Double {
        a + b == 0 ? 0 : 2 * a * b / (a + b)
    }

    private static func percent(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }

    private static func row(_ name: String, _ precision: Double, _ recall: Double, _ f1: Double, _ support: Int) -> String {
        let padded = name.padding(toLength: 22, withPad: " ", startingAt: 0)
        return padded + String(format: "  %8.4f  %6.4f  %5.4f  %7d", precision, recall, f1, support)
    }
}
