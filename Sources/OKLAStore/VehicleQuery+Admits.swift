import OKLACore

extension VehicleQuery {
    /// Whether a vehicle passes this query's hard filters, by the same rules as
    /// `VehicleSQL.search`, for vehicles already in memory.
    public func admits(_ v: Vehicle) -> Bool {
        let f = filters
        guard v.dealerId == dealerId, statuses.contains(v.status), !excludedIds.contains(v.vehicleId) else { return false }
        if let make = f.make, matchKey(v.make) != matchKey(make) { return false }
        if let model = f.model, !matchKey(v.model).contains(matchKey(model)) { return false }
        if let body = f.bodyType, v.bodyType != body { return false }
        if let t = f.transmission, v.transmission != t { return false }
        if let fuel = f.fuel, v.fuel != fuel { return false }
        if let c = f.condition, v.condition != c { return false }
        if let min = f.yearMin, v.year < min { return false }
        if let max = f.yearMax, v.year > max { return false }
        if let seats = f.seatsMin, (v.seats ?? 0) < seats { return false }
        let pesos = v.currency == .USD ? v.price * pesosPerDollar : v.price
        let bounds = priceBoundsDOP
        if let min = bounds.min, pesos < min { return false }
        if let max = bounds.max, pesos > max { return false }
        return true
    }
}
