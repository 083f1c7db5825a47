import AsyncHTTPClient
import Crypto
import Foundation
import Logging
import NIOCore
import OKLACore
import OKLAStore
import ServiceLifecycle

/// Delivers outbox events to each dealer's webhook, signed with the dealer's secret:
/// `X-OKLA-Signature: sha256=<hex HMAC-SHA256 of the raw body>`. Delivery is at least once;
/// receivers deduplicate on `X-OKLA-Event-Id`. An event whose dealer has no webhook is settled
/// without a call; a failed call is tried again on the next round.
struct OutboxRelay: Service {
    let store: any ChatStore
    let client: HTTPClient
    /// Pause between rounds once the outbox is drained.
    let interval: Duration
    /// Events read per round: a full round goes on at once, since more may be waiting.
    var batch = 100
    let logger: Logger

    func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                // Going on after every round would cost the store a write per chat turn under
                // load: only a full round goes on at once.
                let settled: Int
                do { settled = try await deliverPending(limit: batch) } catch {
                    logger.warning("Outbox round failed", metadata: ["error": "\(error)"])
                    settled = 0
                }
                if settled < batch { try? await Task.sleep(for: interval) }
            }
        }
    }

    /// One round: returns how many events were settled.
    func deliverPending(limit: Int = 100) async throws -> Int {
        var dealers: [String: Dealer?] = [:]
        var settled: [String] = []
        for event in try await store.pendingEvents(limit: limit) {
            if dealers[event.dealerId] == nil { dealers[event.dealerId] = .some(try await store.dealer(id: event.dealerId)) }
            guard let dealer = dealers[event.dealerId] ?? nil, let url = dealer.webhookUrl, let secret = dealer.webhookSecret else {
                settled.append(event.eventId)
                continue
            }
            if await post(event, to: url, secret: secret) { settled.append(event.eventId) }
        }
        if !settled.isEmpty { try await store.markDelivered(eventIds: settled) }
        return settled.count
    }

    private func post(_ event: OutboxEvent, to url: String, secret: String) async -> Bool {
        do {
            let body = try Self.body(of: event)
            var request = HTTPClientRequest(url: url)
            request.method = .POST
            request.headers.add(name: "Content-Type", value: "application/json")
            request.headers.add(name: "X-OKLA-Event", value: event.type.rawValue)
            request.headers.add(name: "X-OKLA-Event-Id", value: event.eventId)
            request.headers.add(name: "X-OKLA-Signature", value: "sha256=" + Self.signature(body, secret: secret))
            request.body = .bytes(ByteBuffer(bytes: body))
            let response = try await client.execute(request, timeout: .seconds(5))
            _ = try? await response.body.collect(upTo: 64 * 1024)
            return (200..<300).contains(response.status.code)
        } catch {
            logger.info("Webhook delivery failed; will retry", metadata: ["event": "\(event.eventId)", "error": "\(error)"])
            return false
        }
    }

    static func body(of event: OutboxEvent) throws -> Data {
        let data = (try? JSONSerialization.jsonObject(with: event.payload)) ?? [:]
        return try JSONSerialization.data(withJSONObject: [
            "eventId": event.eventId, "type": event.type.rawValue, "dealerId": event.dealerId,
            "createdAt": ISO8601DateFormatter().string(from: event.createdAt), "data": data,
        ], options: [.sortedKeys])
    }

    static func signature(_ body: Data, secret: String) -> String {
        HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8))).hexadecimal
    }
}
