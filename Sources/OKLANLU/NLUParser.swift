import OKLACore

/// Dominican Spanish understanding without an LLM: normalization, rule-based entity
/// extraction and a trained intent classifier. Building one is the costly part
/// (dictionaries, phrase tables, the model's hash table); parsing is then pure and
/// cheap, so share one parser across requests.
public struct NLUParser: Sendable {
    let extractor: EntityExtractor
    let classifier: CompiledIntentModel

    /// A parser with the model bundled in the package resources.
    public init() throws {
        self.init(model: try IntentModel.bundled())
    }

    public init(model: IntentModel) {
        extractor = EntityExtractor()
        classifier = CompiledIntentModel(model)
    }

    public func parse(_ text: String) -> ParseResult {
        understand(text).result
    }

    /// `parse` plus the details the conversation engine uses beyond the contract.
    public func understand(_ text: String) -> MessageUnderstanding {
        let analysis = extractor.analyze(text)
        let probabilities = classifier.probabilities(analysis.maskedTokens)
        let best = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        var intent = classifier.intents[best]
        var confidence = probabilities[best]
        if let rule = IntentRules.decision(for: analysis), !(rule.vetoable && rule.intent != intent && confidence >= IntentRules.modelVeto) {
            let modelProbability = classifier.intents.firstIndex(of: rule.intent).map { probabilities[$0] } ?? 0
            intent = rule.intent
            confidence = max(modelProbability, IntentRules.confidence)
        }
        return MessageUnderstanding(
            result: ParseResult(intent: intent, confidence: (confidence * 10_000).rounded() / 10_000, entities: analysis.entities),
            normalizedText: analysis.tokens.joined(separator: " "),
            phones: analysis.phones,
            emails: analysis.emails,
            name: DetailReader.name(in: analysis.tokens),
            color: DetailReader.color(in: analysis.tokens),
            ordinal: DetailReader.ordinal(in: analysis.tokens)
        )
    }
}
