import Foundation
import OKLACore

/// The JSON Schemas the model's output must follow. Grammar-based servers generate
/// properties in the order the schema lists them, and every property is required, so the
/// function call is decided before the reply is written and a streamed reply starts only once
/// the call is known.
enum TurnSchema {
    /// The first call: intent, signals, an optional (or required) function call, the reply.
    static func decision(tools: [ModelTool], required: ModelTool?) -> String {
        cache[key(tools, required)] ?? build(tools: tools, required: required)
    }

    /// The second call, after a tool ran: only the reply.
    static let reply = JSONValue.object([
        ("type", "object"), ("properties", .object([("response", string(maxLength: 700))])),
        ("required", .array(["response"])), ("additionalProperties", false),
    ]).serialized

    private static let cache: [String: String] = {
        var cache: [String: String] = [:]
        for mode in [ChatMode.singleVehicle, .dealerInventory] {
            let tools = ModelTool.available(in: mode)
            for required in [nil] + tools.map(Optional.some) {
                cache[key(tools, required)] = build(tools: tools, required: required)
            }
        }
        return cache
    }()

    private static func key(_ tools: [ModelTool], _ required: ModelTool?) -> String {
        tools.map(\.rawValue).joined(separator: ",") + "|" + (required?.rawValue ?? "")
    }

    private static func build(tools: [ModelTool], required: ModelTool?) -> String {
        let calls = (required.map { [$0] } ?? tools).map(function)
        return object([
            ("intent", .object([("type", "string"), ("enum", .array(Intent.allCases.map { .string($0.rawValue) }))])),
            ("confidence", number),
            ("leadSignals", object([
                ("budget", nullable(number)),
                ("urgency", nullable(string(maxLength: 40))),
                ("financing", .object([("type", "boolean")])),
                ("tradeIn", .object([("type", "boolean")])),
            ])),
            ("functionCall", required == nil ? .object([("anyOf", .array([.object([("type", "null")])] + calls))]) : calls[0]),
            ("response", string(maxLength: 450)),
        ]).serialized
    }

    private static func function(_ tool: ModelTool) -> JSONValue {
        let arguments: [(String, JSONValue)] = switch tool {
        case .searchInventory: [
            ("filters", object([
                ("body_type", enumeration(BodyType.allCases.map(\.rawValue))),
                ("make", nullable(string(maxLength: 30))), ("model", nullable(string(maxLength: 30))),
                ("year_min", nullable(integer)), ("year_max", nullable(integer)),
                ("price_max", nullable(number)), ("currency", enumeration(Currency.allCases.map(\.rawValue))),
                ("transmission", enumeration(Transmission.allCases.map(\.rawValue))),
                ("fuel", enumeration(Fuel.allCases.map(\.rawValue))), ("seats_min", nullable(integer)),
            ])),
            ("query", string(maxLength: 80)),
        ]
        case .compareVehicles: [
            ("vehicleIds", .object([("type", "array"), ("items", string(maxLength: 64)), ("minItems", 2), ("maxItems", 3)])),
        ]
        case .scheduleAppointment: [("vehicleId", nullable(string(maxLength: 64))), ("when", string(maxLength: 60))]
        case .getFinancingQuote: [
            ("vehicleId", nullable(string(maxLength: 64))), ("downPaymentPercent", nullable(number)), ("termMonths", nullable(integer)),
        ]
        case .transferToHuman: [("reason", string(maxLength: 160))]
        }
        return object([("name", .object([("const", .string(tool.rawValue))])), ("arguments", object(arguments))])
    }

    /// A closed object whose properties are all required.
    private static func object(_ properties: [(String, JSONValue)]) -> JSONValue {
        .object([
            ("type", "object"), ("properties", .object(properties)),
            ("required", .array(properties.map { .string($0.0) })), ("additionalProperties", false),
        ])
    }

    /// Every string has a length limit and every value a type, so the longest reply a
    /// schema allows fits in the tokens a call may generate.
    private static func nullable(_ schema: JSONValue) -> JSONValue {
        .object([("anyOf", .array([schema, .object([("type", "null")])]))])
    }

    private static let number = JSONValue.object([("type", "number")])
    private static let integer = JSONValue.object([("type", "integer")])

    private static func enumeration(_ values: [String]) -> JSONValue {
        .object([("enum", .array(values.map { .string($0) } + [.null]))])
    }

    private static func string(maxLength: Int) -> JSONValue {
        .object([("type", "string"), ("maxLength", .number(Double(maxLength)))])
    }
}

/// JSON whose object keys keep their order: a schema's property order is the order a
/// grammar makes the model write them in.
enum JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    case string(String), number(Double), bool(Bool), null
    case array([JSONValue])
    case object([(String, JSONValue)])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .number(Double(value)) }
    init(booleanLiteral value: Bool) { self = .bool(value) }

    var serialized: String {
        switch self {
        case .string(let s): Self.quoted(s)
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): b ? "true" : "false"
        case .null: "null"
        case .array(let items): "[" + items.map(\.serialized).joined(separator: ",") + "]"
        case .object(let pairs): "{" + pairs.map { Self.quoted($0.0) + ":" + $0.1.serialized }.joined(separator: ",") + "}"
        }
    }

    static func quoted(_ s: String) -> String {
        let data = (try? JSONEncoder().encode(s)) ?? Data("\"\"".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
