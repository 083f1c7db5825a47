import Foundation
import OKLACore
import OKLAEngine
import OKLAServer
import OKLASQLite
import OKLAStore
import Testing

/// Follow-ups the shipped scripts do not exercise, played through the engine's public API over
/// the demo inventory. The clock is Wednesday 18 November 2026, 10 a.m.
@Suite struct EngineFollowUpTests {
    struct Chat {
        let engine: ChatEngine
        let token: String

        static func start(dealer: String? = "motores-del-caribe", vehicle: String? = nil) async throws -> Chat {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("engine-\(UUID().uuidString).sqlite").path
            let store = try SQLiteStore(path: path)
            _ = try await DemoInventory.load(into: store)
            let now = ISO8601DateFormatter().date(from: "2026-11-18T14:00:00Z")!
            let engine = ChatEngine(
                store: store, understanding: try defaultUnderstanding(), configuration: EngineConfiguration(now: { now }))
            let started = try await engine.start(.init(
                sessionType: .whatsApp, dealerId: vehicle == nil ? dealer : nil, vehicleId: vehicle, metadata: ["phone": "8095550000"]))
            return Chat(engine: engine, token: started.sessionToken)
        }

        func say(_ text: String) async throws -> ReplyEnvelope {
            try await engine.handle(token: token, text: text, clientMessageId: nil).envelope
        }
    }

    static func fold(_ s: String) -> String { s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }

    @Test("a day alone after a refused Sunday keeps the time asked for")
    func refusedDayKeepsTime() async throws {
        let chat = try await Chat.start()
        _ = try await chat.say("busco un corolla")
        let refused = try await chat.say("puedo ir el domingo a las 11 a verlo?")
        #expect(refused.appointment == nil)
        let booked = try await chat.say("el lunes entonces")
        #expect(booked.appointment != nil)
        #expect(Self.fold(booked.response).contains("lunes 23 de noviembre a las 11:00"))
    }

    @Test("another make keeps the budget, and starting over drops it")
    func makeSwitchKeepsBudget() async throws {
        let chat = try await Chat.start()
        _ = try await chat.say("tienen yipetas toyota de menos de 2 millones?")
        let honda = try await chat.say("y honda?")
        #expect(!honda.vehicles.isEmpty)
        #expect(honda.vehicles.allSatisfy { $0.title.hasPrefix("Honda") && $0.price <= 2_000_000 })
        let fresh = try await chat.say("olvidalo, mejor busco una camioneta")
        #expect(fresh.vehicles.contains { $0.price > 2_000_000 })
    }

    @Test("a make ruled out after asking for it is dropped from the search, and stays dropped")
    func ruledOutMakeLeavesContext() async throws {
        let chat = try await Chat.start()
        _ = try await chat.say("tienen yipetas toyota?")
        let others = try await chat.say("mejor que no sea toyota")
        #expect(!others.vehicles.isEmpty)
        #expect(others.vehicles.allSatisfy { !$0.title.hasPrefix("Toyota") })
        let sevenSeats = try await chat.say("y de 7 pasajeros?")
        #expect(!sevenSeats.vehicles.isEmpty)
        #expect(sevenSeats.vehicles.contains { !$0.title.hasPrefix("Toyota") })
    }

    @Test("the oldest card of the last list is the one a superlative picks")
    func oldestCard() async throws {
        let chat = try await Chat.start()
        let list = try await chat.say("tienen rav4?")
        #expect(list.vehicles.count == 3)
        let reply = try await chat.say("cual es la mas vieja y en cuanto esta")
        #expect(reply.vehicles.map(\.vehicleId) == ["MDC-0002"])
        #expect(reply.response.contains("RD$1,480,000"))
    }

    @Test("an open weekday is answered with that day's hours")
    func saturdayHours() async throws {
        let chat = try await Chat.start()
        let reply = try await chat.say("abren los sabados?")
        #expect(reply.intent == .dealerInfo)
        #expect(Self.fold(reply.response).contains("los sabados abrimos de 8:30 a. m. a 2:00 p. m."))
    }

    @Test("seats, fuel and transmission asked together are all answered from the listing")
    func severalDetailsAtOnce() async throws {
        let chat = try await Chat.start(vehicle: "MDC-0050")
        let reply = try await chat.say("cuantos pasajeros lleva, es diesel y es automatica?")
        let text = Self.fold(reply.response)
        #expect(text.contains("15 pasajeros"))
        #expect(text.contains("si, el toyota hiace 2016 es de diesel"))
        #expect(text.contains("no, el toyota hiace 2016 es de transmision mecanica"))
    }
}
