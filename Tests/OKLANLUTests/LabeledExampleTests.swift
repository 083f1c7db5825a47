import Foundation
import Testing
import OKLACore
import OKLANLU

@Suite("Loading labelled examples")
struct LabeledExampleTests {
    private func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("nlu-\(UUID().uuidString).jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("reads snake_case entities and treats absent keys as nil")
    func readsEntities() throws {
        let url = try write("""
        {"text": "yipeta de 2 palos", "intent": "vehicle_search", "entities": {"body_type": "suv", "price_max": 2000000, "currency": "DOP"}}

        {"text": "hola", "intent": "greeting", "entities": {}}
        """)
        defer { try? FileManager.default.removeItem(at: url) }
        let examples = try LabeledExample.loadJSONL(from: url)
        #expect(examples.count == 2)
        #expect(examples[0].entities == Entities(bodyType: .suv, priceMax: 2_000_000, currency: .DOP))
        #expect(examples[1].entities == Entities())
    }

    @Test("names the line of a bad example")
    func reportsBadLine() throws {
        let url = try write("""
        {"text": "hola", "intent": "greeting", "entities": {}}
        {"text": "dale", "intent": "say_yes", "entities": {}}
        """)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try LabeledExample.loadJSONL(from: url)
        } throws: { error in
            (error as? LabeledExample.LoadError)?.line == 2
        }
    }

    @Test("reads the repository's training set")
    func readsTrainingSet() throws {
        let examples = try LabeledExample.loadJSONL(from: Fixtures.dataDirectory.appendingPathComponent("train.jsonl"))
        #expect(examples.count >= 700)
        #expect(Set(examples.map(\.intent)) == Set(Intent.allCases))
    }
}
