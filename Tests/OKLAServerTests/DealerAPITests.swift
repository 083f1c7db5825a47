import Foundation
import HummingbirdTesting
import Testing

@Suite("Dealer API")
struct DealerAPITests {
    @Test("a dealer's key reaches only that dealer's data")
    func tenantIsolation() async throws {
        try await TestApp.run { client in
            let keyA = try await client.createDealer("dealer-a")
            let keyB = try await client.createDealer("dealer-b")
            let vehicle: [String: Any] = ["vehicleId": "B-1", "make": "Toyota", "model": "Corolla", "year": 2020, "price": 1_100_000, "bodyType": "sedan"]
            _ = try await client.json(.post, "/api/dealers/dealer-b/vehicles", vehicle, key: keyB, expect: .created)
            // A's key on B's paths: forbidden, whatever the verb.
            _ = try await client.json(.get, "/api/dealers/dealer-b/vehicles", key: keyA, expect: .forbidden)
            _ = try await client.json(.put, "/api/dealers/dealer-b/vehicles/B-1", vehicle, key: keyA, expect: .forbidden)
            _ = try await client.json(.delete, "/api/dealers/dealer-b/vehicles/B-1", key: keyA, expect: .forbidden)
            _ = try await client.json(.get, "/api/dealers/dealer-b/leads", key: keyA, expect: .forbidden)
            // B's vehicle id through A's own path reads as missing, and cannot be taken over.
            _ = try await client.json(.get, "/api/dealers/dealer-a/vehicles/B-1", key: keyA, expect: .notFound)
            _ = try await client.json(.post, "/api/dealers/dealer-a/vehicles/B-1/sold", key: keyA, expect: .notFound)
            _ = try await client.json(.post, "/api/dealers/dealer-a/vehicles", vehicle, key: keyA, expect: .conflict)
            // No key, a wrong key, and a dealer key on admin routes.
            _ = try await client.json(.get, "/api/dealers/dealer-a/vehicles", expect: .unauthorized)
            _ = try await client.json(.get, "/api/dealers/dealer-a/vehicles", key: "okla_dk_wrong", expect: .unauthorized)
            _ = try await client.json(.post, "/api/dealers", ["dealerId": "x", "name": "X"], key: keyA, expect: .forbidden)
            // A session of B is invisible through A.
            let token = try await client.startChat(dealerId: "dealer-b")
            _ = try await client.json(.get, "/api/dealers/dealer-a/sessions/\(token)", key: keyA, expect: .notFound)
            _ = try await client.json(.post, "/api/dealers/dealer-a/sessions/\(token)/messages", ["text": "hola"], key: keyA, expect: .notFound)
            let stillB = try await client.json(.get, "/api/dealers/dealer-b/vehicles/B-1", key: keyB)
            #expect(stillB["status"] as? String == "available")
        }
    }

    @Test("the JSON numbers 0 and 1 are numbers, not booleans")
    func zeroAndOneAreNumbers() async throws {
        try await TestApp.run { client in
            let key = try await client.createDealer("dealer-n")
            let vehicle: [String: Any] = ["vehicleId": "N-1", "make": "Kia", "model": "Picanto", "year": 2025, "price": 1, "mileageKm": 0, "seats": 1]
            let saved = try await client.json(.post, "/api/dealers/dealer-n/vehicles", vehicle, key: key, expect: .created)
            #expect(saved["price"] as? Double == 1)
            #expect(saved["mileageKm"] as? Int == 0)
            #expect(saved["seats"] as? Int == 1)
            _ = try await client.json(.put, "/api/dealers/dealer-n", ["name": "N", "handoffThreshold": 0], key: key)
        }
    }

    @Test("a dealer updates its bot configuration and new chats use it")
    func dealerConfiguration() async throws {
        try await TestApp.run { client in
            let key = try await client.createDealer("dealer-e")
            let config: [String: Any] = [
                "name": "Autos E", "botName": "Yari", "greeting": "¡Hola! Soy Yari.",
                "hours": "Lunes a viernes 9:00 a.m. - 5:00 p.m.", "handoffThreshold": 60,
            ]
            let saved = try await client.json(.put, "/api/dealers/dealer-e", config, key: key)
            #expect(saved["botName"] as? String == "Yari")
            #expect(((saved["schedule"] as? [String: Any])?["unparsed"] as? [Any])?.isEmpty == true)
            let start = try await client.json(.post, "/api/chat/start", ["sessionType": "WhatsApp", "dealerId": "dealer-e"])
            #expect(start["greeting"] as? String == "¡Hola! Soy Yari.")
            var invalid = config
            invalid["handoffThreshold"] = 500
            _ = try await client.json(.put, "/api/dealers/dealer-e", invalid, key: key, expect: .unprocessableContent)
            _ = try await client.json(.put, "/api/dealers/dealer-a", config, key: key, expect: .forbidden)
        }
    }

    @Test("vehicles are created, updated, marked sold and deleted through the API")
    func vehicleLifecycle() async throws {
        try await TestApp.run { client in
            let key = try await client.createDealer("dealer-c")
            var vehicle: [String: Any] = ["vehicleId": "C-1", "make": "Honda", "model": "CR-V", "year": 2019, "price": 1_650_000, "bodyType": "yipeta"]
            let created = try await client.json(.post, "/api/dealers/dealer-c/vehicles", vehicle, key: key, expect: .created)
            #expect(created["bodyType"] as? String == "suv")
            vehicle["price"] = 1_590_000
            let updated = try await client.json(.put, "/api/dealers/dealer-c/vehicles/C-1", vehicle, key: key)
            #expect(updated["price"] as? Double == 1_590_000)
            vehicle["year"] = "dosmil"
            let invalid = try await client.json(.put, "/api/dealers/dealer-c/vehicles/C-1", vehicle, key: key, expect: .unprocessableContent)
            #expect(((invalid["error"] as? [String: Any])?["message"] as? String)?.contains("year") == true)
            let token = try await client.startChat(dealerId: "dealer-c")
            let found = try await client.say(token, "tienen alguna crv?")
            #expect((found["vehicles"] as? [[String: Any]])?.map { $0["vehicleId"] as? String } == ["C-1"])
            _ = try await client.json(.post, "/api/dealers/dealer-c/vehicles/C-1/sold", key: key)
            let after = try await client.say(token, "y la crv que me enseñaste?")
            #expect(!((after["vehicles"] as? [[String: Any]]) ?? []).contains { $0["vehicleId"] as? String == "C-1" })
            let deleted = try await client.send(.delete, "/api/dealers/dealer-c/vehicles/C-1", body: nil, key: key)
            #expect(deleted.status == .noContent)
            _ = try await client.json(.delete, "/api/dealers/dealer-c/vehicles/C-1", key: key, expect: .notFound)
        }
    }

    @Test("a CSV upload reports bad rows by row and field, imports the rest, and changes nothing when repeated")
    func csvImport() async throws {
        try await TestApp.run { client in
            _ = try await client.json(.post, "/api/dealers", ["dealerId": "fixture-dealer", "name": "Fixture"], key: TestApp.adminKey, expect: .created)
            let csv = try fixture("mixed.csv")
            let first = try await client.send(.post, "/api/dealers/fixture-dealer/inventory/import?format=csv", body: csv, key: TestApp.adminKey, contentType: "text/csv")
            #expect(first.status == .ok)
            let report = try #require(try JSONSerialization.jsonObject(with: first.data) as? [String: Any])
            #expect(report["inserted"] as? Int == 3)
            let issues = try #require(report["issues"] as? [[String: Any]])
            #expect(Set(issues.map { "\($0["row"] as? Int ?? 0):\($0["field"] as? String ?? "")" }) == ["2:year", "4:price", "4:bodyType"])
            let again = try await client.send(.post, "/api/dealers/fixture-dealer/inventory/import?format=csv", body: csv, key: TestApp.adminKey, contentType: "text/csv")
            let second = try #require(try JSONSerialization.jsonObject(with: again.data) as? [String: Any])
            #expect(second["inserted"] as? Int == 0)
            #expect(second["unchanged"] as? Int == 3)
        }
    }
}
