import OKLACore

/// The vehicles one search ranks, for wishes that compare them ("la más barata") or read
/// their listings.
struct Stock: Sendable {
    /// Each candidate's listing, by vehicle id.
    let listings: [String: ListingWords]
    let pesosPerDollar: Double
    /// Passengers the buyer counts on ("somos 4"), when said.
    let seatsWanted: Int?
    /// The buyer's price ceiling in pesos, when said.
    let budget: Double?
    private let prices: [Double]
    private let years: [Int]
    private let mileages: [Int]

    init(_ vehicles: [Vehicle], pesosPerDollar: Double, seatsWanted: Int?, budget: Double?) {
        self.pesosPerDollar = pesosPerDollar
        self.seatsWanted = seatsWanted
        self.budget = budget
        listings = Dictionary(vehicles.map { ($0.vehicleId, ListingWords.of($0)) }, uniquingKeysWith: { first, _ in first })
        prices = vehicles.map { $0.currency == .USD ? $0.price * pesosPerDollar : $0.price }.sorted()
        years = vehicles.map(\.year).sorted()
        mileages = vehicles.compactMap(\.mileageKm).sorted()
    }

    func pesos(_ v: Vehicle) -> Double { v.currency == .USD ? v.price * pesosPerDollar : v.price }

    /// 1 for the cheapest of the stock, 0 for the dearest.
    func cheapness(_ v: Vehicle) -> Double { 1 - Self.share(below: pesos(v), in: prices) }

    /// 1 for the newest, 0 for the oldest.
    func recency(_ v: Vehicle) -> Double { Self.share(below: v.year, in: years) }

    /// 1 for the least driven, 0 for the most (or an unknown mileage).
    func lowMileage(_ v: Vehicle) -> Double {
        v.mileageKm.map { 1 - Self.share(below: $0, in: mileages) } ?? 0
    }

    /// How many of the stock cost less, are newer, or were driven less: the place in
    /// "la más barata", "la más nueva", "la de menos millaje".
    func cheaper(than v: Vehicle) -> Int { Self.count(below: pesos(v), in: prices) }
    func newer(than v: Vehicle) -> Int { years.count - Self.count(below: v.year + 1, in: years) }
    func lessDriven(than v: Vehicle) -> Int? { v.mileageKm.map { Self.count(below: $0, in: mileages) } }

    func listing(_ v: Vehicle) -> ListingWords { listings[v.vehicleId] ?? ListingWords.of(v) }

    /// The share of the other values below `value`: 0 for the least, 1 for the greatest,
    /// one half when there is nothing to compare with.
    static func share<T: Comparable>(below value: T, in sorted: [T]) -> Double {
        guard sorted.count > 1 else { return 0.5 }
        return Double(count(below: value, in: sorted)) / Double(sorted.count - 1)
    }

    /// How many of the sorted values are below `value`.
    static func count<T: Comparable>(below value: T, in sorted: [T]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
