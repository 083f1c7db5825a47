import OKLACore

/// A bound value of a query both SQL dialects understand.
public enum SQLValue: Sendable, Equatable {
    case text(String)
    case int(Int)
    case double(Double)
}

/// Arguments of one statement, bound as the SQL is written.
public struct SQLArguments: Sendable {
    public private(set) var values: [SQLValue] = []
    /// The dialect's placeholder for the n-th (1-based) argument.
    let placeholder: @Sendable (Int) -> String

    public init(placeholder: @escaping @Sendable (Int) -> String) {
        self.placeholder = placeholder
    }

    /// Adds a value and returns its placeholder. SQLite's positional placeholders cannot repeat
    /// an argument, so a value used twice is bound twice.
    public mutating func bind(_ value: SQLValue) -> String {
        values.append(value)
        return placeholder(values.count)
    }
}

/// The inventory filters both stores run, written once. Columns: see each store's migrations.
public enum VehicleSQL {
    /// The hard filters of `query` as one SQL condition over the `vehicle` table.
    public static func conditions(_ query: VehicleQuery, _ arguments: inout SQLArguments) -> String {
        let f = query.filters
        var conditions = ["dealer_id = \(arguments.bind(.text(query.dealerId)))"]
        conditions.append("status IN (\(query.statuses.map { arguments.bind(.text($0.rawValue)) }.joined(separator: ", ")))")
        if !query.excludedIds.isEmpty {
            conditions.append("vehicle_id NOT IN (\(query.excludedIds.map { arguments.bind(.text($0)) }.joined(separator: ", ")))")
        }
        if let make = f.make { conditions.append("make_key = \(arguments.bind(.text(matchKey(make))))") }
        if let model = f.model {
            // "Civic" also finds "Civic Type R"; the reverse would let "Land Cruiser Prado" find a Land Cruiser 300.
            conditions.append("model_key LIKE \(arguments.bind(.text("%\(matchKey(model))%")))")
        }
        if let v = f.bodyType { conditions.append("body_type = \(arguments.bind(.text(v.rawValue)))") }
        if let v = f.transmission { conditions.append("transmission = \(arguments.bind(.text(v.rawValue)))") }
        if let v = f.fuel { conditions.append("fuel = \(arguments.bind(.text(v.rawValue)))") }
        if let v = f.condition { conditions.append("condition = \(arguments.bind(.text(v.rawValue)))") }
        if let v = f.yearMin { conditions.append("year >= \(arguments.bind(.int(v)))") }
        if let v = f.yearMax { conditions.append("year <= \(arguments.bind(.int(v)))") }
        if let v = f.seatsMin { conditions.append("seats >= \(arguments.bind(.int(v)))") }
        let bounds = query.priceBoundsDOP
        if let min = bounds.min { conditions.append("\(pesos(query, &arguments)) >= \(arguments.bind(.double(min)))") }
        if let max = bounds.max { conditions.append("\(pesos(query, &arguments)) <= \(arguments.bind(.double(max)))") }
        return conditions.joined(separator: " AND ")
    }

    /// The price in pesos, whatever the listing's currency.
    static func pesos(_ query: VehicleQuery, _ arguments: inout SQLArguments) -> String {
        "(CASE WHEN currency = 'USD' THEN price * \(arguments.bind(.double(query.pesosPerDollar))) ELSE price END)"
    }

    /// The structured search: bodies of the vehicles passing the filters, in the query's order.
    public static func search(_ query: VehicleQuery, body: String = "body", placeholder: @escaping @Sendable (Int) -> String) -> (String, [SQLValue]) {
        var arguments = SQLArguments(placeholder: placeholder)
        let conditions = conditions(query, &arguments)
        let order = switch query.order {
        case .newestFirst: "year DESC, \(pesos(query, &arguments)) ASC"
        case .cheapestFirst: "\(pesos(query, &arguments)) ASC, year DESC"
        }
        let sql = """
            SELECT \(body) FROM vehicle WHERE \(conditions)
            ORDER BY \(order), vehicle_id LIMIT \(arguments.bind(.int(query.limit)))
            """
        return (sql, arguments.values)
    }
}
