import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Yams

/// Tenant isolation as a property of every dealer operation the API documents: whatever the
/// route, dealer A's key never reaches dealer B, and B's ids never resolve under A's path.
@Suite("Tenant isolation on every documented route")
struct TenantIsolationTests {
    struct Operation: CustomStringConvertible {
        var method: HTTPRequest.Method
        var path: String
        var description: String { "\(method) \(path)" }
    }

    /// The dealer operations of the served OpenAPI document.
    static func dealerOperations(_ client: some TestClientProtocol) async throws -> [Operation] {
        let raw = try await client.send(.get, "/openapi.yaml", body: nil)
        #expect(raw.status == .ok)
        let document = try #require(try Yams.load(yaml: String(decoding: raw.data, as: UTF8.self)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: Any])
        var operations: [Operation] = []
        for (path, item) in paths where path.hasPrefix("/api/dealers/{dealerId}") {
            for method in ((item as? [String: Any]) ?? [:]).keys {
                guard let m = HTTPRequest.Method(method.uppercased()), ["GET", "POST", "PUT", "DELETE", "PATCH"].contains(m.rawValue) else { continue }
                operations.append(Operation(method: m, path: path))
            }
        }
        return operations.sorted { $0.description < $1.description }
    }

    /// A body each operation accepts, so that only authorisation can refuse it.
    static func body(for operation: Operation, vehicleId: String) -> Data? {
        guard operation.method == .post || operation.method == .put else { return nil }
        let object: Any = switch operation.path {
        case let p where p.hasSuffix("/messages"): ["text": "Hola, soy el vendedor"]
        case let p where p.hasSuffix("/inventory/import"): ["vehicles": [["vehicleId": vehicleId + "-imp", "make": "Kia", "model": "Rio", "year": 2019, "price": 690_000]]]
        case let p where p.contains("/vehicles"): ["vehicleId": vehicleId, "make": "Kia", "model": "Rio", "year": 2019, "price": 690_000]
        case "/api/dealers/{dealerId}": ["name": "Dealer cambiado", "botName": "Intruso"]
        default: [String: Any]()
        }
        return try? JSONSerialization.data(withJSONObject: object)
    }

    @Test("another dealer's key is refused on every dealer route, and another dealer's ids read as missing")
    func everyRoute() async throws {
        try await TestApp.run { client in
            let keyA = try await client.createDealer("iso-a")
            let keyB = try await client.createDealer("iso-b")
            _ = try await client.json(.post, "/api/dealers/iso-b/vehicles",
                                      ["vehicleId": "ISO-B-1", "make": "Toyota", "model": "Corolla", "year": 2020, "price": 1_100_000], key: keyB, expect: .created)
            let token = try await client.startChat(dealerId: "iso-b")
            _ = try await client.say(token, "me llamo Marta, mi cel es 809-555-4321, quiero ver el corolla")
            let handoff = try await client.json(.post, "/api/chat/transfer", ["sessionToken": token, "reason": "prueba"])
            let briefingId = try #require((handoff["briefingId"] as? String))
            let operations = try await Self.dealerOperations(client)
            #expect(operations.count >= 15, "\(operations)")

            func fill(_ path: String, dealer: String) -> String {
                path.replacingOccurrences(of: "{dealerId}", with: dealer).replacingOccurrences(of: "{vehicleId}", with: "ISO-B-1")
                    .replacingOccurrences(of: "{token}", with: token).replacingOccurrences(of: "{briefingId}", with: briefingId)
            }
            for operation in operations {
                // A's key on B's dealer: 403, whatever the route.
                let onB = try await client.send(operation.method, fill(operation.path, dealer: "iso-b"), body: Self.body(for: operation, vehicleId: "ISO-B-1"), key: keyA)
                #expect(onB.status == .forbidden, "\(operation) with A's key on B: \(onB.status)")
                // B's ids under A's own dealer: never found, never changed, never leaked.
                if operation.path.contains("{vehicleId}") || operation.path.contains("{token}") || operation.path.contains("{briefingId}") {
                    let viaA = try await client.send(operation.method, fill(operation.path, dealer: "iso-a"), body: Self.body(for: operation, vehicleId: "ISO-B-1"), key: keyA)
                    #expect([.notFound, .conflict].contains(viaA.status), "\(operation) with B's ids under A: \(viaA.status)")
                    let text = String(decoding: viaA.data, as: UTF8.self)
                    #expect(!text.contains("Marta") && !text.contains("555-4321"), "\(operation) leaked B's data")
                }
                // No key at all: 401.
                let anonymous = try await client.send(operation.method, fill(operation.path, dealer: "iso-b"), body: Self.body(for: operation, vehicleId: "ISO-B-1"))
                #expect(anonymous.status == .unauthorized, "\(operation) without a key: \(anonymous.status)")
            }
            // B's data is intact after all of that.
            let vehicle = try await client.json(.get, "/api/dealers/iso-b/vehicles/ISO-B-1", key: keyB)
            #expect(vehicle["status"] as? String == "available")
            let dealer = try await client.json(.get, "/api/dealers/iso-b", key: keyB)
            #expect(dealer["botName"] as? String == "Bot")
            let leads = try await client.jsonArray("/api/dealers/iso-b/leads", key: keyB)
            #expect(leads.count == 1)
        }
    }

    @Test("a chat cannot pair one dealer with another dealer's vehicle")
    func chatStart() async throws {
        try await TestApp.run { client in
            _ = try await client.json(.post, "/api/chat/start", ["sessionType": "WebChat", "dealerId": "santiago-auto-plaza", "vehicleId": "MDC-0001"],
                                      expect: .unprocessableContent)
        }
    }
}
