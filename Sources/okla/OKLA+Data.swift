import ArgumentParser
import Foundation
import OKLACore
import OKLANLU
import OKLAServer
import OKLAStore

extension OKLA {
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Understand messages: SPEC's JSON on stdout.")
        @Argument(help: "The message to understand.") var text: String?
        @Option(help: "A file of messages, one per line (plain text or JSON objects with a \"text\" field); one JSON result per line.")
        var jsonl: String?

        func validate() throws {
            guard (text == nil) != (jsonl == nil) else { throw ValidationError("Give either a message or --jsonl FILE") }
        }

        func run() async throws {
            let parser = try NLUParser()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let text {
                print(String(decoding: try encoder.encode(parser.parse(text)), as: UTF8.self))
                return
            }
            guard let path = jsonl, let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("Cannot read \(jsonl ?? "")")
            }
            var out = ""
            for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                var message = String(line)
                if line.first == "{", let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                   let t = object["text"] as? String {
                    message = t
                }
                out += String(decoding: try encoder.encode(parser.parse(message)), as: UTF8.self) + "\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }

    struct Inventory: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Manage inventory.", subcommands: [Import.self])

        struct Import: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Import vehicles (and dealers) from JSON or CSV into the configured store.",
                discussion: "Invalid rows are reported with their row (1 = first vehicle; CSV header not counted) and field; valid rows still import. Re-importing the same file changes nothing.")
            @Argument(help: "A .json or .csv file.") var file: String
            @Option(help: "Import every row for this dealer; rows naming another dealer are rejected.") var dealer: String?

            func validate() throws {
                guard FileManager.default.fileExists(atPath: file) else { throw ValidationError("No such file: \(file)") }
            }

            func run() async throws {
                let configuration = try AppConfiguration.fromEnvironment()
                let report = try await StoreBackend.withStore(configuration) { store in
                    try await InventoryImporter(store: store).importFile(at: URL(fileURLWithPath: file), dealerId: dealer)
                }
                print("Dealers: \(report.dealersSaved) · vehículos nuevos: \(report.inserted) · actualizados: \(report.updated) · sin cambios: \(report.unchanged) · errores: \(report.issues.count)")
                for issue in report.issues {
                    print("  fila \(issue.row.map(String.init) ?? "-")\(issue.vehicleId.map { " (\($0))" } ?? ""): \(issue.field) \(issue.message)")
                }
                for warning in report.warnings { print("  aviso: \(warning)") }
                if report.inserted + report.updated + report.unchanged == 0 && !report.issues.isEmpty { throw ExitCode(2) }
            }
        }
    }

    struct DealerCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "dealer", abstract: "Manage dealers.", subcommands: [Create.self])

        struct Create: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Create (or keep) a dealer and print a new API key for it. The key is stored hashed.")
            @Option(help: "Dealer id, e.g. motores-del-caribe.") var id: String
            @Option(help: "Dealer name; required when the dealer does not exist yet.") var name: String?
            @Option(help: "The bot's name.") var botName = "OKLA Bot"

            func validate() throws {
                guard id.range(of: #"^[a-z0-9][a-z0-9._-]{1,63}$"#, options: .regularExpression) != nil else {
                    throw ValidationError("--id must be 2-64 lowercase letters, digits, '.', '_' or '-'")
                }
            }

            func run() async throws {
                let configuration = try AppConfiguration.fromEnvironment()
                let key = try await StoreBackend.withStore(configuration) { store in
                    if try await store.dealer(id: id) == nil {
                        guard let name else { throw ValidationError("The dealer does not exist; give --name to create it") }
                        _ = try await store.saveDealer(Dealer(dealerId: id, name: name, botName: botName))
                    }
                    let key = DealerKey.generate()
                    try await store.addDealerKey(dealerId: id, keyHash: DealerKey.hash(key))
                    return key
                }
                print(key)
            }
        }
    }
}
