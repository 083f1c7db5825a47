import Hummingbird
import OKLAEngine

/// Limits the chat API's writes per client address, before any work is done for them. Reads
/// (health checks from a load balancer, transcripts) are not counted.
struct AddressRateLimit<Context: RemoteAddressRequestContext>: RouterMiddleware {
    let limiter: RateLimiter
    let trustForwardedFor: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .post else { return try await next(request, context) }
        let forwarded = trustForwardedFor
            ? request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
            : nil
        if let address = forwarded ?? context.remoteAddress?.ipAddress {
            try await limiter.admit(.address, address)
        }
        return try await next(request, context)
    }
}
