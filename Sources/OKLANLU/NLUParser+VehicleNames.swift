import OKLACore

/// A make, or a make and model, named in a text: "Toyota", "Toyota RAV4".
public struct VehicleName: Sendable, Hashable {
    public var make: String
    public var model: String?

    public init(make: String, model: String? = nil) {
        self.make = make
        self.model = model
    }
}

extension NLUParser {
    /// Every make and model of the catalogue a text names, in order. The entities of a parse
    /// keep only the first vehicle a buyer asks for; a model-written reply must be checked for
    /// all of them.
    public func vehicleNames(in text: String) -> [VehicleName] {
        let tokens = TextNormalizer.tokens(text)
        var names: [VehicleName] = []
        var index = 0
        while index < tokens.count {
            guard let match = extractor.catalog.matcher.match(tokens, at: index) else {
                index += 1
                continue
            }
            switch match.value {
            case .make(let make): names.append(VehicleName(make: make))
            case .model(let make, let model): names.append(VehicleName(make: make, model: model))
            }
            index += match.length
        }
        return names
    }
}
