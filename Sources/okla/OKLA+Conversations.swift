import ArgumentParser
import Foundation
import OKLAConversations
import OKLAServer
import OKLAStore

extension OKLA {
    struct EvalConversations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "conversations",
            abstract: "Play scripted conversations (YAML) against the engine and report every failed expectation.",
            discussion: "Runs on a scratch SQLite store holding the demo inventory, or --inventory FILE. Exit status 1 when a script fails.")
        @Argument(help: "A .yaml script or a folder of them.") var path = "Data/conversations"
        @OptionGroup var scratch: ScratchInventory

        func run() async throws {
            let scripts = try ConversationScript.load(from: path)
            try await scratch.withStore { store in try await play(scripts, on: store) }
        }

        private func play(_ scripts: [ConversationScript], on store: any ChatStore) async throws {
            let runner = ConversationRunner(store: store, understanding: try defaultUnderstanding())
            var passed = 0
            var steps = 0
            var unexpected = 0
            for script in scripts {
                let outcome = await runner.run(script)
                steps += outcome.steps
                if outcome.passed { passed += 1 }
                let known = script.knownIssue != nil
                if outcome.passed == known { unexpected += 1 }
                let mark = outcome.passed ? (known ? "✔ (¡ya pasa! quita known_issue)" : "✔") : (known ? "✘ (conocido)" : "✘")
                print("\(mark) \(outcome.script) (\((outcome.file as NSString).lastPathComponent), \(outcome.steps) pasos)")
                for failure in outcome.failures { print("    \(failure)") }
            }
            print("Conversaciones: \(passed)/\(scripts.count) correctas, \(steps) pasos; \(scripts.count - passed) fallan, "
                + "\(scripts.filter { $0.knownIssue != nil }.count) marcadas como problema conocido")
            if unexpected > 0 { throw ExitCode(1) }
        }
    }
}
