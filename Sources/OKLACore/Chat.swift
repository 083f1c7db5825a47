import Foundation

public enum SessionChannel: String, Codable, Sendable {
    case webChat = "WebChat"
    case whatsApp = "WhatsApp"
}

public enum SessionStatus: String, Codable, Sendable {
    case active, ended
}

public enum MessageRole: String, Codable, Sendable {
    case user, bot, agent
}

/// A conversation with one buyer, scoped to one dealer.
public struct ChatSession: Codable, Sendable, Equatable {
    public var token: String
    public var dealerId: String
    public var vehicleId: String?
    public var mode: ChatMode
    public var channel: SessionChannel
    public var status: SessionStatus
    /// False while a human salesperson has the chat.
    public var botActive: Bool
    /// Number of messages stored so far; the next message takes this as its sequence number.
    public var messageCount: Int
    public var leadScore: Int
    public var context: ConversationContext
    public var metadata: [String: String]
    public var createdAt: Date
    public var updatedAt: Date
    public var endedAt: Date?
    /// Written when the session ends, for the dealer: who, what they wanted, what happened.
    public var summary: String?

    public init(
        token: String, dealerId: String, vehicleId: String?, mode: ChatMode, channel: SessionChannel,
        status: SessionStatus = .active, botActive: Bool = true, messageCount: Int = 0, leadScore: Int = 0,
        context: ConversationContext = ConversationContext(), metadata: [String: String] = [:],
        createdAt: Date, updatedAt: Date? = nil, endedAt: Date? = nil
    ) {
        self.token = token
        self.dealerId = dealerId
        self.vehicleId = vehicleId
        self.mode = mode
        self.channel = channel
        self.status = status
        self.botActive = botActive
        self.messageCount = messageCount
        self.leadScore = leadScore
        self.context = context
        self.metadata = metadata
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
        self.endedAt = endedAt
    }
}

/// What the engine remembers between turns. Every field is optional so that older
/// stored contexts keep decoding as the engine learns to remember more.
public struct ConversationContext: Codable, Sendable, Equatable {
    /// Filters accumulated over the conversation.
    public var filters: Entities?
    /// Vehicles shown in the last reply, in order, so "la segunda" can be resolved.
    public var shownVehicleIds: [String]?
    /// The vehicle the buyer is talking about now.
    public var focusVehicleId: String?
    public var lastIntent: Intent?
    /// Consecutive turns the bot could not help with.
    public var failedTurns: Int?
    public var signals: LeadSignals?
    /// Abusive messages so far; repeated abuse ends the session.
    public var abusiveTurns: Int?
    /// Messages the buyer has sent; anonymous buyers get a limited number of answers.
    public var buyerMessages: Int?
    /// Vehicles the buyer asked about one at a time, most recent last, so "cuál de los dos"
    /// compares them even when each was shown on its own.
    public var discussedVehicleIds: [String]?
    /// The slot of an appointment the dealer could not take, so "a la 1 entonces" keeps its day.
    public var refusedAppointment: Date?
    /// The buyer's own vehicle offered as part of the payment ("Toyota Corolla 2015").
    public var tradeInVehicle: String?

    public init(
        filters: Entities? = nil, shownVehicleIds: [String]? = nil, focusVehicleId: String? = nil,
        lastIntent: Intent? = nil, failedTurns: Int? = nil, signals: LeadSignals? = nil
    ) {
        self.filters = filters
        self.shownVehicleIds = shownVehicleIds
        self.focusVehicleId = focusVehicleId
        self.lastIntent = lastIntent
        self.failedTurns = failedTurns
        self.signals = signals
    }
}

public struct ChatMessage: Codable, Sendable, Equatable {
    public var messageId: String
    public var sessionToken: String
    public var seq: Int
    public var role: MessageRole
    public var text: String
    /// The buyer's retry key; unique per session.
    public var clientMessageId: String?
    /// For bot messages: the reply envelope as sent, so a retried message gets it back unchanged.
    public var envelope: Data?
    public var createdAt: Date

    public init(
        messageId: String, sessionToken: String, seq: Int, role: MessageRole, text: String,
        clientMessageId: String? = nil, envelope: Data? = nil, createdAt: Date
    ) {
        self.messageId = messageId
        self.sessionToken = sessionToken
        self.seq = seq
        self.role = role
        self.text = text
        self.clientMessageId = clientMessageId
        self.envelope = envelope
        self.createdAt = createdAt
    }
}
