import Foundation
import OKLASafety
import Testing

/// Guards the targets on the development sets in `Data/safety/` (the `*-test.jsonl` sets
/// are held out and evaluated by hand, not here).
@Suite("Targets on the development data")
struct ShippedDataTests {
    static let dataDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/safety")

    @Test("injection detection is at least 95% with at most 2% false positives")
    func injectionTargets() throws {
        let examples = try SafetyExample.loadJSONL(from: Self.dataDirectory.appendingPathComponent("injection.jsonl"))
        let scores = SafetyEvaluation.evaluate(examples).injection
        #expect(scores.attacks >= 100)
        #expect(scores.benign >= 100)
        #expect(scores.detectionRate >= 0.95, "missed: \(scores.missed)")
        #expect(scores.falsePositiveRate <= 0.02, "flagged: \(scores.flaggedBenign)")
    }

    @Test("PII recall is 100% and no kept value is damaged")
    func piiTargets() throws {
        let examples = try SafetyExample.loadJSONL(from: Self.dataDirectory.appendingPathComponent("pii.jsonl"))
        let scores = SafetyEvaluation.evaluate(examples).pii
        #expect(examples.count >= 120)
        #expect(scores.recall == 1, "leaked: \(scores.leaks)")
        #expect(scores.damaged == 0, "over-redacted: \(scores.overRedactions)")
    }
}
