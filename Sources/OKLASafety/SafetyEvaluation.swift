import Foundation

/// Scores `InjectionDetector` and `PIIRedactor` on labelled examples; what
/// `okla eval safety FILE` prints.
public struct SafetyEvaluation: Sendable, Codable, Equatable {
    /// Hits out of a total, for breakdowns.
    public struct Tally: Sendable, Codable, Equatable {
        public var hits: Int
        public var total: Int

        public init(hits: Int, total: Int) {
            self.hits = hits
            self.total = total
        }

        public var rate: Double { total == 0 ? 1 : Double(hits) / Double(total) }
    }

    public struct InjectionScores: Sendable, Codable, Equatable {
        public var attacks: Int
        public var detected: Int
        public var benign: Int
        public var falsePositives: Int
        /// Detected attacks per `category` of the examples ("role_change", …).
        public var byCategory: [String: Tally]
        /// Texts of attacks that got through and benign messages that were flagged.
        public var missed: [String]
        public var flaggedBenign: [String]
        public var microsecondsPerMessage: Double

        /// Recall: share of attacks detected.
        public var detectionRate: Double { attacks == 0 ? 1 : Double(detected) / Double(attacks) }
        public var falsePositiveRate: Double { benign == 0 ? 0 : Double(falsePositives) / Double(benign) }
        public var precision: Double { detected + falsePositives == 0 ? 1 : Double(detected) / Double(detected + falsePositives) }
    }

    public struct PIIScores: Sendable, Codable, Equatable {
        /// Lines with a `pii` or `keep` list.
        public var lines: Int
        /// Labelled PII substrings, and how many no longer appear after redaction.
        public var spans: Int
        public var removed: Int
        /// Removed spans per expected kind ("cedula", "card", "bankAccount"), told by the
        /// nearest keyword before the span, else by its digit count.
        public var byKind: [String: Tally]
        /// `keep` substrings, and how many redaction damaged, per type (price, year,
        /// mileage, phone, plate, vin, email, other).
        public var kept: Int
        public var damaged: Int
        public var damagedByType: [String: Int]
        /// Findings reported by the redactor, per `PIIFinding.Kind`.
        public var findings: [String: Int]
        /// Lines without labelled PII that were redacted anyway.
        public var unexpectedRedactions: Int
        public var leaks: [String]
        public var overRedactions: [String]
        public var microsecondsPerMessage: Double

        public var recall: Double { spans == 0 ? 1 : Double(removed) / Double(spans) }
    }

    public var lines: Int
    public var injection: InjectionScores
    public var pii: PIIScores

    public static func evaluate(_ lines: [SafetyExample]) -> SafetyEvaluation {
        let detector = InjectionDetector()
        let redactor = PIIRedactor()
        let clock = ContinuousClock()

        var injection = InjectionScores(attacks: 0, detected: 0, benign: 0, falsePositives: 0, byCategory: [:], missed: [], flaggedBenign: [], microsecondsPerMessage: 0)
        var inspected = 0
        var inspectTime = Duration.zero
        for example in lines where example.kind != .pii {
            var verdict: InjectionVerdict?
            inspectTime += clock.measure { verdict = detector.inspect(example.text) }
            inspected += 1
            let flagged = verdict?.isInjection ?? false
            if example.kind == .injection {
                injection.attacks += 1
                let category = example.category ?? "uncategorized"
                injection.byCategory[category, default: Tally(hits: 0, total: 0)].total += 1
                if flagged {
                    injection.detected += 1
                    injection.byCategory[category]?.hits += 1
                } else {
                    injection.missed.append(example.text)
                }
            } else {
                injection.benign += 1
                if flagged {
                    injection.falsePositives += 1
                    injection.flaggedBenign.append(example.text)
                }
            }
        }
        injection.microsecondsPerMessage = microseconds(inspectTime, per: inspected)

        var pii = PIIScores(lines: 0, spans: 0, removed: 0, byKind: [:], kept: 0, damaged: 0, damagedByType: [:], findings: [:], unexpectedRedactions: 0, leaks: [], overRedactions: [], microsecondsPerMessage: 0)
        var redactTime = Duration.zero
        for example in lines where !example.pii.isEmpty || !example.keep.isEmpty || example.kind == .pii {
            var result: PIIRedaction?
            redactTime += clock.measure { result = redactor.redact(example.text) }
            guard let redaction = result else { continue }
            pii.lines += 1
            for finding in redaction.findings { pii.findings[finding.kind.rawValue, default: 0] += 1 }
            if example.pii.isEmpty && redaction.redacted { pii.unexpectedRedactions += 1 }
            for span in example.pii {
                pii.spans += 1
                let kind = expectedKind(of: span, in: example.text)
                pii.byKind[kind, default: Tally(hits: 0, total: 0)].total += 1
                if redaction.text.contains(span) {
                    pii.leaks.append(example.text)
                } else {
                    pii.removed += 1
                    pii.byKind[kind]?.hits += 1
                }
            }
            for span in example.keep {
                pii.kept += 1
                if !redaction.text.contains(span) {
                    pii.damaged += 1
                    pii.damagedByType[keepType(of: span), default: 0] += 1
                    pii.overRedactions.append(example.text)
                }
            }
        }
        pii.microsecondsPerMessage = microseconds(redactTime, per: pii.lines)
        return SafetyEvaluation(lines: lines.count, injection: injection, pii: pii)
    }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }

    private static func microseconds(_ duration: Duration, per count: Int) -> Double {
        guard count > 0 else { return 0 }
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) * 1e6 + Double(attoseconds) / 1e12) / Double(count)
    }

    /// The nearest of "cédula", "tarjeta" or "cuenta" (and their variants) in the 40
    /// characters before the span decides; otherwise 11 digits is a cédula, 13–19 a card.
    private static func expectedKind(of span: String, in text: String) -> String {
        if let range = text.range(of: span) {
            let before = text[..<range.lowerBound].suffix(40).lowercased()
            let cues: [(String, String)] = [
                ("cédula", "cedula"), ("cedula", "cedula"), ("ced", "cedula"), ("tarjeta", "card"), ("card", "card"), ("visa", "card"),
                ("mastercard", "card"), ("amex", "card"), ("cuenta", "bankAccount"), ("cta", "bankAccount"), ("account", "bankAccount"),
                ("acct", "bankAccount"), ("iban", "bankAccount"), ("ahorros", "bankAccount"),
            ]
            let nearest = cues.compactMap { cue, kind in before.range(of: cue, options: .backwards).map { (before.distance(from: before.startIndex, to: $0.lowerBound), kind) } }
                .max { $0.0 < $1.0 }
            if let nearest { return nearest.1 }
        }
        let digits = span.count(where: \.isNumber)
        if digits == 11 { return "cedula" }
        return (13...19).contains(digits) ? "card" : "bankAccount"
    }

    /// What kind of value a `keep` substring is, for the over-redaction breakdown.
    private static func keepType(of span: String) -> String {
        let lower = span.lowercased()
        let digits = span.count(where: \.isNumber)
        let letters = span.count(where: \.isLetter)
        if span.contains("@") { return "email" }
        if span.count == 17 && digits > 0 && letters > 0 && span.allSatisfy({ $0.isLetter || $0.isNumber }) { return "vin" }
        if letters <= 2 && letters > 0 && digits >= 5 && span.allSatisfy({ $0.isLetter || $0.isNumber }) && span.first!.isLetter { return "plate" }
        if lower.contains("km") || lower.contains("milla") { return "mileage" }
        if lower.contains("$") || lower.contains("palo") || lower.contains("mil") || lower.hasSuffix("m") || lower.hasSuffix("k") || span.contains(",") { return "price" }
        if digits == 4 && letters == 0 && (span.hasPrefix("19") || span.hasPrefix("20")) { return "year" }
        if (10...11).contains(digits) || span.hasPrefix("+") || span.hasPrefix("(") { return "phone" }
        return "other"
    }
}
