import Metrics
import OKLACore

/// SPEC's chatbot metrics, reported through swift-metrics to whichever backend the process bootstrapped.
enum EngineMetrics {
    static func modeUsage(_ mode: ChatMode) {
        Counter(label: "chatbot_mode_usage", dimensions: [("mode", mode.rawValue)]).increment()
    }

    static func functionCall(_ name: String) {
        Counter(label: "chatbot_function_calls_total", dimensions: [("function", name)]).increment()
    }

    static func searchDuration(_ duration: Duration) {
        Timer(label: "chatbot_rag_search_duration_seconds", preferredDisplayUnit: .seconds).recordNanoseconds(
            duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    static func handoff(_ direction: String) {
        Counter(label: "chatbot_handoff_total", dimensions: [("direction", direction)]).increment()
    }
}
