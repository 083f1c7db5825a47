import Foundation
import OKLACore
import Synchronization

/// Whether a chat server works with the engine: the engine's own prompts and schemas sent to
/// it, how often the output follows the schema, how long it takes and how fast it streams.
public enum LLMCheck {
    public struct Report: Codable, Sendable {
        public var model: String
        public var runs: Int
        /// Outputs that decoded as the engine's structured turn.
        public var schemaValid: Int
        public var functionCalls: Int
        public var errors: [String]
        public var latencyP50Ms: Double?
        public var latencyMaxMs: Double?
        public var completionTokensPerSecond: Double?
        /// From sending a streamed request to its first piece of text.
        public var timeToFirstDeltaMs: Double?
        public var streamed: Bool
        /// The first structured turn as the model wrote it.
        public var sample: String?

        /// The engine can use the server: every output parsed and streaming works.
        public var compatible: Bool { errors.isEmpty && schemaValid == runs && streamed }
    }

    static let messages = [
        "klk, tienen alguna yipeta automatica de menos de 2 palos?",
        "en cuanto me deja la rav4 financiada a 48 meses?",
        "quiero ir a verla mañana a las 3",
        "cual es mejor, la crv o la rav4?",
    ]

    public static func run(model: any ChatModel, runs: Int, maxTokens: Int = 320) async -> Report {
        let dealer = Dealer(dealerId: "check", name: "Motores del Caribe", address: "Av. 27 de Febrero 100, Santo Domingo", botName: "Carla")
        let vehicles = [
            Vehicle(vehicleId: "CHK-0001", dealerId: "check", make: "Toyota", model: "RAV4", year: 2021, price: 1_950_000, mileageKm: 45_000, bodyType: .suv, transmission: .automatic, fuel: .gasoline),
            Vehicle(vehicleId: "CHK-0002", dealerId: "check", make: "Honda", model: "CR-V", year: 2020, price: 1_780_000, mileageKm: 52_000, bodyType: .suv, transmission: .automatic, fuel: .gasoline),
        ]
        let tools = ModelTool.available(in: .dealerInventory)
        var report = Report(model: model.name, runs: runs, schemaValid: 0, functionCalls: 0, errors: [], streamed: false)
        var latencies: [Double] = []
        var tokens = 0
        var generating = 0.0
        let clock = ContinuousClock()
        for run in 0..<runs {
            let message = messages[run % messages.count]
            let prompt = LLMPrompt(dealer: dealer, mode: .dealerInventory, vehicles: vehicles, history: [], message: message)
            let request = ChatModelRequest(
                messages: prompt.decision(draft: "Tengo 2 opciones: Toyota RAV4 2021 y Honda CR-V 2020.", tools: tools, required: nil),
                schema: TurnSchema.decision(tools: tools, required: nil), maxTokens: maxTokens)
            let started = clock.now
            do {
                let output = try await model.complete(request, onDelta: nil)
                if report.sample == nil { report.sample = String(output.text.prefix(600)) }
                let ms = milliseconds(clock.now - started)
                latencies.append(ms)
                if let completion = output.completionTokens {
                    tokens += completion
                    generating += ms / 1000
                }
                if let turn = try? JSONDecoder().decode(ModelTurn.self, from: Data(output.text.utf8)) {
                    report.schemaValid += 1
                    if turn.functionCall != nil { report.functionCalls += 1 }
                } else {
                    report.errors.append("run \(run + 1): output does not follow the schema: \(output.text.prefix(160))")
                }
            } catch {
                report.errors.append("run \(run + 1): \(error)")
            }
        }
        latencies.sort()
        report.latencyP50Ms = latencies.isEmpty ? nil : latencies[latencies.count / 2]
        report.latencyMaxMs = latencies.last
        report.completionTokensPerSecond = generating > 0 ? (Double(tokens) / generating * 10).rounded() / 10 : nil

        let first = FirstDelta()
        let started = clock.now
        do {
            let prompt = LLMPrompt(dealer: dealer, mode: .dealerInventory, vehicles: vehicles, history: [], message: messages[0])
            _ = try await model.complete(
                ChatModelRequest(messages: prompt.reply(tool: .searchInventory, result: "1. Toyota RAV4 2021, RD$1,950,000"), schema: TurnSchema.reply, maxTokens: 60),
                onDelta: { _ in first.mark(clock.now) })
            if let at = first.instant {
                report.streamed = true
                report.timeToFirstDeltaMs = milliseconds(at - started)
            } else {
                report.errors.append("stream: no text arrived")
            }
        } catch {
            report.errors.append("stream: \(error)")
        }
        return report
    }

    static func milliseconds(_ d: Duration) -> Double {
        ((Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15) * 10).rounded() / 10
    }

    private final class FirstDelta: Sendable {
        private let value = Mutex<ContinuousClock.Instant?>(nil)
        func mark(_ instant: ContinuousClock.Instant) { value.withLock { if $0 == nil { $0 = instant } } }
        var instant: ContinuousClock.Instant? { value.withLock { $0 } }
    }
}
