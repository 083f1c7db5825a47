/// Insults, vulgarities, harassment and threats in Dominican Spanish and English.
///
/// Words that are harmless in car talk only count when aimed at a person: "cuero"
/// (leather seats, or a slur for a woman), "perra", "bestia" ("esa yipeta es una bestia"),
/// "tiro" ("ese precio es un tiro"). Strong insults said to nobody in particular ("mmg qué
/// yipeta") are rude, not abusive; aimed at someone ("eres un mamagüevo") they are abusive.
enum ModerationGrammar {
    static let shared = PhraseGrammar<ModerationSignal>(concepts: concepts, rules: rules.map { rule in
        (ModerationSignal(reason: rule.reason, level: rule.level), rule.pattern, [])
    })

    private static let concepts: [(name: String, entries: String)] = [
        ("PROFANITY", "mierda* puneta* punetero joder jodido jodida jodidos jodienda verga vergazo cojones cojon shit* fuck* fck fuk fvck wtf crap bullshit maldito maldita malditos malditas cagada cagar cago cagaron cagando cagao guevo guevos webo webos guebo guebos conazo pinga pingon toto singa"),
        ("INSULT", "idiota* estupid* imbecil* inutil inutiles bruto bruta brutos brutas tonto tonta tontos tontas pendej* payaso* ladron ladrones ladrona ladronas estafador* charlatan* mentiroso* mentirosa* lambon lambona lambones basura ridiculo* ridicula* incompetente* stupid idiot* useless dumb moron* scam scammer* thief thieves liar* loser* clown* huevon* mamao mamaos pariguayo* azaroso* azarosa* sinverguenza* cabron* cabrona* desgraciad* retrasad* comemierda*"),
        ("STRONG", "mamaguevo* mamaguebo* mamawebo* mamahuevo* mamaguevazo mmg mmgv mmgvo mmgb hijueputa* hijoeputa* hijodeputa* hdp jdp malparid* motherfucker* asshole* bitch* bastard* dickhead* jackass cocksucker singao singado singada puta puto putas putos cabronazo"),
        ("AIMED_STRONG", "cuero cueros perra perras zorra zorras puta puto putas putos pajaro pajaros bitch"),
        ("AIMED_MILD", "animal animales bestia bestias burro burra burros bobo boba palomo pariguayo mamao zangano zangana"),
        ("SLUR", "maricon* mariconazo faggot* fag tortillera marimacha retard* nigger*"),
        ("GROUP", "haitiano* negro negra negros negras chino china chinos gringo gringos gay gays judio judios indio india prieto prieta mujer mujeres"),
        ("SEXUAL", "mamame mamamela mamamelo chupame chupamela chupamelo nudes desnuda desnudas desnudo tetas blowjob pussy horny porno porn sexting"),
        ("SEX_VERB", "singar singarte singarla singarlo singate singue chingar chingarte culear fuck fucking"),
        ("YOU", "tu ti te eres usted ustedes son so sos you your youre ur u vete largate callate"),
        ("IS", "es is era sea"),
        ("A", "un una unos unas el la bien tremendo tremenda tan a an such"),
        ("MOTHER", "madre mai mama mami vieja mom mother madres"),
        ("KILL", "matar mato matare matamos kill shoot disparar quemar quemo quemare burn explotar exploto volar romper rompo parto partir jodo"),
        ("HARM", "tiro tiros balazo balazos pela golpe golpes trompada* galleta* punal* punalada* cuchillada* machetazo* macanazo* bala balas pistola"),
        ("PLACE", "dealer negocio local tienda oficina concesionario todos ustedes"),
    ]

    private struct Rule {
        var reason: ModerationReason
        var level: ModerationVerdict.Level
        var pattern: String
    }

    private static func rule(_ reason: ModerationReason, _ level: ModerationVerdict.Level, _ pattern: String) -> Rule {
        Rule(reason: reason, level: level, pattern: pattern)
    }

    private static let rules: [Rule] = [
        rule(.profanity, .rude, "PROFANITY"),
        rule(.profanity, .rude, "SEX_VERB"),
        rule(.insult, .rude, "INSULT"),
        rule(.insult, .rude, "STRONG"),
        rule(.insult, .rude, "YOU ~2 AIMED_MILD"),
        rule(.insult, .rude, "vete|anda|andate|go ~2 carajo|diablo|mierda|porra|hell"),
        rule(.sexual, .rude, "mamacita|mamasita|mamasota|bizcocho|bizcochito"),
        // Aimed at someone: "eres un mamagüevo", "so maldito", "ese tipo es un cuero"
        rule(.harassment, .abusive, "YOU|IS ~2 STRONG"),
        rule(.harassment, .abusive, "STRONG ~1 tu|you|seas|sean"),
        rule(.harassment, .abusive, "YOU|IS ~1 A ~1 AIMED_STRONG"),
        rule(.harassment, .abusive, "so ~1 AIMED_STRONG|maldito|maldita"),
        rule(.harassment, .abusive, "maldito|maldita|malditos ~1 seas|sean|tu|you"),
        rule(.harassment, .abusive, "YOU ~1 A ~1 maldito|maldita"),
        rule(.harassment, .abusive, "hijo|hija|hijos|hijas|son ~1 de|of ~1 la? ~1 puta|perra|gran|bitch|mil"),
        rule(.harassment, .abusive, "PROFANITY|STRONG|AIMED_STRONG|cono|toto ~3 tu|su|your ~1 MOTHER"),
        rule(.harassment, .abusive, "tu|your ~1 MOTHER ~3 PROFANITY|STRONG|AIMED_STRONG"),
        rule(.harassment, .abusive, "MOTHER ~1 que ~1 te ~1 pario"),
        rule(.harassment, .abusive, "PROFANITY|STRONG|AIMED_STRONG ~1 MOTHER ~1 tuya|suya|yours"),
        rule(.harassment, .abusive, "fuck|screw ~1 you|u|off"),
        rule(.slur, .abusive, "SLUR"),
        rule(.slur, .abusive, "GROUP ~1 de ~1 mierda"),
        rule(.sexual, .abusive, "SEXUAL"),
        rule(.sexual, .abusive, "te|quiero|voy|vamos ~3 SEX_VERB"),
        rule(.sexual, .abusive, "estas|tas ~1 bien|muy? ~1 buena|buenota|rica|sabrosa|riquisima|buenisima"),
        rule(.sexual, .abusive, "send ~1 nudes|pics"),
        rule(.threat, .abusive, "te|los|las|lo|la|les|you ~1 voy|vamos|van ~1 a ~1 KILL"),
        rule(.threat, .abusive, "voy|vamos ~1 a ~1 quemar|explotar|volar|matar ~3 PLACE"),
        rule(.threat, .abusive, "te|los|les ~1 mato|quemo|parto|exploto|rompo"),
        rule(.threat, .abusive, "te|los|les|you ~1 voy|vamos ~1 a ~1 dar|meter|caer|entrar ~1 a? ~2 HARM"),
        rule(.threat, .abusive, "kill|shoot|stab|hurt ~1 you|u|them|everyone|all"),
        rule(.threat, .abusive, "se|sabemos|know ~1 donde|where ~1 vives|viven|trabajas|vive|live|you"),
        rule(.threat, .abusive, "bomba|bomb ~~6 PLACE"),
    ]
}
