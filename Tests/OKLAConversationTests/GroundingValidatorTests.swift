import OKLACore
@testable import OKLAEngine
import OKLANLU
import Testing

@Suite("Grounding of model-written replies")
struct GroundingValidatorTests {
    static let rav4 = Vehicle(
        vehicleId: "MDC-0007", dealerId: "d", make: "Toyota", model: "RAV4", year: 2021, price: 1_950_000, mileageKm: 45_000)
    static let prado = Vehicle(vehicleId: "MDC-0010", dealerId: "d", make: "Toyota", model: "Land Cruiser Prado", year: 2019, price: 3_400_000)
    static let facts = GroundingValidator.Facts(vehicles: [rav4, prado])
    static let parser = try! NLUParser()

    static func violations(_ reply: String) -> [GroundingValidator.Violation] {
        let validator = GroundingValidator()
        return validator.violations(in: reply, facts: facts)
            + validator.unknownVehicles(in: reply, facts: facts, names: parser.vehicleNames(in: reply))
    }

    @Test("a listing's own price passes however it is written", arguments: [
        "La RAV4 está en RD$1,950,000.", "Te la dejo en 1,950,000 pesos.", "Cuesta 1.95 millones.", "Son RD$ 1.950.000 nada más.", "Precio: RD$1,950,000.00.",
        "La Prado sale en 3.4 millones y tiene 2019.", "La RAV4 2021 tiene 45,000 km.", "La RAV4 tiene 45 mil km.",
    ])
    func realFigures(reply: String) {
        #expect(Self.violations(reply).isEmpty, "\(Self.violations(reply))")
    }

    @Test("an invented price, year or mileage is caught however it is written", arguments: [
        "La RAV4 está en RD$1,850,000.", "Te la dejo en 1,900,000 pesos.", "Cuesta 1.8 millones.", "Con 2 palos te la llevas.",
        "Son 800 mil de inicial y listo.", "Es del 2023.", "Tiene apenas 12,000 km.", "Tiene apenas 12 mil km.", "Sale en US$30,000.",
        "Cuesta RD$" + String(repeating: "9", count: 400) + " y tiene " + String(repeating: "1", count: 400) + " km.",
    ])
    func inventedFigures(reply: String) {
        #expect(!Self.violations(reply).isEmpty)
    }

    @Test("a make, model or listing id the dealer does not have is caught", arguments: [
        "Te recomiendo el Ferrari 488.", "Tenemos una Honda CR-V bien cuidada.", "Mira la unidad MDC-9999.", "También hay un Toyota Corolla.",
    ])
    func inventedVehicles(reply: String) {
        #expect(!Self.violations(reply).isEmpty)
    }

    @Test("the dealer's own vehicles pass by make, model, part of a model's name and id")
    func knownVehicles() {
        #expect(Self.violations("La Toyota RAV4 (MDC-0007) y la Prado son buenas opciones.").isEmpty)
    }

    @Test("the text of the reply field is read out of JSON while it is still arriving, escapes included")
    func responseFieldReader() {
        let json = #"{"intent":"greeting","leadSignals":{"response":"no"},"functionCall":null,"response":"¡Hola! \"Carla\" aquí.\nÑoño \u00e9 \ud83d\ude97 fin"}"#
        var reader = ResponseFieldReader()
        var text = ""
        for ch in json { text += reader.feed(String(ch)) }
        #expect(text == "¡Hola! \"Carla\" aquí.\nÑoño é 🚗 fin")
        #expect(reader.finished)
        #expect(reader.prefix.hasSuffix(#""functionCall":null,"response":"#))
    }

    @Test("streamed text is released a whole sentence at a time, and a decimal point ends nothing")
    func sentences() {
        var gate = SentenceGate()
        #expect(gate.add("¡Hola! Cuesta 1.5 mill").isEmpty == false)
        #expect(gate.add("ones. Ven") == ["Cuesta 1.5 millones. "])
        #expect(gate.finish() == "Ven")
    }
}
