import Testing
@testable import OKLANLU

@Suite("Repairing misspelled request words")
struct WordRepairTests {
    // "garantia" is a target as a known word that extends the stem "garantia*".
    let repair = WordRepair(known: ["tienen", "la", "ya", "dan", "en", "los", "usados", "garantia"])

    @Test("a typo in a cue word is restored", arguments: [
        ("garanita", "garantia"), ("etlefono", "telefono"), ("venddeor", "vendedor"), ("probrala", "probarla"),
    ])
    func restoresCueWords(typo: String, word: String) {
        #expect(repair.repaired(["dan", typo]) == ["dan", word])
    }

    @Test("Spanish words and the model's own words stay as written", arguments: ["compraron", "camada", "tienen", "usados"])
    func leavesRealWords(word: String) {
        #expect(repair.repaired(["ya", word]) == ["ya", word])
    }

    @Test("a misspelled request still reaches its intent")
    func typoKeepsIntent() {
        #expect(Fixtures.parser.parse("dan garanita en los usados?").intent == .warranty)
    }
}
