import Foundation
import OKLACore

/// The JSON both stores use for record bodies: keys in the order each record encodes them, so
/// equal records encode equally; dates as seconds since 1970.
public enum StoreCoding {
    private static let encoder = CompactJSONEncoder(dates: .secondsSince1970)

    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return try decoder.decode(type, from: Data(text.utf8))
    }
}
