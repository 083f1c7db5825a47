import ArgumentParser
import Foundation
import OKLAModels
import OKLAServer

@main
struct OKLA: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "okla",
        abstract: "OKLA Assistant: the grounded sales assistant for Dominican vehicle dealers.",
        subcommands: [Serve.self, Demo.self, Parse.self, NLU.self, Eval.self, Inventory.self, Index.self, Bench.self, DealerCommand.self, LLM.self])
}

struct ServerOptions: ParsableArguments {
    @Option(help: "Address to listen on.") var host = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port must be between 1 and 65535") }
    }

    func configuration(demo: Bool) throws -> AppConfiguration {
        var c = try AppConfiguration.fromEnvironment()
        c.host = host
        c.port = port
        c.loadDemoInventory = demo
        return c
    }
}

extension OKLA {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the API.")
        @OptionGroup var server: ServerOptions

        func run() async throws {
            let app = try await buildApplication(try server.configuration(demo: false), understanding: try defaultUnderstanding())
            try await app.runService()
        }
    }

    struct Demo: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the API with the demo dealers' inventory and a chat page at /.")
        @OptionGroup var server: ServerOptions

        @Option(help: "Port for the local model server, started for embeddings when it is installed and OKLA_EMBEDDINGS_URL is unset; 0: never start it.")
        var modelServerPort = 8765

        @Flag(help: "Let the local model server's chat model (SmolLM2-135M unless configured) write replies, checked against the inventory. Its Spanish is poor: this shows the plumbing, not quality.")
        var llm = false

        func validate() throws {
            guard (0...65535).contains(modelServerPort) else { throw ValidationError("--model-server-port must be between 0 and 65535") }
        }

        func run() async throws {
            var configuration = try server.configuration(demo: true)
            var modelServer: LocalModelServer?
            if configuration.embeddings == nil || (llm && configuration.llm == nil), modelServerPort > 0 {
                modelServer = await LocalModelServer.startIfInstalled(port: modelServerPort, chat: llm && configuration.llm == nil)
                if let modelServer {
                    if configuration.embeddings == nil { configuration.embeddings = ModelEndpoint(baseURL: modelServer.url, model: "all-MiniLM-L6-v2") }
                    if llm, configuration.llm == nil {
                        configuration.llm = ModelEndpoint(baseURL: modelServer.url, model: "default", timeout: configuration.engine.llm.turnTimeout)
                    }
                }
            }
            defer { modelServer?.stop() }
            print("OKLA demo: abre http://\(configuration.host):\(configuration.port)/ (dealer motores-del-caribe)")
            print(configuration.embeddings.map { "Búsqueda semántica con \($0.model) en \($0.baseURL)" }
                ?? "Búsqueda sin vectores (léxica + filtros); instala el model server con: bash scripts/modelserver.sh install")
            print(configuration.llm.map { "Respuestas redactadas por el modelo de \($0.baseURL), verificadas contra el inventario" }
                ?? "Respuestas compuestas por el engine (sin LLM)")
            let app = try await buildApplication(configuration, understanding: try defaultUnderstanding())
            try await app.runService()
        }
    }
}
