import Foundation
import OKLACore
import OKLAStore

/// Fixed-window limits per session, client address and buyer phone. What a window counts is
/// kept by a `RateCounter`: in memory for one process, in PostgreSQL across replicas.
public struct RateLimiter: Sendable {
    public enum Scope: String, Sendable {
        case session, address, phone
    }

    let counter: any RateCounter
    let limits: RateLimits
    let now: @Sendable () -> Date

    public init(counter: any RateCounter, limits: RateLimits, now: @escaping @Sendable () -> Date = { Date() }) {
        self.counter = counter
        self.limits = limits
        self.now = now
    }

    /// Counts one request for `key`; past the scope's limit it throws `rate_limited` with the
    /// seconds left in the window.
    public func admit(_ scope: Scope, _ key: String) async throws {
        let limit = limits.limit(for: scope)
        guard limit > 0 else { return }
        let window = Int64(limits.windowSeconds)
        let seconds = Int64(now().timeIntervalSince1970)
        let windowStart = seconds - seconds % window
        let hits = try await counter.hit(key: "\(scope.rawValue):\(key)", windowStart: windowStart)
        guard hits > limit else { return }
        throw OKLAError(
            .rateLimited, "Vas muy rápido 😅. Espera un momentito y vuelve a escribir.",
            retryAfter: Int(max(1, windowStart + window - seconds)))
    }
}

/// Requests allowed per window; 0 turns a limit off.
public struct RateLimits: Sendable, Equatable {
    /// Messages a session may send per window. Default 20.
    public var perSession: Int
    /// Chat API requests one client address may make per window. Default 120.
    public var perAddress: Int
    /// Messages one buyer phone number may send per window, across sessions. Default 30.
    public var perPhone: Int
    /// Window length, in seconds. Default 60.
    public var windowSeconds: Int

    public init(perSession: Int = 20, perAddress: Int = 120, perPhone: Int = 30, windowSeconds: Int = 60) {
        self.perSession = perSession
        self.perAddress = perAddress
        self.perPhone = perPhone
        self.windowSeconds = windowSeconds
    }

    func limit(for scope: RateLimiter.Scope) -> Int {
        switch scope {
        case .session: perSession
        case .address: perAddress
        case .phone: perPhone
        }
    }
}
