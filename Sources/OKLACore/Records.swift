import Foundation

/// What the bot said and why: the facts and tools it used and the checks that ran.
public struct AuditEntry: Codable, Sendable, Equatable {
    public var auditId: String
    public var sessionToken: String
    public var dealerId: String
    public var messageId: String?
    public var intent: Intent?
    public var tools: [String]
    public var vehicleIds: [String]
    public var checks: [String]
    public var note: String?
    public var createdAt: Date

    public init(
        auditId: String, sessionToken: String, dealerId: String, messageId: String?, intent: Intent?,
        tools: [String], vehicleIds: [String], checks: [String], note: String? = nil, createdAt: Date
    ) {
        self.auditId = auditId
        self.sessionToken = sessionToken
        self.dealerId = dealerId
        self.messageId = messageId
        self.intent = intent
        self.tools = tools
        self.vehicleIds = vehicleIds
        self.checks = checks
        self.note = note
        self.createdAt = createdAt
    }
}

public enum EventType: String, Codable, Sendable, CaseIterable {
    case leadCreated = "lead.created"
    case leadUpdated = "lead.updated"
    case appointmentScheduled = "appointment.scheduled"
    case sessionEnded = "session.ended"
    case handoffRequested = "handoff.requested"
    case handoffReturned = "handoff.returned"
}

/// An event waiting in the transactional outbox, written in the same transaction as the
/// change it reports.
public struct OutboxEvent: Codable, Sendable, Equatable {
    public var eventId: String
    public var type: EventType
    public var dealerId: String
    /// JSON object.
    public var payload: Data
    public var createdAt: Date

    public init(eventId: String, type: EventType, dealerId: String, payload: Data, createdAt: Date) {
        self.eventId = eventId
        self.type = type
        self.dealerId = dealerId
        self.payload = payload
        self.createdAt = createdAt
    }
}
