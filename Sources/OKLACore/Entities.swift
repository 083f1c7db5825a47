/// What a buyer's message says about the vehicle they want, normalized as SPEC.md's
/// understanding contract defines. Every key is encoded, `null` when absent, so that
/// clients and evaluators see one stable shape.
public struct Entities: Codable, Sendable, Equatable, Hashable {
    public var bodyType: BodyType?
    public var make: String?
    public var model: String?
    public var yearMin: Int?
    public var yearMax: Int?
    public var priceMin: Double?
    public var priceMax: Double?
    public var currency: Currency?
    public var transmission: Transmission?
    public var fuel: Fuel?
    public var condition: Condition?
    public var seatsMin: Int?

    public init(
        bodyType: BodyType? = nil, make: String? = nil, model: String? = nil,
        yearMin: Int? = nil, yearMax: Int? = nil, priceMin: Double? = nil, priceMax: Double? = nil,
        currency: Currency? = nil, transmission: Transmission? = nil, fuel: Fuel? = nil,
        condition: Condition? = nil, seatsMin: Int? = nil
    ) {
        self.bodyType = bodyType
        self.make = make
        self.model = model
        self.yearMin = yearMin
        self.yearMax = yearMax
        self.priceMin = priceMin
        self.priceMax = priceMax
        self.currency = currency
        self.transmission = transmission
        self.fuel = fuel
        self.condition = condition
        self.seatsMin = seatsMin
    }

    public var isEmpty: Bool { self == Entities() }

    enum CodingKeys: String, CodingKey {
        case bodyType = "body_type", make, model
        case yearMin = "year_min", yearMax = "year_max"
        case priceMin = "price_min", priceMax = "price_max"
        case currency, transmission, fuel, condition
        case seatsMin = "seats_min"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(bodyType, forKey: .bodyType)
        try c.encode(make, forKey: .make)
        try c.encode(model, forKey: .model)
        try c.encode(yearMin, forKey: .yearMin)
        try c.encode(yearMax, forKey: .yearMax)
        try c.encode(priceMin, forKey: .priceMin)
        try c.encode(priceMax, forKey: .priceMax)
        try c.encode(currency, forKey: .currency)
        try c.encode(transmission, forKey: .transmission)
        try c.encode(fuel, forKey: .fuel)
        try c.encode(condition, forKey: .condition)
        try c.encode(seatsMin, forKey: .seatsMin)
    }
}

/// One understood message: SPEC.md's `/api/nlu/parse` body.
public struct ParseResult: Codable, Sendable, Equatable {
    public var intent: Intent
    public var confidence: Double
    public var entities: Entities

    public init(intent: Intent, confidence: Double, entities: Entities) {
        self.intent = intent
        self.confidence = confidence
        self.entities = entities
    }
}
