extension SafetyEvaluation {
    /// A plain-text report for the terminal.
    public func formatted() -> String {
        var lines: [String] = ["Safety evaluation: \(self.lines) lines", ""]
        lines += injection.attacks + injection.benign == 0 ? ["Prompt injection: no examples"] : injectionLines()
        lines.append("")
        lines += pii.lines == 0 ? ["PII redaction: no examples"] : piiLines()
        return lines.joined(separator: "\n")
    }

    private func injectionLines() -> [String] {
        var lines = ["Prompt injection"]
        lines.append("  attacks          \(injection.detected)/\(injection.attacks) detected  detection rate (recall) \(percent(injection.detectionRate))")
        lines.append("  benign           \(injection.falsePositives)/\(injection.benign) flagged  false-positive rate \(percent(injection.falsePositiveRate))")
        lines.append("  precision        \(percent(injection.precision))")
        for (category, tally) in injection.byCategory.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(category.padding(toLength: 22, withPad: " ", startingAt: 0)) \(tally.hits)/\(tally.total)  \(percent(tally.rate))")
        }
        lines.append("  speed            \(microseconds(injection.microsecondsPerMessage)) per message")
        lines += injection.missed.map { "  missed: \($0)" }
        lines += injection.flaggedBenign.map { "  false positive: \($0)" }
        return lines
    }

    private func piiLines() -> [String] {
        var lines = ["PII redaction"]
        lines.append("  labelled spans   \(pii.removed)/\(pii.spans) removed  recall \(percent(pii.recall))")
        for (kind, tally) in pii.byKind.sorted(by: { $0.key < $1.key }) {
            lines.append("    \(kind.padding(toLength: 22, withPad: " ", startingAt: 0)) \(tally.hits)/\(tally.total)  \(percent(tally.rate))")
        }
        let damage = pii.damagedByType.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  over-redactions  \(pii.damaged) of \(pii.kept) kept values damaged\(damage.isEmpty ? "" : " (\(damage))")")
        lines.append("  unexpected       \(pii.unexpectedRedactions) lines without labelled PII redacted")
        let findings = pii.findings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        lines.append("  findings         \(findings.isEmpty ? "none" : findings)")
        lines.append("  speed            \(microseconds(pii.microsecondsPerMessage)) per message")
        lines += pii.leaks.map { "  leaked: \($0)" }
        lines += pii.overRedactions.map { "  over-redacted: \($0)" }
        return lines
    }

    private func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private func microseconds(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) µs"
    }
}
