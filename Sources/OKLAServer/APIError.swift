import Foundation
import HTTPTypes
import Hummingbird
import OKLACore

/// Every error leaves the API as one JSON body, `{"error": {"code", "message"}}`, with the
/// status that fits; internal details are logged, never sent.
struct APIError: HTTPResponseError {
    var status: HTTPResponse.Status
    var code: String
    var message: String
    var retryAfter: Int?

    init(_ error: OKLAError) {
        code = error.code.rawValue
        message = error.message
        retryAfter = error.retryAfter
        status = switch error.code {
        case .badRequest: .badRequest
        case .validation: .unprocessableContent
        case .unauthorized: .unauthorized
        case .forbidden: .forbidden
        case .notFound: .notFound
        case .conflict, .sessionEnded: .conflict
        case .rateLimited: .tooManyRequests
        case .unavailable: .serviceUnavailable
        default: .internalServerError
        }
    }

    init(status: HTTPResponse.Status, code: String, message: String) {
        self.status = status
        self.code = code
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try JSONEncoder().encode(ErrorBody(error: .init(code: code, message: message)))
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let retryAfter { headers[.retryAfter] = String(retryAfter) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Maps whatever a handler threw to an `APIError`.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            throw error
        } catch let error as OKLAError {
            throw APIError(error)
        } catch let error as HTTPError {
            let code = switch error.status {
            case .notFound: "not_found"
            case .methodNotAllowed: "method_not_allowed"
            case .contentTooLarge: "payload_too_large"
            default: "bad_request"
            }
            let message = error.status == .notFound ? "Ruta no encontrada" : (error.body ?? error.status.reasonPhrase)
            throw APIError(status: error.status, code: code, message: message)
        } catch {
            context.logger.error("Unhandled error", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            throw APIError(status: .internalServerError, code: "internal", message: "Error interno; intenta de nuevo")
        }
    }
}

struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var code: String
        var message: String
    }
    var error: Detail
}
