import Foundation
import OKLACore
import OKLAPostgres
import OKLASQLite
import OKLAStore
import Testing

/// The same contract, run against every store: SQLite always, PostgreSQL when
/// `OKLA_TEST_DATABASE_URL` points at a server with pgvector (CI starts one).
enum Backend: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite, postgres

    static var available: [Backend] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }
    static var postgresURL: String? { ProcessInfo.processInfo.environment["OKLA_TEST_DATABASE_URL"] }
    var testDescription: String { rawValue }

    func withStore(_ body: (any ChatStore) async throws -> Void) async throws {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("okla-\(UUID().uuidString).sqlite").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try await body(try SQLiteStore(path: path))
        case .postgres:
            try await PostgresStore.withStore(url: try #require(Self.postgresURL)) { try await body($0) }
        }
    }
}

/// Ids unique to one test, so tests share one PostgreSQL database without seeing each other.
func unique(_ prefix: String) -> String { "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())" }

/// Dealers with ids unique to one test.
func makeDealers(_ count: Int, in store: any ChatStore) async throws -> [String] {
    var ids: [String] = []
    for _ in 0..<count {
        let id = unique("d")
        _ = try await store.saveDealer(Dealer(dealerId: id, name: "Dealer \(id)"))
        ids.append(id)
    }
    return ids
}

func car(_ id: String, dealer: String, make: String = "Toyota", model: String = "RAV4", year: Int = 2021, price: Double = 1_950_000,
         currency: Currency = .DOP, body: BodyType = .suv, status: VehicleStatus = .available) -> Vehicle {
    Vehicle(vehicleId: id, dealerId: dealer, make: make, model: model, year: year, price: price, currency: currency,
            mileageKm: 40_000, bodyType: body, transmission: .automatic, fuel: .gasoline, seats: 5, status: status)
}

@Suite("Store contract")
struct StoreContractTests {
    @Test("PostgreSQL contract tests are configured when CI runs")
    func postgresConfiguredInCI() {
        if ProcessInfo.processInfo.environment["CI"] == "true" {
            #expect(Backend.postgresURL != nil, "CI must start PostgreSQL and set OKLA_TEST_DATABASE_URL")
        }
    }

    @Test("saving the same dealer or vehicle twice changes nothing", arguments: Backend.available)
    func idempotentSaves(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let dealer = Dealer(dealerId: unique("d"), name: "Autos Uno", hours: "Lunes a viernes 8:00 a.m. – 6:00 p.m.", botName: "Ana")
            let got1 = try await store.saveDealer(dealer)
            #expect(got1 == .inserted)
            let got2 = try await store.saveDealer(dealer)
            #expect(got2 == .unchanged)
            let got3 = try await store.dealer(id: dealer.dealerId)
            #expect(got3 == dealer)
            var v = car(unique("v"), dealer: dealer.dealerId)
            let got4 = try await store.saveVehicle(v)
            #expect(got4 == .inserted)
            let got5 = try await store.saveVehicle(v)
            #expect(got5 == .unchanged)
            v.price = 1_900_000
            let got6 = try await store.saveVehicle(v)
            #expect(got6 == .updated)
            let got7 = try await store.vehicle(id: v.vehicleId)
            #expect(got7 == v)
        }
    }

    @Test("a vehicle id owned by one dealer cannot be written by another", arguments: Backend.available)
    func vehicleOwnership(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let dealers = try await makeDealers(2, in: store)
            let (a, b) = (dealers[0], dealers[1])
            let id = unique("v")
            _ = try await store.saveVehicle(car(id, dealer: a))
            await #expect(throws: OKLAError.self) { try await store.saveVehicle(car(id, dealer: b, price: 1)) }
            let got8 = try await store.deleteVehicle(id: id, dealerId: b)
            #expect(got8 == false)
            let got9 = try await store.vehicle(id: id)?.dealerId
            #expect(got9 == a)
        }
    }

    @Test("search keeps every hard filter, one dealer, and available vehicles only", arguments: Backend.available)
    func searchFilters(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let dealers = try await makeDealers(2, in: store)
            let (d, other) = (dealers[0], dealers[1])
            let cheap = car(unique("cheap"), dealer: d, price: 1_500_000)
            let dollars = car(unique("usd"), dealer: d, price: 30_000, currency: .USD)  // RD$1,890,000
            let pricey = car(unique("pricey"), dealer: d, price: 2_600_000)
            let sold = car(unique("sold"), dealer: d, price: 1_000_000, status: .sold)
            let sedan = car(unique("sedan"), dealer: d, make: "Honda", model: "CR-V", price: 900_000, body: .sedan)
            let foreign = car(unique("foreign"), dealer: other, price: 1_000_000)
            for v in [cheap, dollars, pricey, sold, sedan, foreign] { _ = try await store.saveVehicle(v) }

            let suvUnder2M = try await store.searchVehicles(VehicleQuery(
                dealerId: d, filters: Entities(bodyType: .suv, priceMax: 2_000_000, currency: .DOP), limit: 10))
            #expect(Set(suvUnder2M.map(\.vehicleId)) == [cheap.vehicleId, dollars.vehicleId])

            let underUSD25k = try await store.searchVehicles(VehicleQuery(
                dealerId: d, filters: Entities(priceMax: 25_000, currency: .USD), limit: 10))
            #expect(Set(underUSD25k.map(\.vehicleId)) == [cheap.vehicleId, sedan.vehicleId])

            let crv = try await store.searchVehicles(VehicleQuery(dealerId: d, filters: Entities(model: "crv"), limit: 10))
            #expect(crv.map(\.vehicleId) == [sedan.vehicleId])

            let models = try await store.availableModelKeys(dealerId: d)
            #expect(models == ["crv", "rav4"])

            let everything = try await store.searchVehicles(VehicleQuery(dealerId: d, limit: 100))
            #expect(!everything.contains { $0.vehicleId == sold.vehicleId || $0.dealerId != d })
            #expect(everything.count == 4)
        }
    }

    @Test("a committed turn stores messages, lead, audit and events together", arguments: Backend.available)
    func commitTurn(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let d = try await makeDealers(1, in: store)[0]
            let now = Date(timeIntervalSince1970: 1_767_225_600)
            var session = ChatSession(token: unique("t"), dealerId: d, vehicleId: nil, mode: .dealerInventory, channel: .webChat, createdAt: now)
            try await store.createSession(session)
            let envelope = Data(#"{"response":"hola"}"#.utf8)
            session.messageCount = 2
            session.leadScore = 15
            let lead = Lead(leadId: unique("l"), sessionToken: session.token, dealerId: d, score: 15, signals: LeadSignals(budget: 2_000_000),
                            explanation: ["+15 presupuesto"], createdAt: now, updatedAt: now)
            try await store.commit(SessionChange(
                session: session,
                messages: [
                    ChatMessage(messageId: unique("m"), sessionToken: session.token, seq: 0, role: .user, text: "busco yipeta", clientMessageId: "c1", envelope: envelope, createdAt: now),
                    ChatMessage(messageId: unique("m"), sessionToken: session.token, seq: 1, role: .bot, text: "hola", createdAt: now),
                ],
                lead: lead,
                audit: [AuditEntry(auditId: unique("a"), sessionToken: session.token, dealerId: d, messageId: nil, intent: .vehicleSearch, tools: ["search_inventory"], vehicleIds: [], checks: [], createdAt: now)],
                events: [OutboxEvent(eventId: unique("e"), type: .leadCreated, dealerId: d, payload: Data(#"{"score":15}"#.utf8), createdAt: now)]))
            let got10 = try await store.session(token: session.token)
            #expect(got10 == session)
            let got11 = try await store.messages(sessionToken: session.token).map(\.role)
            #expect(got11 == [.user, .bot])
            let lastOne = try await store.messages(sessionToken: session.token, last: 1).map(\.role)
            #expect(lastOne == [.bot])
            let retry = try await store.turnState(token: session.token, clientMessageId: "c1")
            #expect(retry?.replay == envelope)
            #expect(retry?.dealer.dealerId == d)
            let fresh = try await store.turnState(token: session.token, clientMessageId: "c2")
            #expect(fresh?.session == session)
            #expect(fresh?.replay == nil)
            let none = try await store.turnState(token: "missing", clientMessageId: nil)
            #expect(none == nil)
            let got13 = try await store.lead(sessionToken: session.token)
            #expect(got13 == lead)
            let got14 = try await store.leads(dealerId: d).map(\.leadId)
            #expect(got14 == [lead.leadId])
            let got15 = try await store.auditEntries(sessionToken: session.token).first?.tools
            #expect(got15 == ["search_inventory"])
            let pending = try await store.pendingEvents(limit: 10_000).filter { $0.dealerId == d }
            #expect(pending.map(\.type) == [.leadCreated])
            try await store.markDelivered(eventIds: pending.map(\.eventId))
            let leftover = try await store.pendingEvents(limit: 10_000).filter { $0.dealerId == d }
            #expect(leftover.isEmpty)

            // The schema refuses a second message at the same position, and the failed turn leaves nothing behind.
            session.messageCount = 3
            let clash = SessionChange(session: session, messages: [
                ChatMessage(messageId: unique("m"), sessionToken: session.token, seq: 1, role: .user, text: "otra", createdAt: now)],
                events: [OutboxEvent(eventId: unique("e"), type: .leadUpdated, dealerId: d, payload: Data("{}".utf8), createdAt: now)])
            await #expect(throws: (any Error).self) { try await store.commit(clash) }
            let got17 = try await store.session(token: session.token)?.messageCount
            #expect(got17 == 2)
            let afterClash = try await store.pendingEvents(limit: 10_000).filter { $0.dealerId == d }
            #expect(afterClash.isEmpty)
        }
    }

    @Test("a session lock runs turns one at a time", arguments: Backend.available)
    func sessionLock(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let token = unique("t")
            let log = Log()
            try await withThrowingTaskGroup(of: Void.self) { group in
                for i in 0..<6 {
                    group.addTask {
                        try await store.withSessionLock(token: token) {
                            await log.append("start \(i)")
                            try await Task.sleep(for: .milliseconds(5))
                            await log.append("end \(i)")
                        }
                    }
                }
                try await group.waitForAll()
            }
            let entries = await log.entries
            #expect(entries.count == 12)
            for pair in stride(from: 0, to: entries.count, by: 2) {
                #expect(entries[pair].dropFirst(6) == entries[pair + 1].dropFirst(4))
            }
        }
    }

    @Test("inventory files import valid rows, report bad ones by row and field, and re-import as unchanged", arguments: Backend.available)
    func importFiles(_ backend: Backend) async throws {
        try await backend.withStore { store in
            let importer = InventoryImporter(store: store)
            let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
            let dealers = try await importer.importFile(at: fixtures.appendingPathComponent("dealers.json"))
            #expect(dealers.dealersSaved == 1)
            #expect(dealers.issues.isEmpty)
            let lina = try #require(try await store.dealer(id: "fixture-dealer"))
            #expect(lina.botName == "Lina")
            #expect(lina.schedule?.isOpen(weekday: 6, minute: 10 * 60) == true)
            #expect(lina.schedule?.isOpen(weekday: 7, minute: 10 * 60) == false)
            for name in ["good.json", "good.csv"] {
                let report = try await importer.importFile(at: fixtures.appendingPathComponent(name))
                #expect(report.issues.isEmpty, "\(name): \(report.issues)")
                #expect(report.inserted + report.updated + report.unchanged == 3)
            }
            let again = try await importer.importFile(at: fixtures.appendingPathComponent("good.csv"))
            #expect(again.unchanged == 3)
            let mixed = try await importer.importFile(at: fixtures.appendingPathComponent("mixed.csv"))
            #expect(mixed.inserted + mixed.unchanged == 3)
            #expect(Set(mixed.issues.map { "\($0.row ?? 0):\($0.field)" }) == ["2:year", "4:price", "4:bodyType"])
            let good = try #require(try await store.vehicle(id: "FIX-0001"))
            #expect(good.description?.contains(",") == true)
        }
    }
}

actor Log {
    var entries: [String] = []
    func append(_ s: String) { entries.append(s) }
}
