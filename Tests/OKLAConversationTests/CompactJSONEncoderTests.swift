import Foundation
import OKLACore
import OKLAEngine
import Testing

/// The encoder a chat turn writes its bodies with must write what Foundation's `JSONEncoder`
/// writes with `.withoutEscapingSlashes`: the same text for every value outside an object, and
/// the same objects (Foundation orders keys by hash, differently in every process; this
/// encoder keeps the order the type encodes them in).
@Suite("Compact JSON encoder")
struct CompactJSONEncoderTests {
    static let formats: [(CompactJSONEncoder.DateFormat, JSONEncoder.DateEncodingStrategy)] = [(.iso8601, .iso8601), (.secondsSince1970, .secondsSince1970)]

    static func both<T: Encodable>(_ value: T, _ strategy: JSONEncoder.DateEncodingStrategy, _ format: CompactJSONEncoder.DateFormat) throws -> (compact: Data, foundation: Data) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        encoder.dateEncodingStrategy = strategy
        return (try CompactJSONEncoder(dates: format).encode(value), try encoder.encode(value))
    }

    static func expectSameText<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        for (format, strategy) in formats {
            let (compact, foundation) = try both(value, strategy, format)
            #expect(String(decoding: compact, as: UTF8.self) == String(decoding: foundation, as: UTF8.self), sourceLocation: sourceLocation)
        }
    }

    /// Both texts parsed and written again with sorted keys.
    static func expectSameJSON<T: Encodable>(_ value: T, sourceLocation: SourceLocation = #_sourceLocation) throws {
        func canonical(_ data: Data) throws -> String {
            let object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed]), as: UTF8.self)
        }
        for (format, strategy) in formats {
            let (compact, foundation) = try both(value, strategy, format)
            #expect(try canonical(compact) == canonical(foundation), sourceLocation: sourceLocation)
        }
    }

    enum Shape: Codable, Equatable {
        case point
        case circle(radius: Double)
        case labelled(String, sides: Int)
    }

    struct Everything: Codable {
        var text = "Klk \"mi pana\" \\ / tab\there\nnueva línea \u{01} ñ 🚙 \u{7F}"
        var empty = ""
        var numbers: [Double] = [3.0, 0.1, 1_850_000, -2.5, 1e-7, 123_456_789.125, 0]
        var float: Float = 0.1
        var integers: [Int64] = [0, -1, .max, .min]
        var unsigned: UInt8 = 255
        var flags = [true, false]
        var missing: String? = nil
        var present: Int? = 7
        var date = Date(timeIntervalSince1970: 1_795_528_800.5)
        var data = Data([0, 1, 2, 250])
        var url = URL(string: "https://okla.com.do/v/1?x=a%20b")!
        var nested: [[String: [Int]]] = [["a": [1, 2]], [:]]
        var shapes: [Shape] = [.point, .circle(radius: 1.5), .labelled("tri", sides: 3)]
        var entities = Entities(bodyType: .suv, make: "Toyota", priceMax: 2_000_000, currency: .DOP)
        var emptyList: [String] = []
    }

    @Test("writes strings, numbers, dates, data and URLs in Foundation's words")
    func matchesFoundationText() throws {
        let text = Everything()
        try Self.expectSameText([text.text, text.empty, "/a/b/", "comillas \"dobles\""])
        try Self.expectSameText(text.numbers)
        try Self.expectSameText(text.integers)
        try Self.expectSameText([text.float])
        try Self.expectSameText([text.date])
        try Self.expectSameText(text.data)
        try Self.expectSameText([text.url])
        try Self.expectSameText([Optional("x"), nil])
        try Self.expectSameText(text.flags)
        try Self.expectSameText(42)
        try Self.expectSameText(Optional<String>.none)
        try Self.expectSameText([[String]]())
    }

    @Test("writes objects, nested containers, dictionaries and enums with the same content")
    func matchesFoundationObjects() throws {
        try Self.expectSameJSON(Everything())
        try Self.expectSameJSON(Shape.labelled("x", sides: 4))
    }

    @Test("keeps the keys in the order the type encodes them")
    func keepsEncodingOrder() throws {
        let text = String(decoding: try CompactJSONEncoder(dates: .iso8601).encode(Entities(make: "Toyota", seatsMin: 7)), as: UTF8.self)
        #expect(text.hasPrefix(#"{"body_type":null,"make":"Toyota","model":null,"#))
        #expect(text.hasSuffix(#""condition":null,"seats_min":7}"#))
    }

    @Test("a value Foundation cannot write is an error, not a broken body")
    func rejectsNonFiniteNumbers() {
        #expect(throws: EncodingError.self) { try CompactJSONEncoder(dates: .iso8601).encode([Double.nan]) }
        #expect(throws: EncodingError.self) { try CompactJSONEncoder(dates: .iso8601).encode(["x": Double.infinity]) }
    }

    @Test("every reply of a conversation over the demo inventory encodes as Foundation encodes it")
    func repliesMatchFoundation() async throws {
        let chat = try await EngineFollowUpTests.Chat.start()
        for text in [
            "Klk, busco una yipeta pa la familia de menos de dos palos", "cual es mejor, la RAV4 o la CR-V?",
            "y en cuanto me deja la primera?", "lo financian? tengo 300 mil de inicial", "puedo ir mañana a las 3?",
            "me llamo Ana, mi número es 809-555-1234", "quiero hablar con un vendedor",
        ] {
            try Self.expectSameJSON(try await chat.say(text))
        }
    }
}
