import Foundation
import OKLACore

/// Reads a dealer from an import file; opening hours are parsed into a weekly schedule.
public enum DealerRecordParser {
    public static func parse(_ record: [String: Any], row: Int) -> Result<Dealer, VehicleRecordParser.IssueList> {
        let s = VehicleRecordParser.string
        var issues: [ImportIssue] = []
        guard let id = s(record["dealerId"]), let name = s(record["name"]) else {
            issues.append(ImportIssue(row: row, vehicleId: nil, field: record["dealerId"] == nil ? "dealerId" : "name", message: "es obligatorio"))
            return .failure(.init(issues: issues))
        }
        var dealer = Dealer(
            dealerId: id, name: name, address: s(record["address"]), city: s(record["city"]),
            phone: s(record["phone"]), whatsapp: s(record["whatsapp"]), email: s(record["email"]),
            hours: s(record["hours"]), botName: s(record["botName"]) ?? "OKLA Bot", greeting: s(record["greeting"]),
            warranty: s(record["warranty"])
        )
        if let url = s(record["webhookUrl"]) {
            guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                issues.append(ImportIssue(row: row, vehicleId: nil, field: "webhookUrl", message: "debe ser una URL http(s)"))
                return .failure(.init(issues: issues))
            }
            guard let secret = s(record["webhookSecret"]), secret.count >= 16 else {
                issues.append(ImportIssue(row: row, vehicleId: nil, field: "webhookSecret", message: "es obligatorio con webhookUrl (16 caracteres o más)"))
                return .failure(.init(issues: issues))
            }
            dealer.webhookUrl = url
            dealer.webhookSecret = secret
        }
        dealer.schedule = dealer.hours.map(HoursParser.parse)
        if let replies = record["quickReplies"] as? [[String: Any]] {
            dealer.quickReplies = replies.compactMap { r in
                guard let q = s(r["question"]), let a = s(r["answer"]) else { return nil }
                return QuickReply(question: q, answer: a)
            }
        }
        if let threshold = record["handoffThreshold"] {
            if let t = VehicleRecordParser.integer(threshold), (0...100).contains(t) {
                dealer.handoffThreshold = t
            } else {
                issues.append(ImportIssue(row: row, vehicleId: nil, field: "handoffThreshold", message: "debe ser un entero de 0 a 100"))
            }
        }
        if let f = record["financing"] as? [String: Any] {
            let n = VehicleRecordParser.number
            if let rate = n(f["annualRatePercent"]), (0...60).contains(rate) { dealer.financing.annualRatePercent = rate }
            if let term = VehicleRecordParser.integer(f["maxTermMonths"]), (1...120).contains(term) { dealer.financing.maxTermMonths = term }
            if let down = n(f["minDownPaymentPercent"]), (0...100).contains(down) { dealer.financing.minDownPaymentPercent = down }
        }
        return issues.isEmpty ? .success(dealer) : .failure(.init(issues: issues))
    }
}
