/// Removes Dominican cédulas, payment card numbers and bank account numbers from a message
/// before it is stored, logged or sent to an LLM.
///
/// What stays: phone numbers (an 11-digit WhatsApp number starting 1809, 1829 or 1849 is a
/// phone, not a cédula), e-mails, prices ("RD$1,950,000", "1.5M", "2 palos"), years,
/// mileage, plates ("A123456", "AB12345"), VINs, RNCs and order numbers. A long number is
/// only taken for an account when the buyer introduces it as one ("mi cuenta …",
/// "cta. de ahorros …"), since bare 9–10 digit numbers are usually phones or references.
public struct PIIRedactor: Sendable {
    public init() {}

    public func redact(_ text: String) -> PIIRedaction {
        let fold = OffsetFold(text)
        var found: [(range: Range<Int>, kind: PIIFinding.Kind)] = DominicanIBAN.ranges(in: fold.bytes).map { ($0, .bankAccount) }
        for cluster in DigitCluster.scan(fold.bytes) where !found.contains(where: { $0.range.overlaps(cluster.range) }) {
            let context = PIIContext.before(cluster.range.lowerBound, in: fold.bytes)
            for match in NumberShape.matches(in: cluster, bytes: fold.bytes, context: context) {
                if let kind = match.kind { found.append((match.range, kind)) }
            }
        }
        guard !found.isEmpty else { return PIIRedaction(text: text, findings: []) }
        found.sort { $0.range.lowerBound < $1.range.lowerBound }

        let utf8 = text.utf8
        var output = ""
        output.reserveCapacity(utf8.count)
        var findings: [PIIFinding] = []
        var copied = utf8.startIndex
        var copiedOffset = 0
        for (range, kind) in found {
            // Walk forward from the last cut instead of from the start each time.
            let offsets = fold.originalOffsets(range)
            let lower = utf8.index(copied, offsetBy: offsets.lowerBound - copiedOffset)
            let upper = utf8.index(lower, offsetBy: offsets.count)
            output += text[copied..<lower]
            output += kind.placeholder
            findings.append(PIIFinding(kind: kind, range: lower..<upper))
            copied = upper
            copiedOffset = offsets.upperBound
        }
        output += text[copied...]
        return PIIRedaction(text: output, findings: findings)
    }

    /// For logs: redacts like `redact`, then also masks phone numbers ("809-***-**34") and
    /// e-mail addresses ("j***@gmail.com"), which chats need but logs do not.
    public func maskForLogs(_ text: String) -> String {
        ContactMasker.mask(redact(text).text)
    }
}
