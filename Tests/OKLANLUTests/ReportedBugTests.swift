import Testing
import OKLACore
import OKLANLU

/// Entity and intent mistakes found by other evaluations, one test each.
@Suite("Fixing reported misreadings")
struct ReportedBugTests {
    @Test("an older-than phrase sets only year_max", arguments: [
        ("del 2016 pa atras", 2016), ("del 2010 pa tras", 2010), ("2015 o menos", 2015), ("hasta el 2018", 2018),
        ("yipeta del 2012 para atrás", 2012), ("una corolla 2014 o antes", 2014),
    ])
    func olderThanIsYearMax(text: String, year: Int) {
        let entities = Fixtures.entities(text)
        #expect(entities.yearMax == year)
        #expect(entities.yearMin == nil)
    }

    @Test("a newer-than phrase still sets only year_min")
    func newerThanIsYearMin() {
        let entities = Fixtures.entities("del 2018 pa rriba")
        #expect(entities.yearMin == 2018)
        #expect(entities.yearMax == nil)
    }

    @Test("recognises makes the dealers do not stock, so a search finds nothing rather than everything", arguments: [
        ("busco un ferrari", "Ferrari"), ("tienen lamborghini?", "Lamborghini"), ("un tesla model y", "Tesla"),
        ("quiero un porsche", "Porsche"), ("algun maserati?", "Maserati"), ("un bentley", "Bentley"),
        ("venden rolls royce?", "Rolls-Royce"), ("mclaren usado", "McLaren"), ("un bugatti", "Bugatti"),
        ("tienen alfa romeo?", "Alfa Romeo"), ("busco un jaguar", "Jaguar"), ("una range rover", "Land Rover"),
        ("un mini cooper", "Mini"), ("busco un mini 2018", "Mini"), ("volvo xc90", "Volvo"), ("peugeot 3008", "Peugeot"),
        ("un renault duster", "Renault"), ("fiat", "Fiat"), ("subaru forester", "Subaru"), ("mazda cx5", "Mazda"),
        ("una ssangyong", "SsangYong"), ("un buick", "Buick"), ("una chery tiggo 7", "Chery"), ("geely coolray", "Geely"),
        ("una haval", "Haval"), ("great wall", "Great Wall"), ("un byd", "BYD"), ("una mg zs", "MG"),
        ("harley davidson", "Harley-Davidson"), ("un citroen", "Citroën"),
    ])
    func recognisesMake(text: String, make: String) {
        #expect(Fixtures.entities(text).make == make)
    }

    @Test("reads 'mini' before a vehicle word as an adjective, not the make")
    func miniAsAdjective() {
        #expect(Fixtures.entities("una mini van pa la familia") == Entities(bodyType: .minivan))
        #expect(Fixtures.entities("tienen alguna mini yipeta?").make == nil)
        #expect(Fixtures.entities("tienen alguna mini yipeta?").bodyType == .suv)
    }

    @Test("does not turn everyday words into the rarer makes")
    func rareMakesAreNotSpellingTargets() {
        #expect(Fixtures.entities("es comoda la yipeta?").make == nil)
        #expect(Fixtures.parser.understand("es comoda la yipeta?").normalizedText == "es comoda la yipeta")
    }

    @Test("reads 'casi nuevo' and 'como nuevo' as used, never new", arguments: [
        "una yipeta casi nueva", "un corolla casi nuevo", "busco un carro como nuevo", "algo como nueva pa mi esposa",
    ])
    func almostNewIsUsed(text: String) {
        #expect(Fixtures.entities(text).condition == .used)
    }

    @Test("a bare criterion after a search changes the search", arguments: [
        ("y mecanicos?", Entities(transmission: .manual)), ("y automaticas?", Entities(transmission: .automatic)),
        ("y de gasolina?", Entities(fuel: .gasoline)), ("y en diesel?", Entities(fuel: .diesel)),
    ])
    func followUpCriterionIsSearch(text: String, entities: Entities) {
        let result = Fixtures.parser.parse(text)
        #expect(result.intent == .vehicleSearch)
        #expect(result.entities == entities)
    }

    @Test("asking what one vehicle is, is a question about its details", arguments: [
        "ese fit es mecanico?", "ese corolla es de gas?",
    ])
    func attributeOfOneVehicleIsDetails(text: String) {
        #expect(Fixtures.parser.parse(text).intent == .vehicleDetails)
    }

    @Test("keeps the accents and the ñ of the buyer's name")
    func nameKeepsAccents() {
        #expect(Fixtures.parser.understand("me llamo Luis Peña").name == "Luis Peña")
        #expect(Fixtures.parser.understand("mi nombre es josé ramón núñez, mi cel es 809-555-1234").name == "José Ramón Núñez")
        #expect(Fixtures.parser.understand("Me llamo Juan Carlos").name == "Juan Carlos")
    }

    @Test("reads the first option of 'X o Y'")
    func firstOptionOfAlternatives() {
        #expect(Fixtures.entities("honda civic o accord") == Entities(make: "Honda", model: "Civic"))
        #expect(Fixtures.entities("hibrido o electrico") == Entities(fuel: .hybrid))
        #expect(Fixtures.entities("una rav4 o una crv") == Entities(make: "Toyota", model: "RAV4"))
    }

    @Test("a bound after a bare number makes it money, and two-digit ranges keep their century", arguments: [
        ("yipetas de 1.3 pa bajo", Entities(bodyType: .suv, priceMax: 1_300_000, currency: .DOP)),
        ("dejamela en 950 y voy hoy", Entities(priceMax: 950_000, currency: .DOP)),
        ("algo de 400 o 500 mil", Entities(priceMin: 400_000, priceMax: 500_000, currency: .DOP)),
        ("busco un civic del 15 al 18", Entities(make: "Honda", model: "Civic", yearMin: 2015, yearMax: 2018)),
        ("diferencias entre la 2019 y la 2021", Entities(yearMin: 2019, yearMax: 2021)),
        ("algun kia sportage del 2020 pa ca", Entities(make: "Kia", model: "Sportage", yearMin: 2020)),
    ])
    func shorthandAmountsAndYears(text: String, entities: Entities) {
        #expect(Fixtures.entities(text) == entities)
    }

    @Test("money that is not the vehicle's price, and numbers that are not years", arguments: [
        "hay manera de q me la separen con 20 mil?", "me aprueban con 40 mil de sueldo?", "el inicial es del 20 o del 30%?",
    ])
    func notPriceNorYear(text: String) {
        #expect(Fixtures.entities(text) == Entities())
    }

    @Test("reads each word as the thing it names here", arguments: [
        ("jeepeta de 7 asientos automatica", Entities(bodyType: .suv, transmission: .automatic, seatsMin: 7)),
        ("tiene los 4 cristales electricos?", Entities()),
        ("tiene las 4 gomas nuevas?", Entities()),
        ("tiene algun problema mecanico?", Entities()),
        ("cuanto cuesta el motor yamaha?", Entities(bodyType: .motorcycle, make: "Yamaha")),
        ("looking for something cheap, automatic, good on gas", Entities(transmission: .automatic)),
        ("i want to talk to an agent please", Entities()),
        ("hey bro u got any jeeps under 20k usd?", Entities(make: "Jeep", priceMax: 20_000, currency: .USD)),
    ])
    func wordsInContext(text: String, entities: Entities) {
        #expect(Fixtures.entities(text) == entities)
    }

    @Test("asking the dealer's hours is not asking the time")
    func dealerHoursAreNotTheTime() {
        #expect(Fixtures.parser.parse("a q hora es q abren en semana").intent == .dealerInfo)
    }
}
