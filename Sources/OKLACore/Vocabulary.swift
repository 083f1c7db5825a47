/// The normalized values SPEC.md defines for inventory fields and understood entities.
/// Raw values are the exact strings of the contract.

public enum BodyType: String, Codable, Sendable, CaseIterable {
    case suv, sedan, hatchback, pickup, minivan, van, coupe, motorcycle
}

public enum Transmission: String, Codable, Sendable, CaseIterable {
    case automatic, manual
}

public enum Fuel: String, Codable, Sendable, CaseIterable {
    case gasoline, diesel, hybrid, electric, lpg
}

public enum Condition: String, Codable, Sendable, CaseIterable {
    case new, used
}

public enum Currency: String, Codable, Sendable, CaseIterable {
    case DOP, USD
}

public enum VehicleStatus: String, Codable, Sendable, CaseIterable {
    case available, reserved, sold
}

public enum ChatMode: String, Codable, Sendable {
    case singleVehicle = "single_vehicle"
    case dealerInventory = "dealer_inventory"
}

public enum Intent: String, Codable, Sendable, CaseIterable {
    case greeting, farewell, affirm, deny
    case vehicleSearch = "vehicle_search"
    case vehicleDetails = "vehicle_details"
    case priceInquiry = "price_inquiry"
    case financing
    case compareVehicles = "compare_vehicles"
    case scheduleAppointment = "schedule_appointment"
    case tradeIn = "trade_in"
    case availability
    case dealerInfo = "dealer_info"
    case warranty, documents
    case provideContact = "provide_contact"
    case humanAgent = "human_agent"
    case complaint
    case outOfScope = "out_of_scope"
}
