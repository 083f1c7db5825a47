import OKLACore
import OKLAStore

/// Hard constraints a buyer states that SPEC's entities cannot carry: a make's origin
/// ("yipetas chinas") or "de cuatro ruedas". Like entities, they filter; they never just rank.
struct ImpliedConstraint: Sendable {
    let phrases: [String]
    let admits: @Sendable (Vehicle) -> Bool

    static func constraints(in folded: String) -> [ImpliedConstraint] {
        all.filter { $0.phrases.contains(where: folded.contains) }
    }

    static func origin(_ phrases: [String], _ makes: Set<String>) -> ImpliedConstraint {
        ImpliedConstraint(phrases: phrases) { makes.contains(matchKey($0.make)) }
    }

    static let all: [ImpliedConstraint] = [
        origin(["chin"], ["changan", "jetour", "byd", "chery", "geely", "haval", "greatwall", "gwm", "jac", "mg", "dfsk", "baic", "dongfeng", "jmc", "foton", "gac", "maxus", "exeed", "omoda", "jaecoo", "soueast", "zotye", "lifan"]),
        origin(["japones"], ["toyota", "honda", "nissan", "mazda", "mitsubishi", "suzuki", "subaru", "isuzu", "lexus", "infiniti", "acura", "daihatsu", "yamaha", "kawasaki"]),
        origin(["corean"], ["hyundai", "kia", "genesis", "ssangyong", "daewoo"]),
        origin(["american", "gringa", "gringo"], ["ford", "chevrolet", "jeep", "dodge", "ram", "gmc", "cadillac", "lincoln", "chrysler", "tesla", "buick"]),
        origin(["aleman", "europe"], ["bmw", "mercedesbenz", "audi", "volkswagen", "porsche", "mini", "opel", "volvo", "peugeot", "renault", "citroen", "fiat", "landrover", "jaguar", "seat", "skoda"]),
        ImpliedConstraint(phrases: ["4 ruedas", "cuatro ruedas"]) { $0.bodyType != .motorcycle },
    ]
}
