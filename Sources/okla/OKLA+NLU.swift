import ArgumentParser
import Foundation
import OKLANLU
import OKLASafety

extension OKLA {
    struct NLU: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "nlu", abstract: "Train the intent model.", subcommands: [Train.self])

        struct Train: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Train the intent model from labelled JSONL (deterministic).")
            @Option(help: "Labelled examples.") var data = "Data/nlu/train.jsonl"
            @Option(help: "Where to write the model.") var output = "Sources/OKLANLU/Resources/intent-model.json"

            func run() async throws {
                let examples = try LabeledExample.loadJSONL(from: URL(fileURLWithPath: data))
                let model = IntentModel.train(on: examples)
                try model.encoded().write(to: URL(fileURLWithPath: output))
                print("Trained on \(examples.count) examples → \(output)")
            }
        }
    }

    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Evaluate against labelled sets.", subcommands: [EvalNLU.self, EvalSafety.self, EvalConversations.self, EvalSearch.self])

        struct EvalNLU: AsyncParsableCommand {
            static let configuration = CommandConfiguration(commandName: "nlu", abstract: "Intent accuracy and entity precision/recall/F1 on a labelled JSONL file.")
            @Argument(help: "Labelled JSONL file.") var file: String
            @Flag(help: "Print the figures as JSON.") var json = false

            func run() async throws {
                let examples = try LabeledExample.loadJSONL(from: URL(fileURLWithPath: file))
                let report = NLUReport.evaluate(try NLUParser(), on: examples)
                if json {
                    FileHandle.standardOutput.write(try report.json())
                    print()
                } else {
                    print(report.formatted())
                }
            }
        }
    }

    struct EvalSafety: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "safety",
            abstract: "Injection detection and false-positive rates, PII recall and over-redactions, on a labelled JSONL file.")
        @Argument(help: "JSONL lines {text, kind: injection|benign|pii, pii: [...], keep: [...]}.") var file: String
        @Flag(help: "Print the figures as JSON.") var json = false

        func run() async throws {
            let report = SafetyEvaluation.evaluate(try SafetyExample.loadJSONL(from: URL(fileURLWithPath: file)))
            if json {
                FileHandle.standardOutput.write(try report.json())
                print()
            } else {
                print(report.formatted())
            }
        }
    }
}
