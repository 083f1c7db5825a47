import Testing
import OKLANLU

@Suite("Reading details for the engine")
struct DetailTests {
    @Test("reads the buyer's name, up to the next field")
    func readsName() {
        #expect(Fixtures.parser.understand("Me llamo Juan Carlos, mi cel es 809-555-1234").name == "Juan Carlos")
        #expect(Fixtures.parser.understand("mi nombre es Yokasta Rosario. Tel: 8495558181").name == "Yokasta Rosario")
        #expect(Fixtures.parser.understand("soy de Santiago").name == nil)
    }

    @Test("reads a colour and a pointer into a list")
    func readsColorAndOrdinal() {
        let understanding = Fixtures.parser.understand("me gusta la segunda, la blanca")
        #expect(understanding.color == "blanco")
        #expect(understanding.ordinal == 2)
        #expect(Fixtures.parser.understand("una camioneta de segunda").ordinal == nil)
        #expect(Fixtures.parser.understand("mandame fotos de la ultima").ordinal == -1)
    }
}
