import Foundation
import OKLAConversations
import OKLAServer
import OKLASQLite
import OKLAStore
import Testing

/// The conversation scripts shipped in Data/conversations, played against the engine over a
/// SQLite store holding the demo inventory.
@Suite struct ScriptedConversationTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/conversations").path

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func runner() async throws -> ConversationRunner {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("conversations-\(UUID().uuidString).sqlite").path
        let store = try SQLiteStore(path: path)
        _ = try await DemoInventory.load(into: store)
        return ConversationRunner(store: store, understanding: try defaultUnderstanding())
    }

    @Test("at least forty scripts ship, covering both chat modes")
    func scriptsShip() throws {
        let scripts = try ConversationScript.load(from: Self.folder)
        #expect(scripts.count >= 40)
        #expect(scripts.contains { $0.vehicle != nil })
        #expect(scripts.contains { $0.dealer != nil })
    }

    @Test("every shipped script passes, except those marked as known engine issues", arguments: files)
    func scriptPasses(_ file: String) async throws {
        let script = try #require(try ConversationScript.load(from: "\(Self.folder)/\(file)").first)
        let outcome = try await Self.runner().run(script)
        if let issue = script.knownIssue {
            #expect(!outcome.passed, "passes now: remove known_issue «\(issue)»")
        } else {
            #expect(outcome.failures.isEmpty, "\(outcome.failures.joined(separator: "\n"))")
        }
    }
}

@Suite struct ConversationRunnerTests {
    @Test("a script with wrong expectations fails, naming each broken one")
    func wrongExpectationsFail() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wrong-\(UUID().uuidString).yaml").path
        try """
            name: deliberately wrong
            dealer: motores-del-caribe
            now: 2026-11-18T10:00:00-04:00
            steps:
              - buyer: busco una yipeta de menos de un palo
                expect:
                  intent: financing
                  every_vehicle: {body_type: sedan}
                  says: [nunca digo esto]
              - buyer: puedo ir el domingo a las 10?
                expect: {appointment: true, appointments_stored: 1}
              - end: true
                expect: {summary_says: [Pedro]}
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let script = try #require(try ConversationScript.load(from: file).first)
        let outcome = try await ScriptedConversationTests.runner().run(script)
        let failures = outcome.failures.joined(separator: "\n")
        #expect(outcome.failures.count == 6, "\(failures)")
        for expected in ["expected financing", "breaks body_type=sedan", "lacks «nunca digo esto»", "no appointment", "0 appointments stored", "summary lacks «Pedro»"] {
            #expect(failures.contains(expected))
        }
    }

    @Test("a script must name exactly one of a dealer or a vehicle, and one action a step")
    func malformedScriptsAreRejected() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml").path
        try "name: x\nsteps:\n  - buyer: hola\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ScriptError.self) { try ConversationScript.load(from: file) }
        try "name: x\ndealer: d\nsteps:\n  - buyer: hola\n    agent: hola\n".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ScriptError.self) { try ConversationScript.load(from: file) }
    }
}
