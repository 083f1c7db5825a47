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
        self.months = max(6, min(Self.term(in: text) ?? min(60, terms.maxTermMonths), terms.maxTermMonths))
    }

    /// "a 48 meses" → 48, "4 años" → 48: a number followed by the word, months first. Words,
    /// not a regex: this runs on every financing turn.
    static func term(in text: String) -> Int? {
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        let pairs = zip(words, words.dropFirst()).compactMap { word, next in Int(word).map { ($0, next) } }
        if let (n, _) = pairs.first(where: { $0.0 < 1000 && $0.1.hasPrefix("mes") }) { return n }
        if let (n, _) = pairs.first(where: { $0.0 < 100 && ($0.1.hasPrefix("año") || $0.1.hasPrefix("ano")) }) { return n * 12 }
        return nil
    }
}
