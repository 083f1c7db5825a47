import Foundation
import OKLACore

/// A monthly payment estimate by the standard amortization formula.
struct FinancingQuote: Equatable {
    var price: Double
    var downPayment: Double
    var downPaymentPercent: Double
    var months: Int
    var annualRatePercent: Double

    var financed: Double { price - downPayment }

    var monthlyPayment: Double {
        let r = annualRatePercent / 100 / 12
        guard r > 0 else { return financed / Double(months) }
        return financed * r / (1 - pow(1 + r, -Double(months)))
    }

    /// - Parameters:
    ///   - text: the buyer's words; "a 48 meses" or "4 años" chooses the term.
    ///   - downPaymentPercent: what the buyer would put down; never below the dealer's minimum.
    init(price: Double, terms: FinancingTerms, text: String, downPaymentPercent: Double? = nil) {
        self.price = price
        annualRatePercent = terms.annualRatePercent
        self.downPaymentPercent = min(90, max(terms.minDownPaymentPercent, downPaymentPercent ?? 0))
        downPayment = (price * self.downPaymentPercent / 100).rounded()
        var months = min(60, terms.maxTermMonths)
        if let m = text.firstMatch(of: /(\d{1,3})\s*mes/), let n = Int(m.output.1) { months = n }
        else if let m = text.firstMatch(of: /(\d{1,2})\s*a(ñ|n)o/), let n = Int(m.output.1) { months = n * 12 }
        self.months = max(6, min(months, terms.maxTermMonths))
    }
}
