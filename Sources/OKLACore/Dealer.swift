/// A dealer and the configuration of its bot.
public struct Dealer: Codable, Sendable, Equatable {
    public var dealerId: String
    public var name: String
    public var address: String?
    public var city: String?
    public var phone: String?
    public var whatsapp: String?
    public var email: String?
    /// Opening hours as the dealer wrote them; `schedule` is what could be parsed from it.
    public var hours: String?
    public var schedule: WeeklySchedule?
    public var botName: String
    public var greeting: String?
    public var quickReplies: [QuickReply]
    /// Lead score (0-100) at which the chat is handed to a salesperson.
    public var handoffThreshold: Int
    public var financing: FinancingTerms
    public var warranty: String?
    /// Where the dealer's events (leads, appointments, handoffs) are posted, signed with `webhookSecret`.
    public var webhookUrl: String?
    public var webhookSecret: String?

    public init(
        dealerId: String, name: String, address: String? = nil, city: String? = nil,
        phone: String? = nil, whatsapp: String? = nil, email: String? = nil, hours: String? = nil,
        schedule: WeeklySchedule? = nil, botName: String = "OKLA Bot", greeting: String? = nil,
        quickReplies: [QuickReply] = [], handoffThreshold: Int = 80,
        financing: FinancingTerms = FinancingTerms(), warranty: String? = nil
    ) {
        self.dealerId = dealerId
        self.name = name
        self.address = address
        self.city = city
        self.phone = phone
        self.whatsapp = whatsapp
        self.email = email
        self.hours = hours
        self.schedule = schedule
        self.botName = botName
        self.greeting = greeting
        self.quickReplies = quickReplies
        self.handoffThreshold = handoffThreshold
        self.financing = financing
        self.warranty = warranty
    }
}

public struct QuickReply: Codable, Sendable, Equatable {
    public var question: String
    public var answer: String

    public init(question: String, answer: String) {
        self.question = question
        self.answer = answer
    }
}

/// Financing defaults a dealer quotes with. Defaults follow Dominican bank offers
/// (Banco Popular's Autoferia 2025: 12.75% at 3 years, up to 90% financed, 7-year terms).
public struct FinancingTerms: Codable, Sendable, Equatable {
    /// Yearly nominal rate, in percent. Default 12.75.
    public var annualRatePercent: Double
    /// Longest term offered, in months. Default 84.
    public var maxTermMonths: Int
    /// Smallest down payment, in percent of the price. Default 20.
    public var minDownPaymentPercent: Double

    public init(annualRatePercent: Double = 12.75, maxTermMonths: Int = 84, minDownPaymentPercent: Double = 20) {
        self.annualRatePercent = annualRatePercent
        self.maxTermMonths = maxTermMonths
        self.minDownPaymentPercent = minDownPaymentPercent
    }
}
