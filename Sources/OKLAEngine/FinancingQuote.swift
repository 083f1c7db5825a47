import Foundation
import OKLACore

/// A monthly payment estimate by the standard amortization formula.
struct FinancingQuote: Equatable {
    var price: Double
    var downPayment: Double
    /// What the buyer asked to put down, when they said it; less than the dealer's minimum is
    /// raised to it, and the reply says so.
    var statedDownPayment: Double?
    var months: Int
    var annualRatePercent: Double

    var downPaymentPercent: Double { price > 0 ? downPayment / price * 100 : 0 }
    var financed: Double { price - downPayment }

    var monthlyPayment: Double {
        let r = annualRatePercent / 100 / 12
        guard r > 0 else { return financed / Double(months) }
        return financed * r / (1 - pow(1 + r, -Double(months)))
    }

    /// - Parameters:
    ///   - text: the buyer's words, folded; "a 48 meses" or "4 años" chooses the term, "con 30%
    ///     de inicial" or "500 mil de inicial" the down payment.
    ///   - downPaymentPercent: what the buyer would put down, when a tool call says it.
    init(price: Double, terms: FinancingTerms, text: String, downPaymentPercent: Double? = nil) {
        self.price = price
        annualRatePercent = terms.annualRatePercent
        statedDownPayment = downPaymentPercent.map { price * $0 / 100 } ?? Self.downPayment(in: text, price: price)
        downPayment = min(price * 0.9, max(price * terms.minDownPaymentPercent / 100, statedDownPayment ?? 0)).rounded()
        self.months = max(6, min(Self.term(in: text) ?? min(60, terms.maxTermMonths), terms.maxTermMonths))
    }

    /// The down payment the buyer states: "con 30% de inicial", "el 25 por ciento de entrada",
    /// "inicial de 500 mil". Only next to a word for it: a bare "12%" may be a rate.
    static func downPayment(in folded: String, price: Double) -> Double? {
        let words = folded.split(whereSeparator: { $0.isWhitespace || ",;:?!¿¡()".contains($0) }).map(String.init)
        for (k, word) in words.enumerated() where word.hasPrefix("inicial") || ["entrada", "enganche", "pie"].contains(word) {
            let window = Array(words[max(0, k - 8)..<min(words.count, k + 6)])
            for (i, w) in window.enumerated() {
                guard let number = Double(w.hasSuffix("%") ? String(w.dropLast()) : w), number > 0, number <= 100 else { continue }
                let next = window.dropFirst(i + 1).first ?? ""
                if w.hasSuffix("%") || next == "%" || next.hasPrefix("porciento") || (next == "por" && window.dropFirst(i + 2).first == "ciento") {
                    return price * number / 100
                }
            }
            if let amount = GroundingValidator.figures(in: window.joined(separator: " ")).first(where: { $0.kind == .price }),
               amount.value > 0, Double(amount.value) < price {
                return Double(amount.value)
            }
        }
        return nil
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
