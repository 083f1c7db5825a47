import Foundation
import Testing
import OKLACore
import OKLANLU

@Suite("Scoring a parser")
struct NLUReportTests {
    @Test("counts intent accuracy, confusions and micro entity F1")
    func scores() throws {
        let examples = [
            LabeledExample(text: "busco una yipeta", intent: .vehicleSearch, entities: Entities(bodyType: .suv)),
            // Gold says sedan; the parser reads suv: one false positive and one false negative.
            LabeledExample(text: "busco una jeepeta", intent: .vehicleSearch, entities: Entities(bodyType: .sedan)),
            LabeledExample(text: "hola", intent: .farewell, entities: nil),
        ]
        let report = NLUReport.evaluate(Fixtures.parser, on: examples)
        #expect(abs(report.intentAccuracy - 2.0 / 3.0) < 1e-9)
        #expect(report.confusions.first?.gold == .farewell)
        #expect(report.confusions.first?.predicted == .greeting)
        #expect(abs(report.entityPrecision - 0.5) < 1e-9)
        #expect(abs(report.entityRecall - 0.5) < 1e-9)
        #expect(abs(report.entityF1 - 0.5) < 1e-9)
        let body = try #require(report.entities.first { $0.entity == "body_type" })
        #expect(body.support == 2)
        #expect(report.formatted().contains("intent accuracy: 66.67%"))
        let json = try JSONSerialization.jsonObject(with: report.json()) as? [String: Any]
        #expect(json?["entityF1"] as? Double == 0.5)
    }

    @Test("benchmarks a parser")
    func benchmarks() {
        let result = NLUBenchmark.run(Fixtures.parser, messages: ["hola", "busco una yipeta de 2 palos"], rounds: 3)
        #expect(result.messages == 6)
        #expect(result.messagesPerSecond > 0)
        #expect(result.p95Milliseconds >= result.p50Milliseconds)
    }
}
