import OKLAStore
import Testing

@Suite("Make and model keys")
struct MatchKeyTests {
    @Test("names compare without case, accents, spaces or dashes, whether plain ASCII or not", arguments: [
        ("CR-V", "crv"), ("Cr V", "crv"), ("Mercedes-Benz", "mercedesbenz"), ("Peugeot 2008", "peugeot2008"),
        ("Citroën", "citroen"), ("Škoda Octavia", "skodaoctavia"), ("X5 xDrive40i", "x5xdrive40i"),
    ])
    func keys(name: String, key: String) {
        #expect(matchKey(name) == key)
    }
}
