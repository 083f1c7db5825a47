import Foundation
import HTTPTypes
import Hummingbird
import OKLACore
import OKLAEngine

/// A JSON response of any Encodable value, dates as ISO 8601.
struct JSONBody<Value: Encodable & Sendable>: ResponseGenerator {
    var value: Value
    var status: HTTPResponse.Status = .ok

    init(_ value: Value, status: HTTPResponse.Status = .ok) {
        self.value = value
        self.status = status
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try CompactJSONEncoder.okla.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

extension Request {
    /// The body as JSON of `T`, with a clear 400 when it is not.
    func json<T: Decodable>(_ type: T.Type, limit: Int = 64 * 1024) async throws -> T {
        let buffer = try await body.collect(upTo: limit)
        do {
            return try JSONDecoder.okla.decode(T.self, from: Data(buffer.readableBytesView))
        } catch let error as DecodingError {
            throw APIError(status: .badRequest, code: "bad_request", message: Self.describe(error))
        }
    }

    /// The body as a loosely typed JSON object, for records validated field by field.
    func jsonObject(limit: Int = 64 * 1024) async throws -> [String: Any] {
        let buffer = try await body.collect(upTo: limit)
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView)) as? [String: Any] else {
            throw APIError(status: .badRequest, code: "bad_request", message: "El cuerpo debe ser un objeto JSON")
        }
        return object
    }

    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "Falta el campo \(key.stringValue)"
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            "El campo \(c.codingPath.map(\.stringValue).joined(separator: ".")) tiene un tipo inválido"
        case .dataCorrupted(let c):
            c.codingPath.isEmpty ? "El cuerpo no es JSON válido" : "Valor inválido en \(c.codingPath.map(\.stringValue).joined(separator: "."))"
        @unknown default: "El cuerpo JSON no tiene la forma esperada"
        }
    }
}
