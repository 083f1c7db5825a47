import OKLACore

/// Dominican Spanish understanding without an LLM: normalization, rule-based entity
/// extraction and a trained intent classifier. Building one is the costly part
/// (dictionaries, phrase tables, the model's hash table); parsing is then pure and
/// cheap, so share one parser across requests.
public struct NLUParser: Sendable {
    let extractor: EntityExtractor
    let classifier: CompiledIntentModel
    let repair: WordRepair

    /// A parser with the model bundled in the package resources.
    public init() throws {
        self.init(model: try IntentModel.bundled())
    }

    public init(model: IntentModel) {
        extractor = EntityExtractor()
        classifier = CompiledIntentModel(model)
        repair = WordRepair(known: model.knownWords)
    }

    public func parse(_ text: String) -> ParseResult {
        understand(text).result
    }

    /// `parse` plus the details the conversation engine uses beyond the contract.
    public func understand(_ text: String) -> MessageUnderstanding {
        let analysis = extractor.analyze(text)
        let features = IntentFeaturizer.hashes(repair.repaired(analysis.maskedTokens))
        let probabilities = classifier.probabilities(features)
        let best = Self.best(probabilities, intents: classifier.intents, entities: analysis.entities)
        var intent = classifier.intents[best]
        var confidence = probabilities[best]
        // "donde queda la embajada", "cuanto cuesta una nevera": the dealer's and the price
        // questions' wording about something the dealer does not sell.
        if intent == .dealerInfo || intent == .priceInquiry, IntentFeaturizer.contains(features, IntentFeaturizer.elsewhere) {
            intent = .outOfScope
            confidence = max(probabilities[classifier.intents.firstIndex(of: .outOfScope) ?? 0], IntentRules.confidence)
        }
        // "q tienen en la sucursal de santiago", "en el local de la 27 hay yipetas?": the
        // stock at one of the dealer's places is a search, not a question about the place.
        if intent == .dealerInfo, analysis.entities.make == nil, analysis.entities.model == nil,
           IntentFeaturizer.contains(features, IntentFeaturizer.stockAt) {
            intent = .vehicleSearch
            confidence = max(probabilities[classifier.intents.firstIndex(of: .vehicleSearch) ?? 0], IntentRules.confidence)
        }
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
            name: DetailReader.name(in: analysis.tokens, original: text),
            color: DetailReader.color(in: analysis.tokens),
            ordinal: DetailReader.ordinal(in: analysis.tokens),
            excluded: analysis.exclusions.entities,
            mileageMaxKm: analysis.mileageMax,
            wantedText: analysis.tokens.indices
                .filter { index in !analysis.exclusions.spans.contains { $0.contains(index) } }
                .map { analysis.tokens[$0] }.joined(separator: " ")
        )
    }

    /// The most probable intent, except that a message naming a vehicle (a make, a model
    /// or a body type) is about buying one: it is out of scope only when nothing else
    /// is plausible at all.
    static func best(_ probabilities: [Double], intents: [Intent], entities: Entities) -> Int {
        let first = probabilities.indices.max { probabilities[$0] < probabilities[$1] } ?? 0
        guard intents[first] == .outOfScope, entities.make != nil || entities.bodyType != nil else { return first }
        let runnerUp = probabilities.indices.filter { $0 != first }.max { probabilities[$0] < probabilities[$1] }
        guard let runnerUp, probabilities[runnerUp] >= outOfScopeRunnerUp else { return first }
        return runnerUp
    }

    /// How plausible the runner-up must be to replace "out of scope" for a message that names a vehicle.
    static let outOfScopeRunnerUp = 0.05
}
