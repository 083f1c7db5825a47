import Testing
import OKLACore
import OKLANLU

/// Readings added in round 4 of issue 3 (found on development sets, not on the test split).
@Suite("Round-4 readings")
struct Round4Tests {
    @Test("a part's 'eléctrico' or the fuel a car burns is no fuel filter", arguments: [
        "las ventanas son electricas?", "el espejo abre electrico?", "cual de las dos gasta menos gasolina",
        "consume mucha gasolina?", "a como esta el galon de diesel",
    ])
    func noFuelFilter(text: String) {
        #expect(Fixtures.entities(text).fuel == nil)
    }

    @Test("an electric or hybrid vehicle is still read as one", arguments: [
        ("busco un carro electrico", Fuel.electric), ("tienen yipetas hibridas?", Fuel.hybrid),
        ("quiero una camioneta de gasolina", Fuel.gasoline),
    ])
    func fuelFilter(text: String, fuel: Fuel) {
        #expect(Fixtures.entities(text).fuel == fuel)
    }

    @Test("an engine is no motorcycle", arguments: ["el motor hibrido como funciona", "como anda de motor?"])
    func engineIsNoMotorcycle(text: String) {
        #expect(Fixtures.entities(text).bodyType == nil)
    }

    @Test("parts and supplies are not what the dealer sells", arguments: [
        "ustedes venden repuestos de toyota?", "donde consigo piezas pa un civic",
    ])
    func suppliesAreOffTopic(text: String) {
        #expect(Fixtures.parser.parse(text).intent == .outOfScope)
    }

    @Test("a trade-in still reads as one when the buyer's car has a fault", arguments: [
        "me cogen mi carro aunque tenga un golpe?", "mi yipeta tiene un detalle en la puerta, me la aceptan de inicial?",
    ])
    func tradeInWithFault(text: String) {
        #expect(Fixtures.parser.parse(text).intent == .tradeIn)
    }
}
