import ArgumentParser
import Foundation
import OKLAEngine
import OKLAModels
import OKLANLU
import OKLAServer
import Synchronization

extension OKLA {
    struct LLM: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "llm", abstract: "Chat model servers.", subcommands: [Check.self, Bench.self])

        struct Check: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Tell whether an OpenAI-compatible chat server works with the engine: schema mode, latency, tokens/s, streaming.")

            @Argument(help: "Base URL of the server, e.g. http://127.0.0.1:8765")
            var url: String
            @Option(help: "Model name sent with each request.") var model = "default"
            @Option(help: "API key, sent as a bearer token.") var apiKey: String?
            @Option(help: "Structured turns to request.") var runs = 4
            @Option(help: "Longest wait for one request, in milliseconds.") var timeoutMs = 60_000
            @Option(help: "Also write the report as JSON to this file.") var out: String?

            func validate() throws {
                guard URL(string: url)?.scheme?.hasPrefix("http") == true else { throw ValidationError("URL must start with http:// or https://") }
                guard runs > 0 else { throw ValidationError("--runs must be at least 1") }
                guard timeoutMs > 0 else { throw ValidationError("--timeout-ms must be positive") }
            }

            func run() async throws {
                let chat = OpenAIChat(endpoint: ModelEndpoint(baseURL: url, model: model, apiKey: apiKey, timeout: .milliseconds(timeoutMs)))
                let report = await LLMCheck.run(model: chat, runs: runs)
                print("Modelo: \(report.model)")
                print("Turnos con el esquema del engine: \(report.schemaValid)/\(report.runs) (llamadas a funciones: \(report.functionCalls))")
                print("Latencia p50: \(report.latencyP50Ms.map { "\($0) ms" } ?? "—"), máx.: \(report.latencyMaxMs.map { "\($0) ms" } ?? "—")")
                print("Tokens/s generados: \(report.completionTokensPerSecond.map { "\($0)" } ?? "— (el servidor no informa usage)")")
                print("Streaming: \(report.streamed ? "sí, primer texto a los \(report.timeToFirstDeltaMs ?? 0) ms" : "no")")
                if let sample = report.sample { print("Ejemplo: \(sample)") }
                for error in report.errors { print("  ✗ \(error)") }
                if let out {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    try encoder.encode(report).write(to: URL(fileURLWithPath: out))
                }
                print(report.compatible ? "Compatible con OKLA." : "No compatible: revisa los errores de arriba.")
                if !report.compatible { throw ExitCode(1) }
            }
        }

        struct Bench: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Measure the engine's own time around a chat model (benchmarks/run_llm.sh drives it).",
                discussion: "Plays buyer messages through the engine with the model at URL, over a scratch copy of the demo inventory, and reports per turn the whole time, the time spent waiting for the model, their difference (the engine's added latency) and, on the streaming path, the time to the first event. Prints one JSON object.")

            @Argument(help: "Base URL of the chat server.") var url: String
            @Option(help: "Model name sent with each request.") var model = "default"
            @Option(help: "Turns to time.") var runs = 200
            @Option(help: "Streamed turns to time for the first event.") var streams = 50
            @Option(help: "Longest wait for the model in one turn, in milliseconds.") var timeoutMs = 60_000
            @OptionGroup var scratch: ScratchInventory

            static let script = [
                "hola buenas", "busco una yipeta automatica", "cuanto cuesta la primera?", "la puedo financiar a 48 meses?",
                "quiero ir a verla el sabado a las 10 de la mañana", "gracias, eso es todo",
            ]

            func validate() throws {
                guard runs > 0, streams >= 0 else { throw ValidationError("--runs must be positive and --streams not negative") }
            }

            func run() async throws {
                let timed = TimedChatModel(OpenAIChat(endpoint: ModelEndpoint(baseURL: url, model: model, timeout: .milliseconds(timeoutMs))))
                var configuration = EngineConfiguration(anonymousMessageLimit: 0, rateLimits: RateLimits(perSession: 0, perAddress: 0, perPhone: 0))
                configuration.llm.turnTimeout = .milliseconds(timeoutMs)
                let report = try await scratch.withStore { store in
                    let engine = ChatEngine(store: store, understanding: try NLUParser(), configuration: configuration, chatModel: timed)
                    var totals: [Double] = [], models: [Double] = [], added: [Double] = [], firstEvents: [Double] = []
                    var token = ""
                    var tokens: [String] = []
                    for i in 0..<(runs + streams) {
                        if i % Self.script.count == 0 {
                            token = try await engine.start(.init(sessionType: .webChat, dealerId: "motores-del-caribe")).sessionToken
                            tokens.append(token)
                        }
                        let text = Self.script[i % Self.script.count]
                        timed.reset()
                        let started = ContinuousClock.now
                        if i < runs {
                            _ = try await engine.handle(token: token, text: text, clientMessageId: nil)
                            let total = (ContinuousClock.now - started).seconds * 1000
                            let waiting = timed.elapsed.seconds * 1000
                            totals.append(total)
                            models.append(waiting)
                            added.append(total - waiting)
                        } else {
                            var first: Double?
                            for try await _ in try await engine.stream(token: token, text: text, clientMessageId: nil) where first == nil {
                                first = (ContinuousClock.now - started).seconds * 1000
                            }
                            if let first { firstEvents.append(first) }
                        }
                    }
                    // How each turn went, from the audit notes: the model's reply used, rejected, or not had.
                    var outcomes: [String: Int] = [:]
                    for token in tokens {
                        for entry in try await store.auditEntries(sessionToken: token) where entry.messageId != nil {
                            let note = entry.note ?? ""
                            let outcome = note.hasPrefix("Redactada") ? "model_reply" : note.contains("rechazada") ? "ungrounded" : note.isEmpty ? "composed" : "fallback"
                            outcomes[outcome, default: 0] += 1
                        }
                    }
                    return [
                        "model_server": url, "runs": runs, "streams": streams, "outcomes": outcomes,
                        "total_ms": Self.summary(totals), "model_ms": Self.summary(models), "added_ms": Self.summary(added),
                        "first_event_ms": Self.summary(firstEvents), "model_calls": timed.calls,
                    ] as [String: Any]
                }
                print(String(decoding: try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys]), as: UTF8.self))
            }

            static func summary(_ values: [Double]) -> [String: Double] {
                guard !values.isEmpty else { return [:] }
                let sorted = values.sorted()
                func at(_ p: Double) -> Double { (sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 100).rounded() / 100 }
                return ["p50": at(0.5), "p95": at(0.95), "p99": at(0.99), "max": at(1)]
            }
        }
    }
}

/// A chat model that keeps count of the time spent waiting for it, so a benchmark can tell the
/// engine's own time from the model's.
final class TimedChatModel: ChatModel {
    private let inner: any ChatModel
    private let state = Mutex((elapsed: Duration.zero, calls: 0))

    init(_ inner: any ChatModel) {
        self.inner = inner
    }

    var name: String { inner.name }
    var elapsed: Duration { state.withLock { $0.elapsed } }
    var calls: Int { state.withLock { $0.calls } }

    func reset() {
        state.withLock { $0.elapsed = .zero }
    }

    func complete(_ request: ChatModelRequest, onDelta: (@Sendable (String) async throws -> Void)?) async throws -> ChatModelOutput {
        let started = ContinuousClock.now
        defer { state.withLock { $0.elapsed += ContinuousClock.now - started; $0.calls += 1 } }
        return try await inner.complete(request, onDelta: onDelta)
    }
}
