/// One listing of a dealer's inventory, with SPEC.md's fields.
public struct Vehicle: Codable, Sendable, Equatable {
    public var vehicleId: String
    public var dealerId: String
    public var make: String
    public var model: String
    public var trim: String?
    public var year: Int
    /// In units of `currency`.
    public var price: Double
    public var currency: Currency
    public var mileageKm: Int?
    public var bodyType: BodyType?
    public var transmission: Transmission?
    public var fuel: Fuel?
    public var color: String?
    public var condition: Condition?
    public var seats: Int?
    public var drive: String?
    public var location: String?
    public var description: String?
    public var features: [String]
    public var photos: [String]
    public var url: String?
    public var status: VehicleStatus

    public init(
        vehicleId: String, dealerId: String, make: String, model: String, trim: String? = nil,
        year: Int, price: Double, currency: Currency = .DOP, mileageKm: Int? = nil,
        bodyType: BodyType? = nil, transmission: Transmission? = nil, fuel: Fuel? = nil,
        color: String? = nil, condition: Condition? = nil, seats: Int? = nil, drive: String? = nil,
        location: String? = nil, description: String? = nil, features: [String] = [],
        photos: [String] = [], url: String? = nil, status: VehicleStatus = .available
    ) {
        self.vehicleId = vehicleId
        self.dealerId = dealerId
        self.make = make
        self.model = model
        self.trim = trim
        self.year = year
        self.price = price
        self.currency = currency
        self.mileageKm = mileageKm
        self.bodyType = bodyType
        self.transmission = transmission
        self.fuel = fuel
        self.color = color
        self.condition = condition
        self.seats = seats
        self.drive = drive
        self.location = location
        self.description = description
        self.features = features
        self.photos = photos
        self.url = url
        self.status = status
    }

    /// "Toyota RAV4 2021", as cards and replies name a vehicle.
    public var title: String { "\(make) \(model) \(year)" }
}
