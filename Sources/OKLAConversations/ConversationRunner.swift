import Foundation
import OKLACore
import OKLAEngine
import OKLAStore

/// Plays conversation scripts against the engine and reports every expectation that failed.
/// Besides what a script asks, every bot reply is checked for grounding: its vehicles are the
/// dealer's and on sale (in single_vehicle mode, only the listing), and every price, year and
/// mileage it states is a listing's own or the buyer's.
public struct ConversationRunner: Sendable {
    public let store: any ChatStore
    public let understanding: any LanguageUnderstanding
    public let configuration: EngineConfiguration

    public init(store: any ChatStore, understanding: any LanguageUnderstanding, configuration: EngineConfiguration = EngineConfiguration()) {
        self.store = store
        self.understanding = understanding
        self.configuration = configuration
    }

    public struct Outcome: Sendable {
        public var script: String
        public var file: String
        public var steps: Int
        public var failures: [String]
        public var passed: Bool { failures.isEmpty }
    }

    public func run(_ script: ConversationScript) async -> Outcome {
        var outcome = Outcome(script: script.name, file: script.file, steps: script.steps.count, failures: [])
        do {
            try await play(script, into: &outcome)
        } catch {
            outcome.failures.append("error: \(error)")
        }
        return outcome
    }

    private func play(_ script: ConversationScript, into outcome: inout Outcome) async throws {
        var configuration = self.configuration
        if let pinned = script.now { configuration.now = { pinned } }
        let engine = ChatEngine(store: store, understanding: understanding, configuration: configuration)
        let started = try await engine.start(.init(
            sessionType: script.channel ?? .webChat, dealerId: script.dealer, vehicleId: script.vehicle,
            metadata: script.user.map { ["userId": $0] }))
        let token = started.sessionToken
        let dealerId = started.dealerId
        let inventory = try await store.vehicles(dealerId: dealerId).filter { $0.status != .sold }
        for (index, step) in script.steps.enumerated() {
            var check = StepCheck(label: "step \(index + 1)")
            if let text = step.buyer {
                check.label += " «\(text)»"
                let reply = try await engine.handle(token: token, text: text, clientMessageId: nil).envelope
                try await checkGrounding(reply, token: token, dealerId: dealerId, listing: script.vehicle, inventory: inventory, into: &check)
                if let expect = step.expect { check.reply(reply, against: expect, inventory: inventory, rate: configuration.pesosPerDollar) }
            } else if let text = step.agent {
                _ = try await engine.agentReply(token: token, dealerId: dealerId, text: text)
            } else if step.handBack == true {
                _ = try await engine.handBack(token: token, dealerId: dealerId)
            } else if let reason = step.transfer {
                let state = try await engine.transfer(token: token, reason: reason)
                check.expect(state.state == "human", "transfer left the chat with \(state.state)")
            } else if step.end == true {
                let summary = try await engine.end(token: token)
                for words in step.expect?.summarySays ?? [] where !fold(summary.summary).contains(fold(words)) {
                    check.fail("summary lacks «\(words)»: \(summary.summary)")
                }
            }
            if let expect = step.expect { try await checkStored(expect, token: token, dealerId: dealerId, into: &check) }
            outcome.failures += check.failures
        }
    }

    private func checkGrounding(
        _ reply: ReplyEnvelope, token: String, dealerId: String, listing: String?, inventory: [Vehicle], into check: inout StepCheck
    ) async throws {
        for card in reply.vehicles {
            check.expect(inventory.contains { $0.vehicleId == card.vehicleId }, "shows \(card.vehicleId), not on sale at this dealer")
            if let listing { check.expect(card.vehicleId == listing, "single_vehicle chat shows another vehicle \(card.vehicleId)") }
        }
        // A financing quote's down payment and monthly figure are computed, not listed.
        let tools = try await store.auditEntries(sessionToken: token).last?.tools ?? []
        var facts = GroundingValidator.Facts(vehicles: inventory)
        facts.amounts.insert(Int(configuration.pesosPerDollar))
        if let dealer = try await store.dealer(id: dealerId) {
            for text in [dealer.warranty].compactMap({ $0 }) + dealer.quickReplies.map(\.answer) { facts.allowFigures(in: text) }
        }
        if let filters = try await store.session(token: token)?.context.filters { facts.allow(filters, pesosPerDollar: configuration.pesosPerDollar) }
        for violation in GroundingValidator().violations(in: reply.response, facts: facts)
        where !(violation.kind == .price && tools.contains("get_financing_quote")) {
            check.fail("ungrounded \(violation) in: \(reply.response)")
        }
    }

    private func checkStored(_ expect: Expectation, token: String, dealerId: String, into check: inout StepCheck) async throws {
        if expect.leadPhone != nil || expect.leadEmail != nil || expect.leadName != nil {
            let lead = try await store.lead(sessionToken: token)
            if let phone = expect.leadPhone { check.expect(lead?.phone == phone, "lead phone is \(lead?.phone ?? "none"), expected \(phone)") }
            if let email = expect.leadEmail { check.expect(lead?.email == email, "lead email is \(lead?.email ?? "none"), expected \(email)") }
            if let name = expect.leadName { check.expect(lead?.name == name, "lead name is \(lead?.name ?? "none"), expected \(name)") }
        }
        if let count = expect.appointmentsStored {
            let stored = try await store.appointments(dealerId: dealerId).filter { $0.sessionToken == token }.count
            check.expect(stored == count, "\(stored) appointments stored, expected \(count)")
        }
    }
}

/// The failures of one step, each labelled with the step.
struct StepCheck {
    var label: String
    var failures: [String] = []

    mutating func fail(_ message: String) { failures.append("\(label): \(message)") }

    mutating func expect(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fail(message()) }
    }

    mutating func reply(_ reply: ReplyEnvelope, against e: Expectation, inventory: [Vehicle], rate: Double) {
        if let intent = e.intent { expect(reply.intent == intent, "intent \(reply.intent.rawValue), expected \(intent.rawValue)") }
        if let bounds = e.vehicles {
            expect(bounds.contains(reply.vehicles.count), "\(reply.vehicles.count) vehicles, expected \(bounds.text)")
        }
        let shown = reply.vehicles.map(\.vehicleId)
        for id in e.shows ?? [] { expect(shown.contains(id), "does not show \(id) (shows \(shown))") }
        for id in e.notShows ?? [] { expect(!shown.contains(id), "shows \(id)") }
        if let filters = e.everyVehicle, let dealerId = inventory.first?.dealerId {
            let query = VehicleQuery(dealerId: dealerId, filters: filters, statuses: [.available, .reserved], pesosPerDollar: rate)
            let broken = Self.describe(filters)
            for id in shown {
                guard let v = inventory.first(where: { $0.vehicleId == id }) else { continue }
                expect(query.admits(v), "shows \(v.title) (\(id)), which breaks \(broken)")
            }
        }
        let text = fold(reply.response)
        for words in e.says ?? [] { expect(text.contains(fold(words)), "reply lacks «\(words)»: \(reply.response)") }
        for words in e.notSays ?? [] { expect(!text.contains(fold(words)), "reply says «\(words)»: \(reply.response)") }
        if let bounds = e.leadScore { expect(bounds.contains(reply.leadScore), "lead score \(reply.leadScore), expected \(bounds.text)") }
        if let active = e.botActive { expect(reply.botActive == active, "botActive \(reply.botActive)") }
        if let handoff = e.handoff { expect((reply.handoff != nil) == handoff, handoff ? "no handoff" : "unexpected handoff") }
        if let appointment = e.appointment {
            expect((reply.appointment != nil) == appointment, appointment ? "no appointment: \(reply.response)" : "unexpected appointment")
        }
        if let comparison = e.comparison { expect((reply.comparison != nil) == comparison, comparison ? "no comparison" : "unexpected comparison") }
        for flag in e.flags ?? [] { expect(reply.flags.contains(flag), "flag \(flag) missing (flags \(reply.flags))") }
        if let silent = e.silent { expect(reply.response.isEmpty == silent, silent ? "bot spoke: \(reply.response)" : "bot stayed silent") }
    }

    private static func describe(_ filters: Entities) -> String {
        let data = (try? JSONEncoder().encode(filters)) ?? Data()
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
        return object.filter { !($0.value is NSNull) }.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: ", ")
    }
}

func fold(_ text: String) -> String {
    text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "es"))
}
