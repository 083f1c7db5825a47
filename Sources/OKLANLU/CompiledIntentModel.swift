import Foundation
import OKLACore

/// `IntentModel` laid out for prediction: features keyed by hash, weights in one flat
/// array, so classifying a message is a few hundred table look-ups and additions.
struct CompiledIntentModel: Sendable {
    private let rows: [UInt64: Int32]
    private let groups: [UInt8]
    private let weights: [Float]
    private let bias: [Float]
    private let inverseTemperature: Float
    let intents: [Intent]

    init(_ model: IntentModel) {
        let classes = model.intents.count
        var rows: [UInt64: Int32] = [:]
        rows.reserveCapacity(model.weights.count)
        var groups: [UInt8] = []
        var weights: [Float] = []
        weights.reserveCapacity(model.weights.count * classes)
        for (feature, values) in model.weights.sorted(by: { $0.key < $1.key }) where values.count == classes {
            rows[FeatureHash.fnv1a(feature.utf8)] = Int32(rows.count)
            groups.append(UInt8(IntentFeaturizer.group(of: feature)))
            weights.append(contentsOf: values.map { Float(Double($0) / IntentModel.weightScale) })
        }
        self.rows = rows
        self.groups = groups
        self.weights = weights
        self.bias = model.bias.map { Float(Double($0) / IntentModel.weightScale) }
        self.inverseTemperature = Float(1 / max(model.temperature, 1e-3))
        self.intents = model.intents
    }

    /// Calibrated probability of every intent, in `intents` order, from the feature
    /// hashes of a message (`IntentFeaturizer.hashes`).
    func probabilities(_ featureHashes: [UInt64]) -> [Double] {
        let classes = intents.count
        var active: [Int] = []
        var groupCounts = [Int](repeating: 0, count: IntentFeaturizer.groupCount)
        for hash in featureHashes {
            if let row = rows[hash] {
                active.append(Int(row))
                groupCounts[Int(groups[Int(row)])] += 1
            }
        }
        let groupValues = groupCounts.indices.map { group in
            groupCounts[group] == 0 ? 0 : Float(IntentFeaturizer.groupScale[group] / Double(groupCounts[group]).squareRoot())
        }
        var scores = bias
        weights.withUnsafeBufferPointer { table in
            for row in active {
                let value = groupValues[Int(groups[row])]
                let offset = row * classes
                for label in 0..<classes { scores[label] += value * table[offset + label] }
            }
        }
        let top = scores.max() ?? 0
        var exps = scores.map { Double(exp(($0 - top) * inverseTemperature)) }
        let total = exps.reduce(0, +)
        for index in exps.indices { exps[index] /= total }
        return exps
    }
}
