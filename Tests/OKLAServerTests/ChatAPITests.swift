import Foundation
import HummingbirdTesting
import Testing

@Suite("Chat API")
struct ChatAPITests {
    @Test("starting a chat from a dealer opens dealer_inventory mode with the dealer's bot")
    func startDealerMode() async throws {
        try await TestApp.run { client in
            let reply = try await client.json(.post, "/api/chat/start", ["sessionType": "WebChat", "dealerId": "motores-del-caribe"])
            #expect(reply["mode"] as? String == "dealer_inventory")
            #expect(reply["botName"] as? String == "Carla")
            #expect((reply["greeting"] as? String)?.isEmpty == false)
            #expect((reply["sessionToken"] as? String)?.count == 32)
        }
    }

    @Test("bad start requests get one JSON error body with the right status")
    func startErrors() async throws {
        try await TestApp.run { client in
            let missing = try await client.json(.post, "/api/chat/start", ["sessionType": "WebChat"], expect: .unprocessableContent)
            #expect((missing["error"] as? [String: Any])?["code"] as? String == "validation_failed")
            let unknown = try await client.json(.post, "/api/chat/start", ["sessionType": "WebChat", "dealerId": "nadie"], expect: .notFound)
            #expect((unknown["error"] as? [String: Any])?["message"] as? String != nil)
            let garbage = try await client.send(.post, "/api/chat/start", body: Data("{not json".utf8))
            #expect(garbage.status == .badRequest)
            let body = try JSONSerialization.jsonObject(with: garbage.data) as? [String: Any]
            #expect((body?["error"] as? [String: Any])?["code"] as? String == "bad_request")
            let badType = try await client.json(.post, "/api/chat/start", ["sessionType": "Fax", "dealerId": "motores-del-caribe"], expect: .badRequest)
            #expect(badType["error"] != nil)
            _ = try await client.json(.post, "/api/chat/message", ["sessionToken": "nope", "message": "hola"], expect: .notFound)
            _ = try await client.json(.get, "/api/nada", expect: .notFound)
        }
    }

    @Test("a yipeta search under two palos returns only available SUVs of that dealer within budget")
    func groundedSearch() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat()
            let reply = try await client.say(token, "Klk, busco una yipeta pa la familia de menos de dos palos")
            #expect(reply["intent"] as? String == "vehicle_search")
            let vehicles = try #require(reply["vehicles"] as? [[String: Any]])
            #expect(!vehicles.isEmpty)
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let byId = Dictionary(uniqueKeysWithValues: inventory.map { ($0["vehicleId"] as! String, $0) })
            for card in vehicles {
                let listing = try #require(byId[card["vehicleId"] as! String])
                #expect(listing["bodyType"] as? String == "suv")
                #expect(listing["status"] as? String == "available")
                let price = listing["price"] as! Double * (listing["currency"] as? String == "USD" ? 63 : 1)
                #expect(price <= 2_000_000)
                #expect((reply["response"] as? String)?.contains(listing["model"] as! String) == true)
            }
        }
    }

    @Test("the same clientMessageId sent twice returns the first reply and stores one message")
    func idempotentRetry() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat()
            let first = try await client.say(token, "Tienen camionetas diesel?", id: "m-1")
            let second = try await client.say(token, "Tienen camionetas diesel?", id: "m-1")
            #expect(first["messageId"] as? String == second["messageId"] as? String)
            #expect(first["response"] as? String == second["response"] as? String)
            let transcript = try await client.json(.get, "/api/chat/session/\(token)")
            #expect((transcript["messages"] as? [Any])?.count == 2)
        }
    }

    @Test("concurrent messages to one session are handled one at a time, in order")
    func concurrentOrdering() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<8 {
                    group.addTask { _ = try await client.say(token, "busco un sedan \(i)", id: "c-\(i)") }
                }
                try await group.waitForAll()
            }
            let transcript = try await client.json(.get, "/api/chat/session/\(token)")
            let roles = try #require(transcript["messages"] as? [[String: Any]]).map { $0["role"] as? String }
            #expect(roles.count == 16)
            #expect(roles == Array(repeating: ["user", "bot"], count: 8).flatMap { $0 })
        }
    }

    @Test("a message to an ended session gets a clear 409 and nothing is stored")
    func endedSession() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat()
            _ = try await client.say(token, "hola")
            let summary = try await client.json(.post, "/api/chat/end", ["sessionToken": token])
            #expect(summary["status"] as? String == "ended")
            let refused = try await client.say(token, "sigo aquí", expect: .conflict)
            #expect((refused["error"] as? [String: Any])?["code"] as? String == "session_ended")
            let transcript = try await client.json(.get, "/api/chat/session/\(token)")
            #expect((transcript["messages"] as? [Any])?.count == 2)
        }
    }

    @Test("single_vehicle mode answers from the listing and steers other vehicles back")
    func singleVehicleMode() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let listing = try #require(inventory.first { $0["status"] as? String == "available" && $0["currency"] as? String == "DOP" && $0["model"] as? String == "RAV4" })
            let token = try await client.startChat(dealerId: nil, vehicleId: listing["vehicleId"] as? String)
            let price = try await client.say(token, "¿En cuánto me lo deja?")
            #expect(price["mode"] as? String == "single_vehicle")
            var digits = String(Int(listing["price"] as! Double)), grouped = ""
            while digits.count > 3 { grouped = "," + digits.suffix(3) + grouped; digits.removeLast(3) }
            #expect((price["response"] as? String)?.contains("RD$" + digits + grouped) == true, "\(price["response"] ?? "")")
            let other = try await client.say(token, "y tienen alguna Hilux diesel?")
            #expect((other["flags"] as? [String])?.contains("out_of_mode") == true)
            #expect((other["vehicles"] as? [Any])?.isEmpty != false)
        }
    }

    @Test("a sold vehicle is never offered, not even by opening a chat on it")
    func soldNeverOffered() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let pickups = inventory.filter { $0["bodyType"] as? String == "pickup" && $0["status"] as? String == "available" }
            let target = try #require(pickups.first)
            let id = try #require(target["vehicleId"] as? String)
            _ = try await client.json(.post, "/api/dealers/motores-del-caribe/vehicles/\(id)/sold", key: TestApp.adminKey)
            let token = try await client.startChat()
            for text in ["busco una camioneta", "tienen camionetas diesel 4x4?", "muéstrame todas las pickups"] {
                let reply = try await client.say(token, text)
                #expect(!((reply["vehicles"] as? [[String: Any]]) ?? []).contains { $0["vehicleId"] as? String == id })
            }
            _ = try await client.json(.post, "/api/chat/start", ["sessionType": "WebChat", "vehicleId": id], expect: .notFound)
        }
    }

    @Test("a transfer hands the chat to a human, the bot stays silent, and the dealer can hand it back")
    func handoffRoundTrip() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat()
            _ = try await client.say(token, "busco una yipeta toyota")
            let handoff = try await client.json(.post, "/api/chat/transfer", ["sessionToken": token, "reason": "quiere negociar"])
            #expect(handoff["state"] as? String == "human")
            let briefingId = try #require(handoff["briefingId"] as? String)
            let briefing = try await client.json(.get, "/api/dealers/motores-del-caribe/briefings/\(briefingId)", key: TestApp.adminKey)
            #expect((briefing["text"] as? String)?.contains("quiere negociar") == true)
            let silent = try await client.say(token, "hola? alguien?")
            #expect(silent["botActive"] as? Bool == false)
            #expect(silent["response"] as? String == "")
            _ = try await client.json(.post, "/api/dealers/motores-del-caribe/sessions/\(token)/messages", ["text": "Hola, soy Pedro, el vendedor"], key: TestApp.adminKey, expect: .created)
            _ = try await client.json(.post, "/api/dealers/motores-del-caribe/sessions/\(token)/return", key: TestApp.adminKey)
            let back = try await client.say(token, "dónde están ubicados?")
            #expect(back["botActive"] as? Bool == true)
            #expect((back["response"] as? String)?.isEmpty == false)
            let roles = try #require((try await client.json(.get, "/api/chat/session/\(token)"))["messages"] as? [[String: Any]]).map { $0["role"] as? String }
            #expect(roles.contains("agent"))
        }
    }

    @Test("health and metrics report on the service")
    func healthAndMetrics() async throws {
        try await TestApp.run { client in
            let health = try await client.json(.get, "/api/chat/health")
            #expect(health["status"] as? String == "ok")
            let token = try await client.startChat()
            _ = try await client.say(token, "hola")
            let metrics = try await client.send(.get, "/metrics", body: nil)
            let text = String(decoding: metrics.data, as: UTF8.self)
            #expect(text.contains("hb_requests"))
            #expect(text.contains("chatbot_mode_usage"))
            #expect(text.contains("http_server_request_duration"))
        }
    }
}

@Suite("Grounded answers")
struct GroundedAnswerTests {
    @Test("a feature is confirmed only when the listing has it, word for word")
    func featureQuestions() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let listing = try #require(inventory.first { v in
                v["status"] as? String == "available"
                    && ((v["features"] as? [String]) ?? []).contains { $0.lowercased().contains("360") }
                    && !((v["features"] as? [String]) ?? []).contains { $0.lowercased().contains("reversa") }
            })
            let token = try await client.startChat(dealerId: nil, vehicleId: listing["vehicleId"] as? String)
            let reversa = try await client.say(token, "¿Tiene cámara de reversa?")
            #expect((reversa["response"] as? String)?.hasPrefix("Sí") == false)
            let threeSixty = try await client.say(token, "y trae cámara 360?")
            #expect((threeSixty["response"] as? String)?.hasPrefix("Sí") == true)
        }
    }
}

@Suite("Follow-ups")
struct FollowUpTests {
    static func dop(_ v: [String: Any]) -> Double {
        (v["price"] as! Double) * (v["currency"] as? String == "USD" ? 63 : 1)
    }

    @Test("\"otras más baratas\" shows different vehicles below the cheapest one shown, same kind")
    func cheaperOthers() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let byId = Dictionary(uniqueKeysWithValues: inventory.map { ($0["vehicleId"] as! String, $0) })
            let token = try await client.startChat()
            let first = try #require(try await client.say(token, "busco una yipeta")["vehicles"] as? [[String: Any]])
            let shownIds = first.compactMap { $0["vehicleId"] as? String }
            let cheapest = try #require(shownIds.compactMap { byId[$0] }.map(Self.dop).min())
            let next = try #require(try await client.say(token, "muéstrame otras más baratas")["vehicles"] as? [[String: Any]])
            #expect(!next.isEmpty)
            for card in next {
                let listing = try #require(byId[card["vehicleId"] as! String])
                #expect(!shownIds.contains(card["vehicleId"] as! String))
                #expect(Self.dop(listing) < cheapest)
                #expect(listing["bodyType"] as? String == "suv")
            }
        }
    }

    @Test("\"mejor de gasolina\" changes the fuel and keeps the kind of vehicle")
    func refineFuel() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let byId = Dictionary(uniqueKeysWithValues: inventory.map { ($0["vehicleId"] as! String, $0) })
            let token = try await client.startChat()
            _ = try await client.say(token, "tienen yipetas diesel?")
            let refined = try await client.say(token, "mejor de gasolina")
            let cards = try #require(refined["vehicles"] as? [[String: Any]])
            #expect(refined["comparison"] == nil)
            #expect(!cards.isEmpty)
            for card in cards {
                let listing = try #require(byId[card["vehicleId"] as! String])
                #expect(listing["fuel"] as? String == "gasoline")
                #expect(listing["bodyType"] as? String == "suv")
            }
        }
    }

    @Test("\"la segunda\" and \"la blanca\" point at vehicles just shown")
    func pointingAtShownVehicles() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let byId = Dictionary(uniqueKeysWithValues: inventory.map { ($0["vehicleId"] as! String, $0) })
            let token = try await client.startChat()
            let shown = try #require(try await client.say(token, "tienen yipetas toyota?")["vehicles"] as? [[String: Any]])
            try #require(shown.count >= 2)
            let second = try await client.say(token, "y en cuánto me deja la segunda?")
            #expect((second["vehicles"] as? [[String: Any]])?.first?["vehicleId"] as? String == shown[1]["vehicleId"] as? String)
            let white = shown.first { (byId[$0["vehicleId"] as! String]?["color"] as? String)?.lowercased().hasPrefix("blanc") == true }
            if let white {
                let reply = try await client.say(token, "y la blanca qué millaje tiene?")
                #expect((reply["vehicles"] as? [[String: Any]])?.first?["vehicleId"] as? String == white["vehicleId"] as? String)
            }
        }
    }

    @Test("contact details a buyer gives become the lead's, and the score explains itself")
    func contactCapture() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat()
            _ = try await client.say(token, "busco una yipeta de menos de 2 palos, la quiero financiada")
            _ = try await client.say(token, "Me llamo Pedro, mi cel es (829) 555-0199 y mi correo pedro@example.com")
            let leads = try await client.jsonArray("/api/dealers/motores-del-caribe/leads", key: TestApp.adminKey)
            let lead = try #require(leads.first { $0["sessionToken"] as? String == token })
            #expect(lead["name"] as? String == "Pedro")
            #expect(lead["phone"] as? String == "829-555-0199")
            #expect(lead["email"] as? String == "pedro@example.com")
            #expect((lead["score"] as? Int ?? 0) >= 50)
            #expect(((lead["explanation"] as? [String]) ?? []).contains { $0.contains("contacto") })
        }
    }

    @Test("a message that describes a vehicle is searched even when the intent model calls it off-topic")
    func describedVehicleIsOnTopic() async throws {
        try await TestApp.run { client in
            let inventory = try await client.jsonArray("/api/dealers/motores-del-caribe/vehicles", key: TestApp.adminKey)
            let byId = Dictionary(uniqueKeysWithValues: inventory.map { ($0["vehicleId"] as! String, $0) })
            let token = try await client.startChat()
            let reply = try await client.say(token, "y pa la playa que me recomiendan, algo 4x4 diesel")
            #expect(reply["intent"] as? String == "vehicle_search")
            let cards = try #require(reply["vehicles"] as? [[String: Any]])
            #expect(!cards.isEmpty)
            for card in cards { #expect(byId[card["vehicleId"] as! String]?["fuel"] as? String == "diesel") }
            let offTopic = try await client.say(token, "quién ganó el juego de pelota anoche?")
            #expect(offTopic["intent"] as? String == "out_of_scope")
            #expect((offTopic["vehicles"] as? [Any])?.isEmpty == true)
        }
    }

    @Test("a test drive asked for a weekday hour is stored within opening hours, and a closed day is refused")
    func appointment() async throws {
        try await TestApp.run { client in
            let token = try await client.startChat(dealerId: nil, vehicleId: "MDC-0001")
            let booked = try await client.say(token, "quiero probarla el lunes a las 3")
            let appointment = try #require(booked["appointment"] as? [String: Any])
            #expect(appointment["vehicleId"] as? String == "MDC-0001")
            let stored = try await client.jsonArray("/api/dealers/motores-del-caribe/appointments", key: TestApp.adminKey)
            #expect(stored.contains { $0["appointmentId"] as? String == appointment["appointmentId"] as? String })
            let sunday = try await client.say(token, "y el domingo a las 10?")
            #expect(sunday["appointment"] == nil)
            #expect((sunday["response"] as? String)?.contains("cerrados") == true)
        }
    }
}
