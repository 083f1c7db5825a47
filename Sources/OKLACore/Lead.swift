import Foundation

/// Buying signals found in a conversation; SPEC's `leadSignals`.
public struct LeadSignals: Codable, Sendable, Equatable {
    /// In DOP.
    public var budget: Double?
    public var urgency: String?
    public var financing: Bool
    public var tradeIn: Bool
    public var appointment: Bool
    public var contactGiven: Bool
    /// Questions about one vehicle beyond the first.
    public var repeatVisits: Int

    public init(
        budget: Double? = nil, urgency: String? = nil, financing: Bool = false, tradeIn: Bool = false,
        appointment: Bool = false, contactGiven: Bool = false, repeatVisits: Int = 0
    ) {
        self.budget = budget
        self.urgency = urgency
        self.financing = financing
        self.tradeIn = tradeIn
        self.appointment = appointment
        self.contactGiven = contactGiven
        self.repeatVisits = repeatVisits
    }
}

public struct Lead: Codable, Sendable, Equatable {
    public var leadId: String
    public var sessionToken: String
    public var dealerId: String
    public var score: Int
    public var signals: LeadSignals
    /// Why the score is what it is, one reason a line, for the dealer.
    public var explanation: [String]
    public var name: String?
    public var phone: String?
    public var email: String?
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        leadId: String, sessionToken: String, dealerId: String, score: Int, signals: LeadSignals,
        explanation: [String], name: String? = nil, phone: String? = nil, email: String? = nil,
        createdAt: Date, updatedAt: Date
    ) {
        self.leadId = leadId
        self.sessionToken = sessionToken
        self.dealerId = dealerId
        self.score = score
        self.signals = signals
        self.explanation = explanation
        self.name = name
        self.phone = phone
        self.email = email
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

public struct Appointment: Codable, Sendable, Equatable {
    public var appointmentId: String
    public var sessionToken: String
    public var dealerId: String
    public var vehicleId: String?
    public var startsAt: Date
    public var kind: String
    public var createdAt: Date

    public init(
        appointmentId: String, sessionToken: String, dealerId: String, vehicleId: String?,
        startsAt: Date, kind: String, createdAt: Date
    ) {
        self.appointmentId = appointmentId
        self.sessionToken = sessionToken
        self.dealerId = dealerId
        self.vehicleId = vehicleId
        self.startsAt = startsAt
        self.kind = kind
        self.createdAt = createdAt
    }
}

/// The written handover a salesperson reads when a chat is transferred to them.
public struct Briefing: Codable, Sendable, Equatable {
    public var briefingId: String
    public var sessionToken: String
    public var dealerId: String
    public var reason: String
    public var text: String
    public var createdAt: Date

    public init(briefingId: String, sessionToken: String, dealerId: String, reason: String, text: String, createdAt: Date) {
        self.briefingId = briefingId
        self.sessionToken = sessionToken
        self.dealerId = dealerId
        self.reason = reason
        self.text = text
        self.createdAt = createdAt
    }
}
