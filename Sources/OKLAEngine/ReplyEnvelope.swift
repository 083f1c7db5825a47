import Foundation
import OKLACore

/// The reply to `POST /api/chat/message`, as SPEC.md defines it.
public struct ReplyEnvelope: Codable, Sendable, Equatable {
    public var messageId: String
    public var response: String
    public var intent: Intent
    public var confidence: Double
    public var entities: Entities
    public var leadSignals: LeadSignalsView
    public var leadScore: Int
    public var vehicles: [VehicleCard]
    public var mode: ChatMode
    public var botActive: Bool
    public var flags: [String]
    public var comparison: Comparison?
    public var appointment: AppointmentView?
    public var handoff: HandoffState?
    public var suggestedReplies: [String]?
}

/// A reply with the exact JSON that was stored for it, so it is encoded once and a retried
/// message gets the same bytes back.
public struct EncodedReply: Sendable {
    public var envelope: ReplyEnvelope
    public var json: Data
}

/// SPEC's `leadSignals` object.
public struct LeadSignalsView: Codable, Sendable, Equatable {
    public var budget: Double?
    public var urgency: String?
    public var financing: Bool
    public var tradeIn: Bool

    init(_ signals: LeadSignals) {
        budget = signals.budget
        urgency = signals.urgency
        financing = signals.financing
        tradeIn = signals.tradeIn
    }
}

public struct VehicleCard: Codable, Sendable, Equatable {
    public var vehicleId: String
    public var title: String
    public var price: Double
    public var currency: Currency
    public var url: String?
    public var photo: String?
    public var year: Int
    public var mileageKm: Int?

    init(_ v: Vehicle) {
        vehicleId = v.vehicleId
        title = v.title
        price = v.price
        currency = v.currency
        url = v.url
        photo = v.photos.first
        year = v.year
        mileageKm = v.mileageKm
    }
}

/// Vehicles side by side: one row a field, one value a vehicle, all from the listings.
public struct Comparison: Codable, Sendable, Equatable {
    public struct Row: Codable, Sendable, Equatable {
        public var label: String
        public var values: [String]
    }
    public var vehicles: [VehicleCard]
    public var rows: [Row]
}

public struct AppointmentView: Codable, Sendable, Equatable {
    public var appointmentId: String
    public var vehicleId: String?
    public var scheduledAt: Date
    public var status: String
}

public struct HandoffState: Codable, Sendable, Equatable {
    /// `human` while a salesperson has the chat, `bot` once it is handed back.
    public var state: String
    public var briefingId: String?
    public var reason: String?
}

/// The answer to `POST /api/chat/start`.
public struct StartReply: Codable, Sendable, Equatable {
    public var sessionToken: String
    public var mode: ChatMode
    public var botName: String
    public var greeting: String
    public var dealerId: String
    public var vehicleId: String?
    public var dealerName: String
    public var vehicle: VehicleCard?
    public var suggestedReplies: [String]
}

/// The answer to `POST /api/chat/end`.
public struct SessionSummary: Codable, Sendable, Equatable {
    public var sessionToken: String
    public var status: SessionStatus
    public var messageCount: Int
    public var leadScore: Int
    public var vehiclesDiscussed: [String]
    public var summary: String
    public var endedAt: Date?
}

/// The answer to `GET /api/chat/session/{token}`.
public struct SessionTranscript: Codable, Sendable, Equatable {
    public struct Message: Codable, Sendable, Equatable {
        public var messageId: String
        public var role: MessageRole
        public var text: String
        public var createdAt: Date
    }
    public var sessionToken: String
    public var mode: ChatMode
    public var dealerId: String
    public var vehicleId: String?
    public var status: SessionStatus
    public var botActive: Bool
    public var leadScore: Int
    public var messages: [Message]
}
