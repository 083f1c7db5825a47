import Foundation

/// Multinomial logistic regression with an L2 penalty over sparse rows. Its softmax
/// output is a probability by construction, which temperature scaling then calibrates.
struct SoftmaxRegression {
    struct Row {
        var features: [Int]
        var values: [Double]
        var label: Int
        /// How much this row counts in the loss (rarer intents count more).
        var weight: Double = 1
    }

    let rows: [Row]
    let featureCount: Int
    let classCount: Int
    let l2: Double

    /// Weights laid out feature-major (`weights[feature * classCount + class]`), the
    /// bias of each class after the last feature.
    func fit() -> [Double] {
        let start = [Double](repeating: 0, count: (featureCount + 1) * classCount)
        return LBFGS.minimize(from: start) { weights, gradient in lossAndGradient(weights, &gradient) }
    }

    /// Class scores of a row under `weights`.
    func logits(_ features: [Int], values: [Double], weights: [Double]) -> [Double] {
        let biasOffset = featureCount * classCount
        var scores = Array(weights[biasOffset..<(biasOffset + classCount)])
        for (feature, value) in zip(features, values) {
            let offset = feature * classCount
            for label in 0..<classCount { scores[label] += value * weights[offset + label] }
        }
        return scores
    }

    /// Mean negative log-likelihood plus the penalty (the bias is not penalized).
    private func lossAndGradient(_ weights: [Double], _ gradient: inout [Double]) -> Double {
        for index in gradient.indices { gradient[index] = 0 }
        var loss = 0.0
        let biasOffset = featureCount * classCount
        let scale = 1 / max(rows.reduce(0) { $0 + $1.weight }, 1)
        for row in rows {
            let scores = logits(row.features, values: row.values, weights: weights)
            let top = scores.max() ?? 0
            var total = 0.0
            var exps = [Double](repeating: 0, count: classCount)
            for label in 0..<classCount {
                exps[label] = Foundation.exp(scores[label] - top)
                total += exps[label]
            }
            loss -= (scores[row.label] - top - Foundation.log(total)) * scale * row.weight
            for label in 0..<classCount {
                let residual = (exps[label] / total - (label == row.label ? 1 : 0)) * scale * row.weight
                gradient[biasOffset + label] += residual
                for (feature, value) in zip(row.features, row.values) {
                    gradient[feature * classCount + label] += residual * value
                }
            }
        }
        for index in 0..<biasOffset {
            loss += 0.5 * l2 * weights[index] * weights[index]
            gradient[index] += l2 * weights[index]
        }
        return loss
    }
}
