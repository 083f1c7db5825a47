/// An error a client can act on. `code` says what went wrong in a stable, machine-readable
/// way; `message` says it in Spanish for the people who read it (buyers and dealers).
public struct OKLAError: Error, Sendable, Equatable {
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public var rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        public static let badRequest = Code(rawValue: "bad_request")
        public static let validation = Code(rawValue: "validation_failed")
        public static let unauthorized = Code(rawValue: "unauthorized")
        public static let forbidden = Code(rawValue: "forbidden")
        public static let notFound = Code(rawValue: "not_found")
        public static let conflict = Code(rawValue: "conflict")
        public static let sessionEnded = Code(rawValue: "session_ended")
        public static let rateLimited = Code(rawValue: "rate_limited")
        public static let unavailable = Code(rawValue: "unavailable")
        public static let `internal` = Code(rawValue: "internal")
    }

    public var code: Code
    public var message: String
    /// Seconds a client should wait before retrying, for rate limits.
    public var retryAfter: Int?

    public init(_ code: Code, _ message: String, retryAfter: Int? = nil) {
        self.code = code
        self.message = message
        self.retryAfter = retryAfter
    }
}
