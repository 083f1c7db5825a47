import Testing
import OKLANLU

@Suite("Normalizing chat text")
struct TextNormalizerTests {
    @Test("folds case and accents and drops emojis and punctuation")
    func foldsCaseAccentsAndEmojis() {
        #expect(TextNormalizer.normalize("¿Tienen la TUCSÓN automática? 🙏🏽") == "tienen la tucson automatica")
        #expect(TextNormalizer.normalize("Mañana paso por allá!!!") == "manana paso por alla")
    }

    @Test("shrinks stretched letters but keeps Spanish doubles")
    func shrinksStretchedLetters() {
        #expect(TextNormalizer.normalize("holaaaa buenasss") == "hola buenas")
        #expect(TextNormalizer.normalize("siiii") == "si")
        #expect(TextNormalizer.normalize("el carrrro llega") == "el carro llega")
    }

    @Test("spells out chat abbreviations")
    func expandsAbbreviations() {
        #expect(TextNormalizer.normalize("q tienen pa mñn xq toy buscando") == "que tienen para manana porque estoy buscando")
        #expect(TextNormalizer.normalize("dnd tan ubicados? tmb x whatsapp") == "donde tan ubicados tambien por whatsapp")
        #expect(TextNormalizer.normalize("del 2018 pa'rriba") == "del 2018 para arriba")
        #expect(TextNormalizer.normalize("dnd kedan? kuanto kuesta") == "donde quedan cuanto cuesta")
    }

    @Test("keeps number separators, currency marks and e-mails whole")
    func keepsNumbersAndEmails() {
        #expect(TextNormalizer.normalize("RD$1,500,000 o US$25k") == "rd$ 1,500,000 o us$ 25k")
        #expect(TextNormalizer.normalize("llama al 809-555-1234") == "llama al 809-555-1234")
        #expect(TextNormalizer.normalize("Mi correo: Juan.Perez@Gmail.com.") == "mi correo juan.perez@gmail.com")
        #expect(TextNormalizer.normalize("2020+") == "2020 +")
    }

    @Test("keeps multipliers after numbers instead of reading them as chat shorthand")
    func keepsMultipliers() {
        #expect(TextNormalizer.normalize("25 k") == "25 k")
        #expect(TextNormalizer.normalize("k precio") == "que precio")
    }

    @Test("turns a thumbs-up into a word")
    func readsThumbs() {
        #expect(TextNormalizer.normalize("👍") == "ok")
        #expect(TextNormalizer.normalize("👎") == "no")
    }
}
