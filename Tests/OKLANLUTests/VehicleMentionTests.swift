import Testing
import OKLACore
@testable import OKLANLU

@Suite("Choosing the intent of a message that names a vehicle")
struct VehicleMentionTests {
    private let intents = Intent.allCases

    private func probabilities(_ pairs: [Intent: Double]) -> [Double] {
        intents.map { pairs[$0] ?? 0 }
    }

    @Test("prefers the runner-up to out of scope when a vehicle is named")
    func prefersRunnerUpWhenVehicleNamed() {
        let scores = probabilities([.outOfScope: 0.6, .priceInquiry: 0.3, .greeting: 0.1])
        let best = NLUParser.best(scores, intents: intents, entities: Entities(bodyType: .suv))
        #expect(intents[best] == .priceInquiry)
    }

    @Test("keeps out of scope when no vehicle is named or nothing else is plausible")
    func keepsOutOfScopeOtherwise() {
        let scores = probabilities([.outOfScope: 0.6, .priceInquiry: 0.3, .greeting: 0.1])
        #expect(intents[NLUParser.best(scores, intents: intents, entities: Entities())] == .outOfScope)
        let sure = probabilities([.outOfScope: 0.98, .priceInquiry: 0.02])
        #expect(intents[NLUParser.best(sure, intents: intents, entities: Entities(make: "Toyota"))] == .outOfScope)
    }
}
