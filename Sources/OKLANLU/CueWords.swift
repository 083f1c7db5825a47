/// Word lists that decide what a number or a word means from its neighbours.
enum CueWords {
    /// Right before a bare number, these make it money in shorthand: "q no pase de 1.3"
    /// is 1,300,000 and "por ahí de 850" is 850,000.
    static let bareAmountBefore: [[String]] = normalized([
        ["menos", "de"], ["pase", "de"], ["pasar", "de"], ["hasta"], ["maximo"], ["debajo", "de"], ["tope", "de"],
        ["presupuesto", "de"], ["no", "mas", "de"], ["deja", "en"], ["dejas", "en"], ["dejan", "en"], ["dejo", "en"], ["dejamela", "en"], ["dejamelo", "en"], ["dejala", "en"], ["dejalo", "en"], ["doy"], ["ofrezco"], ["ahi", "de"],
        ["alrededor", "de"], ["como", "de"], ["mas", "de"], ["desde"], ["esta", "en"], ["tengo"],
        ["cuesta"], ["vale"], ["sale", "en"], ["piden"], ["under"], ["menor", "de"], ["exceda", "de"], ["precio", "de"],
    ])

    /// Right before an amount, these make it the least.
    static let priceMinBefore: [[String]] = normalized([
        ["mas", "de"], ["desde"], ["minimo"], ["minimo", "de"], ["a", "partir", "de"], ["encima", "de"],
        ["arriba", "de"], ["encima", "del"], ["arriba", "del"], ["mas", "del"], ["over"], ["more", "than"], ["mayor", "de"], ["mayor", "a"], ["superior", "a"],
    ])

    /// Right after an amount or a year: "de 3 palos pa arriba", "2018 en adelante".
    static let upwardAfter: [[String]] = normalized([
        ["para", "arriba"], ["arriba"], ["en", "adelante"], ["para", "adelante"], ["hacia", "arriba"], ["o", "mas"],
        ["minimo"], ["para", "aca"], ["para", "ca"], ["hacia", "aca"], ["+"], ["or", "newer"], ["and", "up"], ["or", "more"],
        ["o", "mas", "nuevo"], ["o", "mas", "nueva"], ["o", "mas", "nuevos"], ["o", "mas", "nuevas"],
        ["o", "mas", "reciente"], ["o", "superior"], ["o", "posterior"], ["y", "mas"], ["en", "delante"],
    ])

    /// Right after an amount or a year: "de 2 palos pa bajo", "2012 o menos",
    /// "del 2016 pa atrás" (older, so the newest acceptable year).
    static let downwardAfter: [[String]] = normalized([
        ["para", "abajo"], ["abajo"], ["para", "bajo"], ["hacia", "abajo"], ["o", "menos"], ["maximo"],
        ["como", "maximo"], ["o", "mas", "viejo"], ["o", "mas", "vieja"], ["or", "older"], ["or", "less"],
        ["o", "anterior"], ["tope"], ["para", "atras"], ["para", "tras"], ["atras"], ["hacia", "atras"],
        ["o", "antes"], ["o", "mas", "viejos"], ["o", "mas", "viejas"], ["or", "before"], ["and", "older"],
    ])

    /// Right before a year.
    static let yearMinBefore: [[String]] = normalized([
        ["desde"], ["desde", "el"], ["a", "partir", "del"], ["a", "partir", "de"], ["minimo"], ["mas", "nuevo", "que"],
        ["mas", "nueva", "que"], ["mas", "nuevo", "del"], ["mas", "nueva", "del"], ["despues", "del"], ["despues", "de"],
        ["no", "sea", "antes", "del"], ["no", "sea", "antes", "de"], ["no", "mas", "viejo", "que"],
        ["no", "mas", "vieja", "que"], ["no", "mas", "viejo", "del"], ["no", "mas", "vieja", "del"],
        ["no", "sea", "mas", "viejo", "que"], ["no", "sea", "mas", "vieja", "que"], ["no", "sea", "mas", "viejo", "del"],
        ["no", "sea", "mas", "vieja", "del"], ["after"], ["newer", "than"], ["from"],
    ])

    /// Right before a year.
    static let yearMaxBefore: [[String]] = normalized([
        ["hasta"], ["hasta", "el"], ["hasta", "del"], ["antes", "del"], ["antes", "de"], ["maximo"], ["mas", "viejo", "que"],
        ["mas", "vieja", "que"], ["no", "mas", "nuevo", "que"], ["no", "mas", "nueva", "que"], ["before"],
        ["older", "than"], ["up", "to"],
    ])

    /// Between two amounts or years that bound a range: "de 2015 a 2018", "entre 800 mil y un palo".
    static let rangeJoiners: Set<String> = normalized(["a", "al", "y", "hasta", "o", "to", "and", "or"])

    /// What a number is counting when it is not money or a year.
    static let mileageAfter: Set<String> = normalized(["km", "kms", "kilometros", "kilometro", "millas", "milla", "miles", "kilometraje", "millaje"])
    static let mileageBefore: Set<String> = normalized(["millaje", "kilometraje", "recorrido", "corrido", "corrida", "millas", "km"])
    static let seatsAfter: Set<String> = normalized(["pasajeros", "pasajero", "asientos", "puestos", "plazas", "personas", "gente", "seats", "passengers", "seater"])
    static let otherUnitsAfter: Set<String> = normalized([
        "meses", "mes", "anos", "ano", "dias", "dia", "horas", "hora", "semanas", "semana", "minutos", "cuotas", "cilindros",
        "cc", "pulgadas", "puertas", "velocidades", "porciento", "am", "pm", "hp", "caballos", "litros", "months", "years",
        "cilindro", "veces", "llaves", "duenos", "unidades", "fotos",
    ])
    static let timeBefore: Set<String> = normalized(["las", "la", "los"])
    /// Shortly before a two-digit number, these make it a share or a rate rather than a year.
    static let rateBefore: Set<String> = normalized(["inicial", "entrada", "interes", "tasa", "porcentaje", "descuento"])

    /// Amounts that are a down payment, an installment, a deposit to hold a vehicle or the
    /// buyer's income, not the vehicle's price.
    static let downPaymentNear: Set<String> = normalized([
        "inicial", "entrada", "cuota", "cuotas", "mensualidad", "mensual", "mensuales", "inicio", "deposito", "abono",
        "separar", "separen", "separan", "separo", "reservar", "reserven", "reservo", "apartar", "aparten", "aparto",
        "sueldo", "salario", "gano", "ingresos",
    ])

    /// Words negating the attribute that follows them: "que no sea de gas". An article or
    /// "de" may stand between ("no quiero una mecánica").
    static let negations: [[String]] = normalized([
        ["no"], ["sin"], ["ni"], ["no", "sea"], ["no", "quiero"], ["no", "la", "quiero"], ["no", "lo", "quiero"],
        ["no", "me", "gusta"], ["no", "me", "gustan"], ["no", "sean"], ["que", "no", "sea"], ["not"],
        ["no", "busco"], ["no", "queremos"], ["excepto"], ["salvo"], ["cualquiera", "menos"], ["cosa", "menos"], ["todo", "menos"],
        // "no sabe manejar mecánico": a gearbox the driver cannot use.
        ["no", "sabe", "manejar"], ["no", "se", "manejar"], ["no", "sabe", "guiar"], ["no", "maneja"], ["no", "manejo"],
    ])

    /// The negations but a bare "no", which is as often an answer ("no, la toyota").
    static let wordyNegations = negations.filter { $0 != ["no"] }

    /// After a negated vehicle or make, these move the negation onto what follows: "no quiero
    /// una yipeta muy cara" still wants a yipeta.
    static let qualifiersAfter: Set<String> = [
        "muy", "tan", "cara", "caro", "caras", "caros", "vieja", "viejo", "viejas", "viejos", "grande", "grandes",
        "con", "de", "del", "que", "mas", "tanto",
    ]

    /// Words that may stand between a negation and what it negates.
    static let negationFillers: Set<String> = ["de", "la", "el", "las", "los", "un", "una", "tipo"]

    /// Right before a mileage: the most the buyer accepts ("con menos de 40 mil km").
    static let mileageCeilingBefore: [[String]] = normalized([
        ["menos", "de"], ["pase", "de"], ["pasar", "de"], ["hasta"], ["maximo"], ["debajo", "de"], ["no", "mas", "de"],
        ["menor", "de"], ["menor", "a"], ["tope", "de"], ["no", "tenga", "mas", "de"], ["no", "tengan", "mas", "de"],
    ])

    /// Cue words pass through the message normalizer too, so English cues with doubled
    /// letters ("less") match the shrunk form messages arrive in.
    /// Symbols the normalizer would drop ("+") stay as written.
    private static func normalized(_ phrases: [[String]]) -> [[String]] {
        phrases.map { phrase in phrase.flatMap { word in TextNormalizer.tokens(word).isEmpty ? [word] : TextNormalizer.tokens(word) } }
    }

    private static func normalized(_ words: Set<String>) -> Set<String> {
        Set(normalized(words.map { [$0] }).joined())
    }
}
