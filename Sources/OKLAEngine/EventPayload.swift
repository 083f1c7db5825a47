import Foundation
import OKLACore

/// The `data` of each outbox event, as webhooks deliver it. Absent optionals are left out,
/// except an appointment's vehicle, which is `null` when the visit is for no listing.
enum EventPayload {
    struct Lead: Encodable {
        let leadId: String
        let sessionToken: String
        let score: Int
        let explanation: [String]
    }

    /// `handoff.requested` carries the briefing and why; `handoff.returned` only the session.
    struct Handoff: Encodable {
        let sessionToken: String
        var briefingId: String?
        var reason: String?
    }

    struct Appointment: Encodable {
        let appointmentId: String
        let sessionToken: String
        let vehicleId: String?
        let startsAt: Date

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(appointmentId, forKey: .appointmentId)
            try c.encode(sessionToken, forKey: .sessionToken)
            try c.encode(vehicleId, forKey: .vehicleId)
            try c.encode(startsAt, forKey: .startsAt)
        }

        enum CodingKeys: String, CodingKey {
            case appointmentId, sessionToken, vehicleId, startsAt
        }
    }

    /// A session the buyer or the dealer ended has its summary; one closed for abuse, why.
    struct SessionEnded: Encodable {
        let sessionToken: String
        let leadScore: Int
        var reason: String?
        var messageCount: Int?
        var summary: String?
        var vehiclesDiscussed: [String]?
    }

    static func json(_ payload: some Encodable) throws -> Data {
        try CompactJSONEncoder.okla.encode(payload)
    }
}
