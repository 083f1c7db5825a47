/// Chat spellings and the words they stand for. Keys are written as buyers type them;
/// they pass through the same letter-shrinking as messages, so both sides agree.
enum ChatLexicon {
    /// Tokens that stay as written right after a number, where they are multipliers or
    /// part of a spec ("25 k", "2 mm", "4 x 4") rather than chat shorthand.
    static let keptAfterNumber: Set<String> = ["k", "m", "mm", "x"]

    static let replacements: [String: [String]] = {
        var table: [String: [String]] = [:]
        for (spellings, meaning) in pairs {
            let words = meaning.split(separator: " ").map(String.init)
            for spelling in spellings.split(separator: " ") {
                let key = String(decoding: TextNormalizer.shrinkRepeats(Array(spelling.utf8)), as: UTF8.self)
                table[key] = words
            }
        }
        return table
    }()

    private static let pairs: [(String, String)] = [
        // Shorthand.
        ("q k ke qe", "que"),
        ("xq pq porq xk pk pke xke porke pork xque", "porque"),
        ("pa xa pra", "para"),
        ("pal", "para el"),
        ("parriba", "para arriba"),
        ("rriba riba", "arriba"),
        ("pabajo", "para abajo"),
        ("palante", "para adelante"),
        ("lante alante", "adelante"),
        ("tmb tb tbn tmbn tambn tamb tbm tambien", "tambien"),
        ("toy toi stoy", "estoy"),
        ("ta sta", "esta"),
        ("x", "por"),
        ("dnd dnde dond onde", "donde"),
        ("mnn mna mnna manan", "manana"),
        ("xfa xfavor porfa porfavor pf pls plz please porfis xfis plis", "por favor"),
        ("d", "de"),
        ("bn", "bien"),
        ("bno weno wueno", "bueno"),
        ("grax grs grcs grasias gracia thx thanks tks", "gracias"),
        ("msj msg", "mensaje"),
        ("info", "informacion"),
        ("cel celu", "celular"),
        ("tel tlf telf tlfn", "telefono"),
        ("wsp wasap whatsap wpp wasa guasap watsap whats", "whatsapp"),
        ("ud", "usted"),
        ("uds", "ustedes"),
        ("vdd", "verdad"),
        ("cdo qndo", "cuando"),
        ("aki aqi", "aqui"),
        ("kiero qiero", "quiero"),
        ("kien", "quien"),
        ("keda qeda", "queda"),
        ("kedan qedan", "quedan"),
        ("kieres", "quieres"),
        ("kisiera", "quisiera"),
        ("kual", "cual"),
        ("kuales", "cuales"),
        ("kuando", "cuando"),
        ("kuesta", "cuesta"),
        ("kuestan", "cuestan"),
        ("qlq klq qloq kloq qlk", "klk"),
        ("oka okey okay okei oki okis", "ok"),
        ("nop nope nel", "no"),
        ("sip yes", "si"),
        ("na", "nada"),
        ("to", "todo"),
        ("hno hmno", "hermano"),
        ("ola holis", "hola"),
        // Laughter in all its lengths reads as one word.
        ("jaja jajaja jajajaja jajajajaja jaj jajaj jajajaj jajja jajjaja jsjs jsjsjs jeje jejeje jiji lol lmao", "jaja"),
        ("bns bnas wenas guenas", "buenas"),
        ("wenos guenos", "buenos"),
        ("aora", "ahora"),
        ("kuanto qanto cnto", "cuanto"),
        ("presio", "precio"),
        ("bye bai chao chau", "adios"),
        ("byebye baibai chaochao", "adios adios"),
        ("dls dlls dollars dollar", "dolares"),
        ("mill", "millones"),
        // Body-type spellings, so every form reads as the one word.
        ("jeepeta jepeta jipeta llipeta yepeta", "yipeta"),
        ("jeepetas jepetas jipetas llipetas yepetas", "yipetas"),
        // Spanglish.
        ("price", "precio"),
        ("available", "disponible"),
        ("accept accepts", "aceptan"),
        ("car", "carro"),
        ("cars", "carros"),
        ("used", "usado"),
        ("financing", "financiamiento"),
        ("hello hi", "hola"),
        ("sorry", "perdon"),
        ("email mail", "correo"),
    ]
}
