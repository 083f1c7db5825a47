import Foundation
import OKLACore

/// The trained intent classifier as it is stored in `Resources/intent-model.json`.
///
/// Model choice: multinomial logistic regression (softmax) over character n-grams and
/// word n-grams of the normalized, entity-masked message, fitted by L-BFGS with an L2
/// penalty, then calibrated by temperature scaling fitted on cross-validated
/// predictions. Logistic regression suits a few hundred short labelled messages: it
/// is convex (one optimum, so training is reproducible bit for bit and needs no seed),
/// it weighs overlapping n-grams jointly instead of assuming them independent as naive
/// Bayes does (which makes naive Bayes overconfident on n-grams), and its
/// probabilities only need one temperature to be well calibrated.
///
/// Weights are stored as integers (units of 1/`weightScale`) keyed by feature string,
/// so the file is plain, diffable JSON and encoding it twice gives the same bytes.
public struct IntentModel: Codable, Sendable, Equatable {
    public static let currentFormat = 1
    /// Weights are multiplied by this and rounded when stored.
    public static let weightScale = 10_000.0

    public var format: Int
    /// Column order of every weight vector.
    public var intents: [Intent]
    /// Quantized weights per feature, one per intent.
    public var weights: [String: [Int]]
    /// Quantized bias per intent.
    public var bias: [Int]
    /// Logits are divided by this before the softmax (fitted on held-out folds).
    public var temperature: Double
    public var training: TrainingSummary

    /// How the model was trained, recorded for the report and for reproducing it.
    public struct TrainingSummary: Codable, Sendable, Equatable {
        public var examples: Int
        public var l2: Double
        public var minimumFeatureCount: Int
        public var crossValidationFolds: Int
        /// Accuracy of the cross-validation folds (each fold predicted by a model that
        /// never saw it), before the final fit on everything.
        public var crossValidationAccuracy: Double
    }

    /// The words the model has a feature for, which `WordRepair` never rewrites.
    var knownWords: Set<String> {
        Set(weights.keys.lazy.filter { $0.hasPrefix("w:") }.map { String($0.dropFirst(2)) })
    }

    /// The model shipped in the package resources.
    public static func bundled() throws -> IntentModel {
        guard let url = Bundle.module.url(forResource: "intent-model", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "intent-model", withExtension: "json") else {
            throw ModelError.missingResource
        }
        return try JSONDecoder().decode(IntentModel.self, from: Data(contentsOf: url))
    }

    /// Stable JSON: sorted keys, integers for weights, so the same model always
    /// encodes to the same bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    public enum ModelError: Error, CustomStringConvertible, Sendable {
        case missingResource

        public var description: String {
            switch self {
            case .missingResource: "intent-model.json is missing from the OKLANLU resources"
            }
        }
    }
}
