import Foundation

/// How the engine behaves. Every value has a default that suits a Dominican dealer.
public struct EngineConfiguration: Sendable {
    /// Pesos per US dollar, for comparing prices across currencies. Default 63 (BCRD, late 2025).
    public var pesosPerDollar: Double
    /// Vehicles shown per answer. Default 3.
    public var resultsShown: Int
    /// Dealers' local time, for appointments and opening hours. Default America/Santo_Domingo (UTC-4, no DST).
    public var timeZone: TimeZone
    /// Longest message accepted, in characters. Default 2,000.
    public var maxMessageLength: Int

    public init(
        pesosPerDollar: Double = 63, resultsShown: Int = 3,
        timeZone: TimeZone = TimeZone(identifier: "America/Santo_Domingo") ?? TimeZone(secondsFromGMT: -4 * 3600)!,
        maxMessageLength: Int = 2000
    ) {
        self.pesosPerDollar = pesosPerDollar
        self.resultsShown = resultsShown
        self.timeZone = timeZone
        self.maxMessageLength = maxMessageLength
    }
}
