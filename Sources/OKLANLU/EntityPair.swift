import OKLACore

/// One (key, value) fact of an `Entities` value, the unit entity scores count.
struct EntityPair: Hashable, Sendable {
    var key: String
    var value: String

    /// The contract's keys, in its order.
    static let keys = [
        "body_type", "make", "model", "year_min", "year_max", "price_min", "price_max", "currency",
        "transmission", "fuel", "condition", "seats_min",
    ]

    static func pairs(of entities: Entities) -> [EntityPair] {
        let values: [String?] = [
            entities.bodyType?.rawValue, entities.make, entities.model, entities.yearMin.map(String.init),
            entities.yearMax.map(String.init), entities.priceMin.map(number), entities.priceMax.map(number),
            entities.currency?.rawValue, entities.transmission?.rawValue, entities.fuel?.rawValue,
            entities.condition?.rawValue, entities.seatsMin.map(String.init),
        ]
        return zip(keys, values).compactMap { key, value in value.map { EntityPair(key: key, value: $0) } }
    }

    /// Prices compare by value: 1500000 and 1500000.0 are one price.
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
