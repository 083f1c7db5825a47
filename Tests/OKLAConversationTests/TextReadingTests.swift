import Foundation
import OKLACore
@testable import OKLAEngine
import Testing

/// The hand-written readers that replaced Foundation folding and regexes on the turn's path.
@Suite("Reading text without Foundation or regexes") struct TextReadingTests {
    @Test("folding gives what Foundation's diacritic- and case-insensitive folding gives", arguments: [
        "Klk, TIENEN una YIPETA automática?", "Ñandú árbol ÜBER ça", "¿Qué tal? ¡Dímelo! «ok» — 👍🏽🚗",
        "e\u{301}le\u{301}ctrico", "Straße ǅ ŉ", "Ωmega 中文 ﬁn", "",
    ])
    func foldingMatchesFoundation(text: String) {
        #expect(text.folded == text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil))
    }

    @Test("a time of day is read where a buyer writes one", arguments: [
        ("manana a las 3", 15 * 60), ("el sabado a las 10 de la manana", 10 * 60), ("hoy 4pm", 16 * 60),
        ("a las 4 p. m.", 16 * 60), ("a las 9 a.m", 9 * 60), ("a la 1", 13 * 60), ("tipo 10:30", 10 * 60 + 30),
        ("a las 11 y media", 11 * 60 + 30), ("a las 8 y cuarto de la noche", 20 * 60 + 15), ("despues de la 2", 14 * 60),
    ])
    func clockIsRead(text: String, minute: Int) {
        #expect(AppointmentSlot.clockMinute(text) == minute)
    }

    @Test("numbers that are no time of day are not read as one", arguments: [
        "muestrame la 2", "del 2020 pa rriba", "1.5 am", "de 800 mil", "la rav4 a las", "tiene 25 km", "las 99:30",
    ])
    func noClock(text: String) {
        #expect(AppointmentSlot.clockMinute(text) == nil)
    }
}
