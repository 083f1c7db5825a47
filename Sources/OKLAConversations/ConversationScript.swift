import Foundation
import OKLACore
import Yams

/// A scripted conversation, written in YAML by us or by a dealer: who the buyer talks to,
/// what each side says, and what the assistant must do at each step.
///
/// ```yaml
/// name: Yipeta familiar con financiamiento
/// dealer: motores-del-caribe        # or `vehicle: <vehicleId>` for a single_vehicle chat
/// now: 2026-11-18T10:00:00-04:00    # optional: pins the clock ("mañana" is then a Thursday)
/// steps:
///   - buyer: klk busco una yipeta automatica de menos de 2 palos
///     expect:
///       intent: vehicle_search
///       vehicles: {min: 1}
///       every_vehicle: {body_type: suv, transmission: automatic, price_max: 2000000}
/// ```
public struct ConversationScript: Decodable, Sendable {
    public var name: String
    public var dealer: String?
    public var vehicle: String?
    /// WebChat (default) or WhatsApp.
    public var channel: SessionChannel?
    /// A signed-in OKLA user (`metadata.userId`); anonymous when absent.
    public var user: String?
    public var now: Date?
    public var steps: [Step]
    /// Set while the engine is known to fail this script (the text says how, see
    /// Data/conversations/ENGINE-ISSUES.md); such a script is reported apart, and a known
    /// failure that starts passing is reported too, so the mark gets removed.
    public var knownIssue: String?
    /// Where the script was read from, for reports.
    public var file: String = ""

    enum CodingKeys: String, CodingKey {
        case name, dealer, vehicle, channel, user, now, steps
        case knownIssue = "known_issue"
    }

    /// One thing that happens in the conversation, and what must be true after it.
    public struct Step: Decodable, Sendable {
        /// The buyer writes.
        public var buyer: String?
        /// A salesperson writes through the dealer API.
        public var agent: String?
        /// The salesperson gives the chat back to the bot.
        public var handBack: Bool?
        /// The buyer's client asks for a human (`/api/chat/transfer`) with this reason.
        public var transfer: String?
        /// The session ends (`/api/chat/end`).
        public var end: Bool?
        public var expect: Expectation?

        enum CodingKeys: String, CodingKey {
            case buyer, agent, transfer, end, expect
            case handBack = "hand_back"
        }

        var actionCount: Int {
            [buyer != nil, agent != nil, handBack == true, transfer != nil, end == true].filter { $0 }.count
        }
    }

    /// Reads every `.yaml`/`.yml` file of a folder (or one file), in name order.
    public static func load(from path: String) throws -> [ConversationScript] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ScriptError("No such file or folder: \(path)")
        }
        let files = isDirectory.boolValue
            ? try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { (path as NSString).appendingPathComponent($0) }
            : [path]
        return try files.map(parse(file:))
    }

    static func parse(file: String) throws -> ConversationScript {
        guard let data = FileManager.default.contents(atPath: file) else { throw ScriptError("Cannot read \(file)") }
        var script: ConversationScript
        do {
            script = try YAMLDecoder().decode(ConversationScript.self, from: data)
        } catch {
            throw ScriptError("\(file): \(error)")
        }
        script.file = file
        guard (script.dealer == nil) != (script.vehicle == nil) else {
            throw ScriptError("\(file): give exactly one of `dealer` or `vehicle`")
        }
        for (index, step) in script.steps.enumerated() where step.actionCount != 1 {
            throw ScriptError("\(file): step \(index + 1) must do exactly one of buyer, agent, hand_back, transfer, end")
        }
        return script
    }
}

public struct ScriptError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
