import HTTPTypes
import Hummingbird
import OKLACore
import OKLAStore

/// Who is calling the dealer API: the admin, or one dealer by its API key.
enum Caller: Sendable, Equatable {
    case admin
    case dealer(String)

    /// Reads `Authorization: Bearer KEY` or `X-API-Key: KEY`.
    static func authenticate(_ request: Request, store: any ChatStore, adminKey: String?) async throws -> Caller {
        var key = request.headers[.authorization].flatMap { value -> String? in
            value.lowercased().hasPrefix("bearer ") ? String(value.dropFirst(7)).trimmingCharacters(in: .whitespaces) : nil
        }
        if key == nil, let name = HTTPField.Name("X-API-Key") { key = request.headers[name] }
        guard let key, !key.isEmpty else {
            throw OKLAError(.unauthorized, "Falta la clave de API (Authorization: Bearer …)")
        }
        if let adminKey, key == adminKey { return .admin }
        guard let dealer = try await store.dealerId(forKeyHash: DealerKey.hash(key)) else {
            throw OKLAError(.unauthorized, "Clave de API inválida")
        }
        return .dealer(dealer)
    }

    /// A dealer's key opens only that dealer's data.
    func mayAct(for dealerId: String) throws {
        if case .dealer(let own) = self, own != dealerId {
            throw OKLAError(.forbidden, "Esta clave no tiene acceso al dealer \(dealerId)")
        }
    }

    func requireAdmin() throws {
        guard self == .admin else { throw OKLAError(.forbidden, "Solo el administrador puede hacer esto") }
    }
}
