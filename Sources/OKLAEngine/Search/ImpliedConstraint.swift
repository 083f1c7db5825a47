import OKLACore
import OKLANLU
import OKLAStore

/// Hard constraints a buyer states that SPEC's entities cannot carry: what they rule out
/// ("que no sea toyota"), a make's origin ("yipetas chinas", "menos las chinas"), a mileage
/// ceiling, "de cuatro ruedas". Like entities, they filter; they never just rank.
struct ImpliedConstraint: Sendable {
    let admits: @Sendable (Vehicle) -> Bool

    /// The constraints of one understood message; `filters` are the entities searched with,
    /// which may come from earlier messages too.
    static func constraints(of understood: MessageUnderstanding, filters: Entities) -> [ImpliedConstraint] {
        let words = understood.normalizedText.split(separator: " ").map(String.init)
        var constraints: [ImpliedConstraint] = []
        for origin in origins {
            guard let index = words.firstIndex(where: { word in origin.stems.contains(where: word.hasPrefix) }) else { continue }
            // "que no sea china", "no quiero que sea china", "menos las chinas", "ni japonesa".
            let negated = words[max(0, index - 4)..<index].contains(where: negations.contains)
            constraints.append(ImpliedConstraint { negated != origin.makes.contains(ListingWords.of($0).make) })
        }
        for excluded in understood.excluded {
            constraints.append(ImpliedConstraint { !matches($0, excluded) })
        }
        if let ceiling = understood.mileageMaxKm {
            // A listing without its mileage is not known to break the ceiling.
            constraints.append(ImpliedConstraint { ($0.mileageKm ?? 0) <= ceiling })
        }
        // "cuatro ruedas", and a "carro" when no kind of vehicle was named: not a motorcycle.
        let fourWheels = understood.normalizedText.contains("4 ruedas") || understood.normalizedText.contains("cuatro ruedas")
        if fourWheels || (filters.bodyType == nil && words.contains(where: carWords.contains)) {
            constraints.append(ImpliedConstraint { $0.bodyType != .motorcycle })
        }
        return constraints
    }

    /// The filters without what the message rules out: "tienen toyota?" then "mejor que no
    /// sea toyota" no longer asks for a Toyota.
    static func filters(_ filters: Entities, without excluded: [Entities]) -> Entities {
        var kept = filters
        for e in excluded {
            if let make = e.make, e.model == nil, let wanted = kept.make, matchKey(make) == matchKey(wanted) { (kept.make, kept.model) = (nil, nil) }
            if let model = e.model, let wanted = kept.model, matchKey(wanted).contains(matchKey(model)) { kept.model = nil }
            if let body = e.bodyType, kept.bodyType == body { kept.bodyType = nil }
            if let fuel = e.fuel, kept.fuel == fuel { kept.fuel = nil }
            if let gearbox = e.transmission, kept.transmission == gearbox { kept.transmission = nil }
            if let condition = e.condition, kept.condition == condition { kept.condition = nil }
        }
        return kept
    }

    /// Whether a vehicle is what `e` names (every field `e` sets).
    static func matches(_ v: Vehicle, _ e: Entities) -> Bool {
        if let make = e.make, ListingWords.of(v).make != matchKey(make) { return false }
        if let model = e.model, !ListingWords.of(v).model.contains(matchKey(model)) { return false }
        if let body = e.bodyType, v.bodyType != body { return false }
        if let fuel = e.fuel, v.fuel != fuel { return false }
        if let gearbox = e.transmission, v.transmission != gearbox { return false }
        if let condition = e.condition, v.condition != condition { return false }
        return true
    }

    static let negations: Set<String> = ["no", "ni", "sin", "menos", "excepto", "salvo"]
    static let carWords: Set<String> = ["carro", "carros", "carrito", "carritos", "carrazo", "auto", "automovil"]

    /// Makes by origin, as buyers name them ("chinas", "japonés", "gringa").
    static let origins: [(stems: [String], makes: Set<String>)] = [
        (["chin"], ["changan", "jetour", "byd", "chery", "geely", "haval", "greatwall", "gwm", "jac", "mg", "dfsk", "baic", "dongfeng", "jmc", "foton", "gac", "maxus", "exeed", "omoda", "jaecoo", "soueast", "zotye", "lifan"]),
        (["japones"], ["toyota", "honda", "nissan", "mazda", "mitsubishi", "suzuki", "subaru", "isuzu", "lexus", "infiniti", "acura", "daihatsu", "yamaha", "kawasaki"]),
        (["corean"], ["hyundai", "kia", "genesis", "ssangyong", "daewoo"]),
        (["american", "gringa", "gringo"], ["ford", "chevrolet", "jeep", "dodge", "ram", "gmc", "cadillac", "lincoln", "chrysler", "tesla", "buick"]),
        (["aleman", "europe"], ["bmw", "mercedesbenz", "audi", "volkswagen", "porsche", "mini", "opel", "volvo", "peugeot", "renault", "citroen", "fiat", "landrover", "jaguar", "seat", "skoda"]),
    ]
}
