import Foundation
import HummingbirdTesting
import Testing

@Suite("Chat API on PostgreSQL", .enabled(if: ProcessInfo.processInfo.environment["OKLA_TEST_DATABASE_URL"] != nil))
struct PostgresServerTests {
    @Test("two server instances on one PostgreSQL handle one session's messages one at a time, once each")
    func twoInstancesOneSession() async throws {
        try await TestApp.run(postgres: true) { first in
            try await TestApp.run(postgres: true) { second in
                let token = try await first.startChat()
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for i in 0..<10 {
                        let client = i.isMultiple(of: 2) ? first : second
                        group.addTask { _ = try await client.say(token, "busco una yipeta \(i)", id: "pg-\(i)") }
                        // The same retry key arriving at the other instance must not make a second turn.
                        group.addTask { _ = try await (i.isMultiple(of: 2) ? second : first).say(token, "busco una yipeta \(i)", id: "pg-\(i)") }
                    }
                    try await group.waitForAll()
                }
                let transcript = try await second.json(.get, "/api/chat/session/\(token)")
                let roles = try #require(transcript["messages"] as? [[String: Any]]).map { $0["role"] as? String }
                #expect(roles == Array(repeating: ["user", "bot"], count: 10).flatMap { $0 })
            }
        }
    }
}
