import OKLACore

/// A bound value of a query both SQL dialects understand.
public enum SQLValue: Sendable, Equatable {
    case text(String)
    case int(Int)
    case double(Double)
}

/// The inventory search both stores run, written once. Columns: see each store's migrations.
public enum VehicleSQL {
    /// - Parameters:
    ///   - body: the expression that reads the JSON body as text.
    ///   - placeholder: the dialect's placeholder for the n-th (1-based) argument.
    public static func search(_ query: VehicleQuery, body: String = "body", placeholder: (Int) -> String) -> (String, [SQLValue]) {
        var arguments: [SQLValue] = []
        func bind(_ value: SQLValue) -> String {
            arguments.append(value)
            return placeholder(arguments.count)
        }
        let f = query.filters
        var conditions = ["dealer_id = \(bind(.text(query.dealerId)))"]
        conditions.append("status IN (\(query.statuses.map { bind(.text($0.rawValue)) }.joined(separator: ", ")))")
        if !query.excludedIds.isEmpty {
            conditions.append("vehicle_id NOT IN (\(query.excludedIds.map { bind(.text($0)) }.joined(separator: ", ")))")
        }
        if let make = f.make { conditions.append("make_key = \(bind(.text(matchKey(make))))") }
        if let model = f.model {
            // "Civic" also finds "Civic Type R"; the reverse would let "Land Cruiser Prado" find a Land Cruiser 300.
            let key = matchKey(model)
            conditions.append("model_key LIKE \(bind(.text("%\(key)%")))")
        }
        if let v = f.bodyType { conditions.append("body_type = \(bind(.text(v.rawValue)))") }
        if let v = f.transmission { conditions.append("transmission = \(bind(.text(v.rawValue)))") }
        if let v = f.fuel { conditions.append("fuel = \(bind(.text(v.rawValue)))") }
        if let v = f.condition { conditions.append("condition = \(bind(.text(v.rawValue)))") }
        if let v = f.yearMin { conditions.append("year >= \(bind(.int(v)))") }
        if let v = f.yearMax { conditions.append("year <= \(bind(.int(v)))") }
        if let v = f.seatsMin { conditions.append("seats >= \(bind(.int(v)))") }
        let bounds = query.priceBoundsDOP
        // Bound at each use: SQLite's positional placeholders cannot repeat an argument.
        func pesos() -> String { "(CASE WHEN currency = 'USD' THEN price * \(bind(.double(query.pesosPerDollar))) ELSE price END)" }
        if let min = bounds.min { conditions.append("\(pesos()) >= \(bind(.double(min)))") }
        if let max = bounds.max { conditions.append("\(pesos()) <= \(bind(.double(max)))") }
        let order = switch query.order {
        case .newestFirst: "year DESC, \(pesos()) ASC"
        case .cheapestFirst: "\(pesos()) ASC, year DESC"
        }
        let sql = """
            SELECT \(body) FROM vehicle WHERE \(conditions.joined(separator: " AND "))
            ORDER BY \(order), vehicle_id LIMIT \(bind(.int(query.limit)))
            """
        return (sql, arguments)
    }
}
