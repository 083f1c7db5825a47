import Foundation
import Testing
import OKLACore
import OKLANLU

@Suite("Training the intent model")
struct IntentModelTrainingTests {
    /// A small labelled set, so the test trains in seconds in a debug build.
    static let examples: [LabeledExample] = ([
        ("hola buenas", .greeting), ("klk", .greeting), ("buenos dias", .greeting), ("saludos", .greeting),
        ("tienen yipetas?", .vehicleSearch), ("busco una camioneta diesel", .vehicleSearch),
        ("quiero un carro automatico", .vehicleSearch), ("necesito una guagua", .vehicleSearch),
        ("cuanto cuesta la hilux", .priceInquiry), ("en cuanto me la deja", .priceInquiry),
        ("cual es el precio", .priceInquiry), ("que precio tiene", .priceInquiry),
        ("tiene garantia", .warranty), ("cuanto tiempo de garantia", .warranty),
        ("la garantia cubre el motor", .warranty), ("dan garantia", .warranty),
    ] as [(String, Intent)]).map { LabeledExample(text: $0.0, intent: $0.1) }

    @Test("gives byte-identical model files for the same data")
    func isDeterministic() throws {
        let settings = IntentModel.TrainingSettings(folds: 2)
        let first = try IntentModel.train(on: Self.examples, settings: settings).encoded()
        let second = try IntentModel.train(on: Self.examples, settings: settings).encoded()
        #expect(first == second)
    }

    @Test("learns its examples and survives an encode-decode round trip")
    func learnsAndRoundTrips() throws {
        let model = IntentModel.train(on: Self.examples, settings: IntentModel.TrainingSettings(folds: 2))
        let decoded = try JSONDecoder().decode(IntentModel.self, from: model.encoded())
        #expect(decoded == model)
        let parser = NLUParser(model: decoded)
        #expect(parser.parse("busco una yipeta").intent == .vehicleSearch)
        #expect(parser.parse("y la garantia?").intent == .warranty)
        #expect(model.temperature > 0)
    }

    @Test("ships a calibrated bundled model trained on the labelled set")
    func bundledModelDescribesItsTraining() throws {
        let model = try IntentModel.bundled()
        #expect(model.training.examples >= 700)
        #expect(model.intents == Intent.allCases)
        #expect(model.training.crossValidationAccuracy > 0.85)
        #expect(model.temperature > 0.1 && model.temperature < 10)
    }
}
