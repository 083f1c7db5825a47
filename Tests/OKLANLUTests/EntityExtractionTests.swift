import Testing
import OKLACore
import OKLANLU

@Suite("Reading entities")
struct EntityExtractionTests {
    @Test("reads the issue's run-on search completely")
    func readsRunOnSearch() {
        let entities = Fixtures.entities("klk manito tienen alguna yipeta automatica del 2018 pa rriba q no pase de 2 palos y medio")
        #expect(entities == Entities(bodyType: .suv, yearMin: 2018, priceMax: 2_500_000, currency: .DOP, transmission: .automatic))
    }

    @Test("maps Dominican body-type slang", arguments: [
        ("busco una jeepeta", BodyType.suv), ("tienen jipetas?", .suv), ("una crossover", .suv),
        ("camioneta doble cabina", .pickup), ("una guagua pa la iglesia", .van), ("tienen pasolas?", .motorcycle),
        ("busco un motor pa trabajar", .motorcycle), ("minivan pa la familia", .minivan), ("un coupe deportivo", .coupe),
    ])
    func mapsBodySlang(text: String, body: BodyType) {
        #expect(Fixtures.entities(text).bodyType == body)
    }

    @Test("does not read an engine or the verb 'van' as a body type")
    func avoidsFalseBodies() {
        #expect(Fixtures.entities("el motor de esa yipeta ta bueno?").bodyType == .suv)
        #expect(Fixtures.entities("q motor tiene, 4 cilindros?").bodyType == nil)
        #expect(Fixtures.entities("cuando me van a llamar").bodyType == nil)
        #expect(Fixtures.entities("me dan garantia de motor?").bodyType == nil)
        #expect(Fixtures.entities("toy buscando una pasolita").bodyType == .motorcycle)
    }

    @Test("finds make and model from aliases, misspellings and a model alone")
    func readsMakeAndModel() {
        #expect(Fixtures.entities("tienen prado 2019?") == Entities(make: "Toyota", model: "Land Cruiser Prado", yearMin: 2019, yearMax: 2019))
        #expect(Fixtures.entities("klk tienen hiunday tucsón").model == "Tucson")
        #expect(Fixtures.entities("toyta corola").make == "Toyota")
        #expect(Fixtures.entities("busco una rav 4").model == "RAV4")
        #expect(Fixtures.entities("una crv gris").model == "CR-V")
        #expect(Fixtures.entities("mercedes benz clase c").make == "Mercedes-Benz")
        #expect(Fixtures.entities("busco una wrangel").model == "Wrangler")
    }

    @Test("takes the first option when several vehicles are named")
    func takesFirstOption() {
        let entities = Fixtures.entities("q es mejor, la tucson 2020 o la sportage 2022?")
        #expect(entities.make == "Hyundai")
        #expect(entities.model == "Tucson")
        #expect(entities.yearMin == 2020 && entities.yearMax == 2020)
    }

    @Test("leaves ordinary words that look like model names alone")
    func keepsOrdinaryWords() {
        #expect(Fixtures.entities("cual es el precio final?").isEmpty)
        #expect(Fixtures.entities("me gustaria saber si entra en el parqueo").isEmpty)
        #expect(Fixtures.entities("tiene camara de reversa?").isEmpty)
        #expect(Fixtures.entities("es full?").isEmpty)
        #expect(Fixtures.entities("quiero aprender a manejar, dan clases?").isEmpty)
        #expect(Fixtures.entities("tienen un mercedes clase s?").model == "S-Class")
    }

    @Test("reads years and year ranges")
    func readsYears() {
        #expect(Fixtures.entities("corolla 2020").yearMin == 2020)
        #expect(Fixtures.entities("corolla 2020").yearMax == 2020)
        let upward = Fixtures.entities("una yipeta del 2018 pa'rriba")
        #expect(upward.yearMin == 2018 && upward.yearMax == nil)
        let range = Fixtures.entities("algo entre 2017 y 2020")
        #expect(range.yearMin == 2017 && range.yearMax == 2020)
        let dashed = Fixtures.entities("bmw x5 2017-2019")
        #expect(dashed.yearMin == 2017 && dashed.yearMax == 2019)
        let short = Fixtures.entities("un civic del 19")
        #expect(short.yearMin == 2019 && short.yearMax == 2019)
        let capped = Fixtures.entities("carros viejitos hasta 2012")
        #expect(capped.yearMin == nil && capped.yearMax == 2012)
        #expect(Fixtures.entities("que no sea antes del 2017").yearMin == 2017)
    }

    @Test("reads prices in words, slang and digits", arguments: [
        ("de menos de un palo", 1_000_000.0), ("que no pase de 2 palos y medio", 2_500_000), ("hasta 800 mil", 800_000),
        ("presupuesto de 1.5M", 1_500_000), ("hasta un millon doscientos", 1_200_000), ("medio palo maximo", 500_000),
        ("que no pase de 1.3", 1_300_000), ("por ahi de 850", 850_000), ("hasta RD$1,200,000", 1_200_000),
        ("menos de dos millones quinientos mil", 2_500_000),
    ])
    func readsPesoPrices(text: String, price: Double) {
        let entities = Fixtures.entities("busco una yipeta " + text)
        #expect(entities.priceMax == price)
        #expect(entities.currency == .DOP)
    }

    @Test("reads dollar prices", arguments: [
        ("hasta US$25k", 25_000.0), ("de 20 mil dolares", 20_000), ("menos de 30 mil verdes", 30_000), ("under 25k USD", 25_000),
    ])
    func readsDollarPrices(text: String, price: Double) {
        let entities = Fixtures.entities("una camioneta " + text)
        #expect(entities.priceMax == price)
        #expect(entities.currency == .USD)
    }

    @Test("reads price ranges and lower bounds")
    func readsPriceRanges() {
        let range = Fixtures.entities("tienen algo entre 800 mil y un palo")
        #expect(range.priceMin == 800_000 && range.priceMax == 1_000_000)
        let shorthand = Fixtures.entities("yipetas de 1 palo a 1.5")
        #expect(shorthand.priceMin == 1_000_000 && shorthand.priceMax == 1_500_000)
        let dollars = Fixtures.entities("de 25 a 30 mil dolares")
        #expect(dollars.priceMin == 25_000 && dollars.priceMax == 30_000 && dollars.currency == .USD)
        let floor = Fixtures.entities("de 3 palos pa arriba")
        #expect(floor.priceMin == 3_000_000 && floor.priceMax == nil)
    }

    @Test("does not read years, mileage, phones, terms or down payments as prices", arguments: [
        "una hilux 2019", "con menos de 50 mil km", "tiene 120 mil millas", "mi numero es 809 555 1234",
        "llamame al 829-555-4410", "cuanto la cuota a 60 meses", "tengo 300 mil de inicial", "paso a las 3",
        "le doy mi tacoma mas 500 mil", "cedula 001-1234567-8",
    ])
    func ignoresNumbersThatAreNotPrices(text: String) {
        let entities = Fixtures.entities(text)
        #expect(entities.priceMin == nil && entities.priceMax == nil && entities.currency == nil)
    }

    @Test("reads transmission, fuel and condition words with their traps")
    func readsAttributes() {
        #expect(Fixtures.entities("una camioneta de cambios").transmission == .manual)
        #expect(Fixtures.entities("yipeta mecanica").transmission == .manual)
        #expect(Fixtures.entities("puedo llevar mi mecanico?").transmission == nil)
        #expect(Fixtures.entities("carro de gas pa concho").fuel == .lpg)
        #expect(Fixtures.entities("de gasolina, no la quiero de gas").fuel == .gasoline)
        #expect(Fixtures.entities("algo que no sea de gas, diesel").fuel == .diesel)
        #expect(Fixtures.entities("un carro 0 km").condition == .new)
        #expect(Fixtures.entities("recien importada").condition == .used)
        #expect(Fixtures.entities("de segunda").condition == .used)
        #expect(Fixtures.entities("2021 o mas nueva").condition == nil)
        #expect(Fixtures.entities("las gomas tan nuevas?").condition == nil)
    }

    @Test("reads passenger counts")
    func readsSeats() {
        #expect(Fixtures.entities("yipeta pa 7 pasajeros").seatsMin == 7)
        #expect(Fixtures.entities("QUIERO UNA JEEPETA DE TRES FILAS").seatsMin == 7)
        #expect(Fixtures.entities("minivan pa 8").seatsMin == 8)
        #expect(Fixtures.entities("somos 6 en la familia").seatsMin == 6)
        #expect(Fixtures.entities("algo bien grande q quepan 8").seatsMin == 8)
    }

    @Test("rules out what the buyer negates instead of asking for it")
    func rulesOutNegations() {
        let toyota = Fixtures.parser.understand("yipeta de 7 pasajeros q no sea toyota")
        #expect(toyota.result.entities == Entities(bodyType: .suv, seatsMin: 7))
        #expect(toyota.excluded == [Entities(make: "Toyota")])
        // The budget after the name is the search's: the name is still ruled out.
        let budget = Fixtures.parser.understand("klk busco una yipeta q no sea toyota de menos de 2 palos")
        #expect(budget.excluded == [Entities(make: "Toyota")] && budget.result.entities.priceMax == 2_000_000)
        #expect(Fixtures.parser.understand("una yipeta q no sea kia ni hyundai").excluded == [Entities(make: "Kia"), Entities(make: "Hyundai")])
        #expect(Fixtures.parser.understand("no quiero la toyota rav4").excluded == [Entities(make: "Toyota", model: "RAV4")])
        #expect(Fixtures.parser.understand("algo q no sea ni yipeta ni camioneta").excluded == [Entities(bodyType: .suv), Entities(bodyType: .pickup)])
        #expect(Fixtures.parser.understand("un carrito pa mi esposa q no sabe manejar mecanico").excluded == [Entities(transmission: .manual)])
        #expect(Fixtures.parser.understand("un carro q no sea de gas").wantedText == "un carro")
        // "Muy cara" is what is unwanted, not the yipeta.
        let qualified = Fixtures.parser.understand("no quiero una yipeta muy cara")
        #expect(qualified.excluded.isEmpty && qualified.result.entities.bodyType == nil)
        // A bare "no" before a name answers a question; it rules nothing out.
        let answer = Fixtures.parser.understand("no, la toyota")
        #expect(answer.result.entities.make == "Toyota" && answer.excluded.isEmpty)
    }

    @Test("reads a mileage ceiling, in miles too, but not a mileage asked about")
    func readsMileageCeiling() {
        #expect(Fixtures.parser.understand("yipeta automatica con menos de 40 mil km").mileageMaxKm == 40_000)
        #expect(Fixtures.parser.understand("que no tenga mas de 50 mil millas").mileageMaxKm == 80_450)
        #expect(Fixtures.parser.understand("millaje menor de 60 mil").mileageMaxKm == 60_000)
        #expect(Fixtures.parser.understand("tiene 40 mil km?").mileageMaxKm == nil)
    }

    @Test("takes a colour right after an amount for money, not paint")
    func readsDollarSlangAsMoney() {
        #expect(Fixtures.parser.understand("yipeta q no pase de 30 mil verdes").color == nil)
        #expect(Fixtures.parser.understand("una yipeta verde").color == "verde")
    }
}
