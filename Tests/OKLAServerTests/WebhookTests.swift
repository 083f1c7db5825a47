import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// What a dealer's webhook endpoint received.
actor Inbox {
    struct Delivery: Sendable {
        var body: Data
        var event: String?
        var signature: String?
    }
    var deliveries: [Delivery] = []
    func add(_ d: Delivery) { deliveries.append(d) }
}

@Suite("Webhooks")
struct WebhookTests {
    @Test("a new lead reaches the dealer's webhook, signed with the dealer's secret")
    func leadWebhook() async throws {
        let inbox = Inbox()
        let receiver = Router()
        receiver.post("/hook") { request, _ -> HTTPResponse.Status in
            let body = try await request.body.collect(upTo: 1 << 20)
            await inbox.add(.init(
                body: Data(body.readableBytesView),
                event: request.headers[HTTPField.Name("X-OKLA-Event")!],
                signature: request.headers[HTTPField.Name("X-OKLA-Signature")!]))
            return .ok
        }
        let secret = "s3cret-for-tests-0123"
        try await Application(router: receiver).test(.live) { hook in
            try await TestApp.run(deliverEvents: true) { client in
                let key = try await client.createDealer("dealer-w")
                _ = try await client.json(.put, "/api/dealers/dealer-w", [
                    "name": "Autos W", "webhookUrl": "http://127.0.0.1:\(hook.port!)/hook", "webhookSecret": secret,
                ], key: key)
                let token = try await client.startChat(dealerId: "dealer-w")
                _ = try await client.say(token, "Me llamo Ana, mi cel es 809-555-1234")
                var leads: [Inbox.Delivery] = []
                for _ in 0..<60 where leads.isEmpty {
                    try await Task.sleep(for: .milliseconds(100))
                    leads = await inbox.deliveries.filter { $0.event == "lead.created" }
                }
                let lead = try #require(leads.first)
                let expected = HMAC<SHA256>.authenticationCode(for: lead.body, using: SymmetricKey(data: Data(secret.utf8)))
                    .map { String(format: "%02x", $0) }.joined()
                #expect(lead.signature == "sha256=" + expected)
                let json = try #require(try JSONSerialization.jsonObject(with: lead.body) as? [String: Any])
                #expect(json["dealerId"] as? String == "dealer-w")
                #expect((json["data"] as? [String: Any])?["sessionToken"] as? String == token)
            }
        }
    }

    @Test("a webhook URL without a secret is refused")
    func webhookNeedsSecret() async throws {
        try await TestApp.run { client in
            let key = try await client.createDealer("dealer-x")
            _ = try await client.json(.put, "/api/dealers/dealer-x", ["name": "X", "webhookUrl": "http://127.0.0.1:9/hook"], key: key, expect: .unprocessableContent)
        }
    }
}
