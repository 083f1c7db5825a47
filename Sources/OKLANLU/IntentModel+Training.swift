import Foundation
import OKLACore

extension IntentModel {
    /// Knobs of `train(on:settings:)`; the defaults were chosen by cross-validation on
    /// `Data/nlu/train.jsonl`.
    public struct TrainingSettings: Sendable, Equatable {
        /// L2 penalty on weights; larger means smoother, less confident models.
        public var l2: Double
        /// A feature must occur in at least this many training messages to be kept,
        /// which bounds the model size and drops one-off typos.
        public var minimumFeatureCount: Int
        /// Folds for calibrating the temperature (and measuring accuracy); 0 or 1
        /// skips calibration and leaves the temperature at 1.
        public var folds: Int

        public init(l2: Double = 1e-4, minimumFeatureCount: Int = 2, folds: Int = 5) {
            self.l2 = l2
            self.minimumFeatureCount = minimumFeatureCount
            self.folds = folds
        }
    }

    /// Trains on `examples` with the default settings. Deterministic: the same
    /// examples in the same order give a byte-identical `encoded()` model.
    public static func train(on examples: [LabeledExample]) -> IntentModel {
        train(on: examples, settings: TrainingSettings())
    }

    public static func train(on examples: [LabeledExample], settings: TrainingSettings) -> IntentModel {
        let extractor = EntityExtractor()
        let messages = examples.map { extractor.analyze($0.text).maskedTokens }
        let repair = WordRepair(known: WordRepair.knownWords(messages, minimumCount: settings.minimumFeatureCount))
        let featureSets = messages.map { IntentFeaturizer.strings(repair.repaired($0)) }
        let labels = examples.map { Self.labelIndex($0.intent) }

        var crossValidation = CrossValidation(predicted: [], logits: [])
        if settings.folds > 1 {
            crossValidation = crossValidate(featureSets, labels, settings: settings)
        }
        let fitted = fit(featureSets, labels, settings: settings)
        let temperature = crossValidation.logits.isEmpty ? 1 : fitTemperature(crossValidation.logits, labels)
        let correct = zip(crossValidation.predicted, labels).filter { $0 == $1 }.count

        let classes = Intent.allCases.count
        var weights: [String: [Int]] = [:]
        for (index, feature) in fitted.vocabulary.enumerated() {
            let row = fitted.weights[(index * classes)..<((index + 1) * classes)]
            weights[feature] = row.map(quantize)
        }
        let biasOffset = fitted.vocabulary.count * classes
        return IntentModel(
            format: currentFormat,
            intents: Intent.allCases,
            weights: weights,
            bias: fitted.weights[biasOffset..<(biasOffset + classes)].map(quantize),
            temperature: (temperature * 10_000).rounded() / 10_000,
            training: TrainingSummary(
                examples: examples.count, l2: settings.l2, minimumFeatureCount: settings.minimumFeatureCount,
                crossValidationFolds: settings.folds > 1 ? settings.folds : 0,
                crossValidationAccuracy: labels.isEmpty || crossValidation.predicted.isEmpty
                    ? 0 : (Double(correct) / Double(labels.count) * 10_000).rounded() / 10_000
            )
        )
    }

    private static func quantize(_ weight: Double) -> Int { Int((weight * weightScale).rounded()) }

    private static func labelIndex(_ intent: Intent) -> Int {
        Intent.allCases.firstIndex(of: intent) ?? 0
    }

    private struct Fitted {
        var vocabulary: [String]
        var weights: [Double]
        var regression: SoftmaxRegression
        var index: [String: Int]
        var groups: [Int]
    }

    /// Keeps features seen in enough messages, in sorted order, and fits the weights.
    private static func fit(_ featureSets: [Set<String>], _ labels: [Int], settings: TrainingSettings) -> Fitted {
        var counts: [String: Int] = [:]
        for features in featureSets {
            for feature in features { counts[feature, default: 0] += 1 }
        }
        let vocabulary = counts.filter { $0.value >= settings.minimumFeatureCount }.keys.sorted()
        var index: [String: Int] = [:]
        for (position, feature) in vocabulary.enumerated() { index[feature] = position }
        let groups = vocabulary.map(IntentFeaturizer.group)
        var perLabel: [Int: Int] = [:]
        for label in labels { perLabel[label, default: 0] += 1 }
        let rows = zip(featureSets, labels).map { features, label in
            let active = features.compactMap { index[$0] }.sorted()
            // Square-root inverse frequency: the majority intent should not win every doubt.
            let weight = (Double(labels.count) / Double(perLabel.count * perLabel[label, default: 1])).squareRoot()
            return SoftmaxRegression.Row(features: active, values: groupScaled(active, groups), label: label, weight: weight)
        }
        let regression = SoftmaxRegression(rows: rows, featureCount: vocabulary.count, classCount: Intent.allCases.count, l2: settings.l2)
        return Fitted(vocabulary: vocabulary, weights: regression.fit(), regression: regression, index: index, groups: groups)
    }

    /// Each feature's value: its group's scale over the square root of how many features of
    /// its group are active, so every group has the length `IntentFeaturizer.groupScale` sets.
    static func groupScaled(_ active: [Int], _ groups: [Int]) -> [Double] {
        var counts = [Int](repeating: 0, count: IntentFeaturizer.groupCount)
        for feature in active { counts[groups[feature]] += 1 }
        return active.map { IntentFeaturizer.groupScale[groups[$0]] / Double(counts[groups[$0]]).squareRoot() }
    }

    private struct CrossValidation {
        var predicted: [Int]
        var logits: [[Double]]
    }

    /// Stratified folds: the n-th example of each intent goes to fold n mod k, so every
    /// fold sees every intent and the split does not depend on any random source.
    private static func crossValidate(_ featureSets: [Set<String>], _ labels: [Int], settings: TrainingSettings) -> CrossValidation {
        var seenPerLabel: [Int: Int] = [:]
        var folds: [Int] = []
        for label in labels {
            let rank = seenPerLabel[label, default: 0]
            seenPerLabel[label] = rank + 1
            folds.append(rank % settings.folds)
        }
        var predicted = [Int](repeating: 0, count: labels.count)
        var logits = [[Double]](repeating: [], count: labels.count)
        for fold in 0..<settings.folds {
            let trainIndices = labels.indices.filter { folds[$0] != fold }
            let fitted = fit(trainIndices.map { featureSets[$0] }, trainIndices.map { labels[$0] }, settings: settings)
            for index in labels.indices where folds[index] == fold {
                let features = featureSets[index].compactMap { fitted.index[$0] }.sorted()
                let values = groupScaled(features, fitted.groups)
                let scores = fitted.regression.logits(features, values: values, weights: fitted.weights)
                logits[index] = scores
                predicted[index] = scores.indices.max { scores[$0] < scores[$1] } ?? 0
            }
        }
        return CrossValidation(predicted: predicted, logits: logits)
    }

    /// The temperature that minimizes the negative log-likelihood of held-out
    /// predictions (golden-section search over log T in [1/8, 8]).
    private static func fitTemperature(_ logits: [[Double]], _ labels: [Int]) -> Double {
        func loss(_ logTemperature: Double) -> Double {
            let inverse = exp(-logTemperature)
            var total = 0.0
            for (scores, label) in zip(logits, labels) {
                let scaled = scores.map { $0 * inverse }
                let top = scaled.max() ?? 0
                let normalizer = scaled.reduce(0) { $0 + exp($1 - top) }
                total -= scaled[label] - top - log(normalizer)
            }
            return total
        }
        var low = log(0.125)
        var high = log(8.0)
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<60 {
            let a = high - ratio * (high - low)
            let b = low + ratio * (high - low)
            if loss(a) < loss(b) { high = b } else { low = a }
        }
        return exp((low + high) / 2)
    }
}
