import OKLASafety
import Testing

@Suite("Moderating offensive messages")
struct ModeratorTests {
    let moderator = Moderator()

    @Test("Dominican interjections and car words are clean", arguments: [
        "qué vaina, ya la vendieron?", "Coño, qué caro está eso", "Diablo, qué yipeta tan linda", "¿Los asientos son de cuero?",
        "esa yipeta es una bestia", "¿Está buena la yipeta?", "ese precio es un tiro", "mi perra viaja conmigo, ¿cabe la jaula?",
        "¿la bomba de agua es nueva?",
    ])
    func cleanTalk(_ text: String) {
        #expect(moderator.inspect(text) == ModerationVerdict(level: .clean, reasons: []))
    }

    @Test("frustration, profanity and mild insults are rude, not abusive", arguments: [
        "esto es una mierda de servicio", "ustedes son unos ladrones", "eres un inútil, bot", "mmg qué yipeta tan dura",
        "maldito tapón, voy tarde", "vete al carajo", "this is bullshit", "you are useless",
    ])
    func rudeTalk(_ text: String) {
        #expect(moderator.inspect(text).level == .rude)
    }

    @Test("insults aimed at someone, slurs, sexual harassment and threats are abusive", arguments: [
        "eres un mamagüevo", "so maldito", "ese vendedor es un cuero", "el coño de tu madre", "hijo de puta", "te voy a matar",
        "voy a quemar ese dealer", "estás bien buena mami", "mándame nudes", "haitiano de mierda", "fuck you", "I will kill you",
    ])
    func abusiveTalk(_ text: String) {
        #expect(moderator.inspect(text).level == .abusive)
    }

    @Test("obfuscated spellings are still caught", arguments: [
        "m@ldito seas", "maaaaldito seas", "h1jo de put4", "m a m a g u e v o   t u", "p*ta madre tuya",
    ])
    func obfuscatedInsults(_ text: String) {
        #expect(moderator.inspect(text).level == .abusive)
    }

    @Test("reasons are listed most serious first")
    func reasonsAreOrdered() {
        #expect(moderator.inspect("maldito seas, te voy a matar").reasons == ["threat", "harassment", "profanity"])
    }
}
