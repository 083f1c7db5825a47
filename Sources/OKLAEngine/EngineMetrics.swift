import Metrics
import OKLACore
import Synchronization

/// SPEC's chatbot metrics, reported through swift-metrics to whichever backend the process
/// bootstrapped. Handles are made once per label set: making one is a registry lookup.
enum EngineMetrics {
    private static let counters = Mutex<[String: Counter]>([:])
    private static let searchTimer = Timer(label: "chatbot_rag_search_duration_seconds", preferredDisplayUnit: .seconds)
    private static let embeddingTimer = Timer(label: "chatbot_embedding_generation_seconds", preferredDisplayUnit: .seconds)

    private static func counter(_ label: String, _ dimension: (String, String)) -> Counter {
        let key = "\(label)|\(dimension.1)"
        return counters.withLock { cache in
            if let c = cache[key] { return c }
            let c = Counter(label: label, dimensions: [dimension])
            cache[key] = c
            return c
        }
    }

    static func modeUsage(_ mode: ChatMode) {
        counter("chatbot_mode_usage", ("mode", mode.rawValue)).increment()
    }

    static func functionCall(_ name: String) {
        counter("chatbot_function_calls_total", ("function", name)).increment()
    }

    static func searchDuration(_ duration: Duration) {
        searchTimer.recordNanoseconds(nanoseconds(duration))
    }

    /// Time spent computing embeddings, for queries and for indexing.
    static func embeddingDuration(_ duration: Duration) {
        embeddingTimer.recordNanoseconds(nanoseconds(duration))
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
    }

    private static let llmTimer = Timer(label: "chatbot_llm_duration_seconds", preferredDisplayUnit: .seconds)

    /// Time the model took in a turn, both calls included.
    static func llmDuration(_ duration: Duration) {
        llmTimer.recordNanoseconds(nanoseconds(duration))
    }

    static func llmTokens(prompt: Int?, completion: Int?) {
        if let prompt { counter("chatbot_llm_tokens_total", ("kind", "prompt")).increment(by: prompt) }
        if let completion { counter("chatbot_llm_tokens_total", ("kind", "completion")).increment(by: completion) }
    }

    /// A turn that went out composed although a model is configured, by reason.
    static func llmFallback(_ reason: String) {
        counter("chatbot_llm_fallback_total", ("reason", reason)).increment()
    }

    static func handoff(_ direction: String) {
        counter("chatbot_handoff_total", ("direction", direction)).increment()
    }
}
