import OKLACore
import Testing

@Suite("Opening hours")
struct HoursParserTests {
    @Test("the hours dealers write become a weekly schedule")
    func dominicanHours() {
        let s = HoursParser.parse("Lunes a viernes 8:00 a.m. – 6:00 p.m.; sábados 8:30 a.m. – 2:00 p.m.; domingos cerrado")
        #expect(s.unparsed.isEmpty)
        #expect(s.days[0] == [OpeningInterval(opens: 480, closes: 1080)])
        #expect(s.days[4] == [OpeningInterval(opens: 480, closes: 1080)])
        #expect(s.days[5] == [OpeningInterval(opens: 510, closes: 840)])
        #expect(s.days[6].isEmpty)
    }

    @Test("abbreviated hours without a.m./p.m. read as a dealer means them")
    func shortHours() {
        let s = HoursParser.parse("L-V 9am a 7pm, Sáb 9am-3pm")
        #expect(s.unparsed.isEmpty)
        #expect(s.days[2] == [OpeningInterval(opens: 540, closes: 1140)])
        #expect(s.days[5] == [OpeningInterval(opens: 540, closes: 900)])
        #expect(HoursParser.parse("Lunes a sábado de 8 a 5").days[5] == [OpeningInterval(opens: 480, closes: 1020)])
    }

    @Test("what cannot be read is reported, not guessed")
    func unparsed() {
        let s = HoursParser.parse("Lunes a viernes 8:00 a.m. – 6:00 p.m.; feriados según anuncio")
        #expect(s.unparsed == ["feriados según anuncio"])
        #expect(s.days[5].isEmpty)
    }
}
