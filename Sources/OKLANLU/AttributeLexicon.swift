import OKLACore

/// Words and phrases for the enumerated entities, Dominican slang included. Context
/// rules that a word alone cannot settle ("el motor" is an engine, "mi mecánico" a
/// person) live in `EntityExtractor`.
enum AttributeLexicon {
    enum Attribute: Sendable, Equatable {
        case body(BodyType)
        case transmission(Transmission)
        case fuel(Fuel)
        case condition(Condition)
        case seats(Int)
    }

    static func matcher() -> PhraseMatcher<Attribute> {
        var matcher = PhraseMatcher<Attribute>()
        for (phrases, attribute) in entries {
            for phrase in phrases.split(separator: "|") {
                let tokens = TextNormalizer.tokens(String(phrase))
                matcher.add(tokens, value: attribute)
            }
        }
        return matcher
    }

    /// The attribute words worth repairing when misspelled ("automatca", "camionet").
    static let correctionTargets: Set<String> = [
        "yipeta", "yipetas", "camioneta", "camionetas", "automatica", "automatico", "automaticas", "automaticos",
        "mecanica", "mecanico", "gasolina", "diesel", "hibrido", "hibrida", "hibridos", "hibridas", "electrico",
        "electrica", "electricos", "electricas", "motocicleta", "motocicletas", "sedan", "sedanes", "guagua",
        "guaguas", "pasola", "pasolas", "pasolita", "minivan", "hatchback", "crossover", "pickup",
    ]

    private static let entries: [(String, Attribute)] = [
        ("yipeta|yipetas|yipetica|yipeticas|yipeton|yipetona|suv|suvs|crossover|crossovers|todoterreno|todo terreno", .body(.suv)),
        ("sedan|sedanes|sedans|sedancito", .body(.sedan)),
        ("hatchback|hatchbacks|hatch back|hatch", .body(.hatchback)),
        ("camioneta|camionetas|camionetica|pickup|pickups|pick up|pick ups|picop|pikop|pikup|picup|doble cabina", .body(.pickup)),
        ("minivan|minivans|mini van|mini vans", .body(.minivan)),
        ("guagua|guaguas|guaguita|van|vans|microbus|minibus|furgoneta", .body(.van)),
        ("coupe|coupes|cupe|coupe deportivo", .body(.coupe)),
        ("motor|motores|moto|motos|pasola|pasolas|pasolita|pasolitas|motocicleta|motocicletas|scooter|motorcito|motoneta|passola", .body(.motorcycle)),
        ("automatica|automatico|automaticas|automaticos|automatic|automatik|tiptronic", .transmission(.automatic)),
        ("manual|manuales|mecanica|mecanico|mecanicas|mecanicos|de cambio|de cambios|estandar|standard|sincronica|sincronico|stick", .transmission(.manual)),
        ("gasolina|gasoline|gasolinero", .fuel(.gasoline)),
        ("diesel|disel|diesl|gasoil", .fuel(.diesel)),
        ("hibrido|hibrida|hibridos|hibridas|hybrid|hybrids|hibrid", .fuel(.hybrid)),
        ("electrico|electrica|electricos|electricas|electric", .fuel(.electric)),
        ("gas|glp|gas licuado|a gas", .fuel(.lpg)),
        ("nuevo|nueva|nuevos|nuevas|nuevecito|nuevecita|nuevito|nuevita|nuebo|nueba|nuebito|nuebita|new|brand new|0 km|0km|0 kilometros|cero km|cero kilometros|0 millas|cero millas|de paquete|paquete|sin estrenar", .condition(.new)),
        ("usado|usada|usados|usadas|used|de segunda|de segunda mano|seminuevo|seminueva|semi nuevo|semi nueva|recien importado|recien importada|recien importados|recien importadas|importado|importada|importados|importadas|de uso", .condition(.used)),
        // "casi nueva", "como nuevo": used, with little use, never new.
        ("casi nuevo|casi nueva|casi nuevos|casi nuevas|casi nuevecito|casi nuevecita|como nuevo|como nueva|como nuevos|como nuevas|casi 0 km|casi 0km|casi cero km|casi cero kilometros", .condition(.used)),
        ("tres filas|3 filas|tercera fila|3ra fila|3era fila|tres hileras|3 hileras|third row|3 row|3rd row|3 rows|three rows", .seats(7)),
    ]
}
