/// Measures how fast a parser reads messages in one thread, the way a request handler
/// uses it. Each message is timed on its own for the latency percentiles; throughput is
/// messages over total wall time.
public enum NLUBenchmark {
    public struct Result: Sendable, Equatable, Encodable {
        public var messages: Int
        public var messagesPerSecond: Double
        public var p50Milliseconds: Double
        public var p95Milliseconds: Double
        public var p99Milliseconds: Double
        public var maxMilliseconds: Double
    }

    /// Parses every message `rounds` times after one untimed warm-up round.
    public static func run(_ parser: NLUParser, messages: [String], rounds: Int = 10) -> Result {
        guard !messages.isEmpty else {
            return Result(messages: 0, messagesPerSecond: 0, p50Milliseconds: 0, p95Milliseconds: 0, p99Milliseconds: 0, maxMilliseconds: 0)
        }
        var sink = 0
        for message in messages { sink &+= parser.parse(message).entities.isEmpty ? 0 : 1 }
        let clock = ContinuousClock()
        var latencies: [Double] = []
        latencies.reserveCapacity(messages.count * rounds)
        let started = clock.now
        for _ in 0..<max(rounds, 1) {
            for message in messages {
                let before = clock.now
                sink &+= parser.parse(message).intent.rawValue.count
                latencies.append(milliseconds(clock.now - before))
            }
        }
        let total = milliseconds(clock.now - started)
        latencies.sort()
        func percentile(_ fraction: Double) -> Double {
            latencies[min(latencies.count - 1, Int((Double(latencies.count) * fraction).rounded(.up)) - 1)]
        }
        // `sink` keeps the optimizer from dropping the parses.
        return Result(
            messages: latencies.count + (sink == Int.min ? 1 : 0),
            messagesPerSecond: Double(latencies.count) / (total / 1_000),
            p50Milliseconds: percentile(0.50), p95Milliseconds: percentile(0.95), p99Milliseconds: percentile(0.99),
            maxMilliseconds: latencies.last ?? 0
        )
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1_000 + Double(parts.attoseconds) / 1e15
    }
}
