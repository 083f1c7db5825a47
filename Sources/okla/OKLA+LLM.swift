import ArgumentParser
import Foundation
import OKLAEngine
import OKLAModels

extension OKLA {
    struct LLM: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "llm", abstract: "Chat model servers.", subcommands: [Check.self])

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
    }
}
