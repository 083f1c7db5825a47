import AsyncHTTPClient
import Foundation
import Testing

/// The repo's model server serving SmolLM2-135M through llama.cpp (llama-cpp-python), started
/// for a test and stopped after it. `scripts/test.sh` installs it and sets `OKLA_TEST_LLAMA=1`,
/// which makes these tests required; without it they are skipped.
struct LlamaServer {
    static let enabled = ProcessInfo.processInfo.environment["OKLA_TEST_LLAMA"] == "1"

    let process: Process
    let url: String

    static func run(_ body: (LlamaServer) async throws -> Void) async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [root.appendingPathComponent("scripts/modelserver.sh").path, "start", "--port", "0", "--no-embeddings", "--log-level", "warning"]
        // A file, not a pipe: llama.cpp logs while loading, and a full pipe would stall the server.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("okla-llama-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        defer {
            kill(process.processIdentifier, SIGCONT)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            try? FileManager.default.removeItem(at: log)
        }
        var port: Int?
        for _ in 0..<200 where port == nil && process.isRunning {
            port = Self.announcedPort(in: (try? String(contentsOf: log, encoding: .utf8)) ?? "")
            if port == nil { try await Task.sleep(for: .milliseconds(100)) }
        }
        let bound = try #require(port, "the model server did not start: \((try? String(contentsOf: log, encoding: .utf8)) ?? "")")
        let server = LlamaServer(process: process, url: "http://127.0.0.1:\(bound)")
        var ready = false
        for _ in 0..<240 where !ready && process.isRunning {
            let health = try? await HTTPClient.shared.execute(HTTPClientRequest(url: server.url + "/health"), timeout: .seconds(1))
            ready = health?.status == .ok
            if !ready { try await Task.sleep(for: .milliseconds(250)) }
        }
        try #require(ready, "the model server did not load SmolLM2")
        try await body(server)
    }

    /// "okla-modelserver: port 41234", printed before the models load.
    private static func announcedPort(in log: String) -> Int? {
        guard let range = log.range(of: "okla-modelserver: port ") else { return nil }
        return Int(log[range.upperBound...].prefix { $0.isNumber })
    }

    /// Freezes the server: connections are accepted and nothing is answered, as with a hung GPU box.
    func freeze() { kill(process.processIdentifier, SIGSTOP) }
    func thaw() { kill(process.processIdentifier, SIGCONT) }
}
