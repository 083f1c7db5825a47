import OKLACore

/// The functions a model may call. Each runs against the store through the same code as the
/// engine's own turns.
public enum ModelTool: String, Codable, Sendable, CaseIterable {
    case searchInventory = "search_inventory"
    case compareVehicles = "compare_vehicles"
    case scheduleAppointment = "schedule_appointment"
    case getFinancingQuote = "get_financing_quote"
    case transferToHuman = "transfer_to_human"

    /// What a model may call in a mode: one listing needs no search or comparison.
    static func available(in mode: ChatMode) -> [ModelTool] {
        mode == .singleVehicle ? [.getFinancingQuote, .scheduleAppointment, .transferToHuman] : allCases
    }

    /// The tool an understood intent calls for, if any.
    init?(for intent: Intent) {
        switch intent {
        case .vehicleSearch: self = .searchInventory
        case .compareVehicles: self = .compareVehicles
        case .scheduleAppointment: self = .scheduleAppointment
        case .financing: self = .getFinancingQuote
        default: return nil
        }
    }
}

/// A function call as the model writes it.
struct ModelFunctionCall: Decodable, Sendable, Equatable {
    struct Arguments: Decodable, Sendable, Equatable {
        /// `search_inventory`: hard constraints, with the understanding contract's keys.
        var filters: Entities?
        /// `search_inventory`: wishes in the buyer's words ("pa la familia, que gaste poco").
        var query: String?
        var limit: Int?
        /// `compare_vehicles`.
        var vehicleIds: [String]?
        /// `schedule_appointment`, `get_financing_quote`.
        var vehicleId: String?
        /// `schedule_appointment`: day and time as the buyer said them ("mañana a las 3").
        var when: String?
        /// `get_financing_quote`.
        var downPaymentPercent: Double?
        var termMonths: Int?
        /// `transfer_to_human`: for the salesperson's briefing.
        var reason: String?
    }

    var name: ModelTool
    var arguments: Arguments
}

/// The structured turn the model answers with.
struct ModelTurn: Decodable, Sendable {
    struct Signals: Decodable, Sendable {
        var budget: Double?
        var urgency: String?
        var financing: Bool?
        var tradeIn: Bool?
    }

    var intent: String
    var confidence: Double
    var leadSignals: Signals?
    var functionCall: ModelFunctionCall?
    var response: String
}

/// The model's final reply after a tool ran.
struct ModelReply: Decodable, Sendable {
    var response: String
}
