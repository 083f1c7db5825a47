import OKLACore

extension EntityExtractor {
    /// One amount and what it turned out to mean.
    private struct Reading {
        enum Kind: Equatable {
            case year(Int)
            case yearRange(Int, Int)
            case price(Double)
            case priceRange(Double, Double)
            case seats(Int)
            /// A bare number with no money cue ("150", "3"): a price only if a range
            /// partner gives it a magnitude.
            case bare
            /// A down payment, a time, a term: claimed so it is not money.
            case other
            /// Kilometres (or miles), claimed like `other`.
            case mileage(Double)
        }

        var range: Range<Int>
        var mention: AmountMention?
        var kind: Kind
    }

    /// Years, prices, currency and passenger counts; returns the most kilometres the buyer
    /// accepts, when they say so ("con menos de 40 mil km").
    func readNumbers(_ tokens: [String], _ scan: inout TokenClaims, into entities: inout Entities) -> Int? {
        var readings = dashedYearRanges(tokens, scan)
        for mention in AmountReader.mentions(in: tokens, taken: scan.taken) {
            readings.append(Reading(range: mention.range, mention: mention, kind: classify(mention, tokens)))
        }
        readings.sort { $0.range.lowerBound < $1.range.lowerBound }
        readings = joinRanges(readings, tokens)

        for reading in readings {
            switch reading.kind {
            case .year, .yearRange:
                scan.claim(reading.range, mask: TokenClaims.yearMask)
            case .price, .priceRange:
                scan.claim(reading.range, mask: TokenClaims.amountMask)
            case .other, .mileage:
                let isMoney = reading.mention.map { $0.scaled || $0.currency != nil || $0.value >= 1_000 } ?? false
                scan.claim(reading.range, mask: isMoney ? TokenClaims.amountMask : nil)
            case .seats, .bare:
                scan.claim(reading.range, mask: nil)
            }
        }
        setYears(from: readings, tokens, into: &entities)
        setPrices(from: readings, tokens, into: &entities)
        if entities.seatsMin == nil {
            for reading in readings {
                if case .seats(let seats) = reading.kind { entities.seatsMin = seats; break }
            }
        }
        return mileageCeiling(readings, tokens)
    }

    /// "menos de 40 mil km", "millaje menor de 60 mil", "50 mil millas o menos", in km.
    private func mileageCeiling(_ readings: [Reading], _ tokens: [String]) -> Int? {
        for reading in readings {
            guard case .mileage(let distance) = reading.kind else { continue }
            let end = reading.range.upperBound
            let unit = end < tokens.count && CueWords.mileageAfter.contains(tokens[end]) ? tokens[end] : nil
            let unitEnd = unit == nil ? end : end + 1
            guard TokenPattern.anyEnding(tokens, before: reading.range.lowerBound, in: CueWords.mileageCeilingBefore)
                || TokenPattern.anyStarting(tokens, at: unitEnd, in: CueWords.downwardAfter) else { continue }
            let perUnit = ["millas", "milla", "miles"].contains(unit) ? 1.609 : 1
            return Int((distance * perUnit).rounded())
        }
        return nil
    }

    /// "2017-2020" arrives as one token.
    private func dashedYearRanges(_ tokens: [String], _ scan: TokenClaims) -> [Reading] {
        var readings: [Reading] = []
        for (index, token) in tokens.enumerated() where !scan.taken[index] && token.contains("-") {
            let parts = token.split(separator: "-")
            guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }),
                  let low = Int(parts[0]), let high = Int(parts[1]),
                  Self.plausibleYears.contains(low), Self.plausibleYears.contains(high), low <= high else { continue }
            readings.append(Reading(range: index..<(index + 1), mention: nil, kind: .yearRange(low, high)))
        }
        return readings
    }

    private static let plausibleYears = 1950...2035
    /// Right before a number of people: "somos 7", "que quepan 8".
    private static let peopleCountBefore: Set<String> = ["somos", "quepan", "caben", "quepamos", "cabemos"]
    /// Years spelled in words; "dos mil" alone is as often money as the year 2000.
    private static let spokenYears = 2001...2035

    private func classify(_ mention: AmountMention, _ tokens: [String]) -> Reading.Kind {
        let start = mention.range.lowerBound
        let end = mention.range.upperBound
        let previous = start > 0 ? tokens[start - 1] : ""
        let next = end < tokens.count ? tokens[end] : ""
        let value = mention.value
        let integral = value == value.rounded()
        let plain = !mention.scaled && mention.currency == nil

        if let digits = mention.bareDigits, plain {
            if digits.count == 4, let year = Int(digits), Self.plausibleYears.contains(year),
               !CueWords.mileageAfter.contains(next), !CueWords.seatsAfter.contains(next) {
                return .year(year)
            }
            // "del 19", "modelo 18": model years in two digits.
            if digits.count == 2, ["del", "modelo", "ano", "model"].contains(previous), let short = Int(digits),
               !CueWords.otherUnitsAfter.contains(next), !CueWords.seatsAfter.contains(next), !isRate(tokens, around: mention.range) {
                return .year(short <= 35 ? 2000 + short : 1900 + short)
            }
        }
        // "una corolla dos mil doce": a model year read aloud in a voice note, not RD$2,012.
        if mention.currency == nil, mention.magnitude == 1_000, integral, Self.spokenYears.contains(Int(value)),
           tokens[mention.range].allSatisfy({ $0.allSatisfy(\.isLetter) }) {
            return .year(Int(value))
        }
        let mileageCue = tokens[max(0, start - 3)..<start].contains { CueWords.mileageBefore.contains($0) }
        if CueWords.mileageAfter.contains(next) || mileageCue { return .mileage(value) }
        if plain, integral, value >= 2, value <= 60 {
            let count = Int(value)
            if CueWords.seatsAfter.contains(next) { return .seats(count) }
            if next == "filas" || next == "fila" { return count == 3 ? .seats(7) : .other }
            if Self.peopleCountBefore.contains(previous) { return .seats(count) }
            if previous == "para", count <= 15, !CueWords.otherUnitsAfter.contains(next) { return .seats(count) }
            if previous == "de", start >= 2, tokens[start - 2] == "familia" { return .seats(count) }
        }
        if CueWords.otherUnitsAfter.contains(next) { return .other }
        // "a las 3", "pa las 10": a clock time, never "por los 15 mil dólares".
        if plain, value <= 24, CueWords.timeBefore.contains(previous) { return .other }
        if isDownPayment(mention, tokens) { return .other }
        if !plain || value >= 10_000 { return .price(value) }
        if let money = shorthandMoney(value, cued: TokenPattern.longestEnding(tokens, before: start, in: CueWords.bareAmountBefore)) {
            return .price(money)
        }
        // "de 1.3 pa bajo", "de 850 pa arriba": a bound after the number marks it as money too.
        if TokenPattern.anyStarting(tokens, at: end, in: CueWords.upwardAfter) || TokenPattern.anyStarting(tokens, at: end, in: CueWords.downwardAfter),
           let money = shorthandMoney(value, cued: []) {
            return .price(money)
        }
        return .bare
    }

    /// "el inicial es del 20 o del 30%", "una tasa del 12": a share or a rate, not a two-digit model year.
    private func isRate(_ tokens: [String], around range: Range<Int>) -> Bool {
        if tokens[max(0, range.lowerBound - 4)..<range.lowerBound].contains(where: CueWords.rateBefore.contains) { return true }
        for token in tokens[range.upperBound..<min(range.upperBound + 4, tokens.count)] {
            if token == "porciento" { return true }
            guard CueWords.rangeJoiners.contains(token) || token == "del" || token == "de" || token.allSatisfy(\.isNumber) else { return false }
        }
        return false
    }

    /// Dominicans quote prices without the magnitude when it is obvious: "q no pase de
    /// 1.3" is 1,300,000, "por ahí de 850" is 850,000, "que no pase de 2" is 2,000,000.
    private func shorthandMoney(_ value: Double, cued cue: [String]?) -> Double? {
        guard let cue else { return nil }
        let integral = value == value.rounded()
        if !integral && value > 0 && value < 10 { return value * 1_000_000 }
        if integral && value >= 100 && value < 1_000 { return value * 1_000 }
        if integral && value >= 1 && value < 10 && cue.count > 1 && cue != ["esta", "en"] { return value * 1_000_000 }
        return nil
    }

    /// "tengo 300 mil de inicial", "si doy 500 mil", "mi tacoma más 500 mil", "cuota
    /// de 15 mil": money the buyer puts down or pays monthly, not the vehicle's price.
    private func isDownPayment(_ mention: AmountMention, _ tokens: [String]) -> Bool {
        let start = mention.range.lowerBound
        let end = mention.range.upperBound
        if tokens[end..<min(end + 3, tokens.count)].contains(where: CueWords.downPaymentNear.contains) { return true }
        if TokenPattern.starts(tokens, at: end, with: ["al", "mes"]) || TokenPattern.starts(tokens, at: end, with: ["por", "mes"]) { return true }
        if tokens[max(0, start - 2)..<start].contains(where: CueWords.downPaymentNear.contains) { return true }
        let conditionalPayments: [[String]] = [["si", "doy"], ["si", "le", "doy"], ["si", "pongo"], ["si", "pago"], ["si", "tengo"], ["mas"]]
        return TokenPattern.anyEnding(tokens, before: start, in: conditionalPayments)
    }

    /// Pairs two neighbouring readings into a range when one joiner sits between them:
    /// "2015 a 2018", "entre 800 mil y un palo", "de 1 palo a 1.5", "2019 o 2020".
    /// A bare number borrows its partner's magnitude.
    private func joinRanges(_ readings: [Reading], _ tokens: [String]) -> [Reading] {
        var result: [Reading] = []
        var index = 0
        while index < readings.count {
            let first = readings[index]
            if index + 1 < readings.count, let joined = join(first, readings[index + 1], tokens) {
                result.append(joined)
                index += 2
            } else {
                result.append(first)
                index += 1
            }
        }
        return result
    }

    private func join(_ low: Reading, _ high: Reading, _ tokens: [String]) -> Reading? {
        let gap = tokens[low.range.upperBound..<high.range.lowerBound]
        let range = low.range.lowerBound..<high.range.upperBound
        // "la 2019 y la 2021", "el 2018 o el 2020": two vehicles side by side span the years.
        if gap.count == 2, ["y", "o", "vs"].contains(gap.first), ["la", "el"].contains(gap.last),
           case .year(let a) = low.kind, case .year(let b) = high.kind, b > a, b - a <= 30 {
            return Reading(range: range, mention: nil, kind: .yearRange(a, b))
        }
        guard gap.count <= 1 else { return nil }
        let joiner = gap.first
        let afterEntre = low.range.lowerBound > 0 && tokens[low.range.lowerBound - 1] == "entre"
        switch (low.kind, high.kind) {
        case (.year(let a), .bare) where ["a", "al", "hasta"].contains(joiner ?? ""):
            // "del 15 al 18": the second end of a two-digit range takes the first one's century.
            guard let digits = high.mention?.bareDigits, digits.count == 2, let short = Int(digits) else { return nil }
            let b = a / 100 * 100 + short
            guard b > a, b - a <= 30 else { return nil }
            return Reading(range: range, mention: nil, kind: .yearRange(a, b))
        case (.year(let a), .year(let b)):
            guard b > a, b - a <= 30 else { return nil }
            guard joiner == nil || (joiner.map(CueWords.rangeJoiners.contains) ?? false) else { return nil }
            if joiner == "y" && !afterEntre { return nil }
            return Reading(range: range, mention: nil, kind: .yearRange(a, b))
        case (.price, _), (.bare, .price):
            // "de 400 o 500 mil": either end will do, so the buyer spans both.
            guard let joiner, ["a", "al", "hasta", "to", "o"].contains(joiner) || (joiner == "y" && afterEntre) else { return nil }
            guard let (a, b) = priceBounds(low, high), a < b else { return nil }
            let withCurrency = [high.mention, low.mention].compactMap { $0 }.first { $0.currency != nil } ?? high.mention
            return Reading(range: range, mention: withCurrency, kind: .priceRange(a, b))
        default:
            return nil
        }
    }

    /// Both ends in money, the bare one scaled like its partner.
    private func priceBounds(_ low: Reading, _ high: Reading) -> (Double, Double)? {
        switch (low.kind, high.kind) {
        case (.price(let a), .price(let b)):
            return (a, b)
        case (.price(let a), .bare):
            guard let bare = high.mention?.value else { return nil }
            let magnitude = a >= 1_000_000 ? 1_000_000.0 : 1_000.0
            return (a, bare * magnitude)
        case (.bare, .price(let b)):
            guard let bare = low.mention?.value else { return nil }
            for magnitude in [high.mention?.magnitude ?? 1, 1_000_000, 1_000] where magnitude > 1 && bare * magnitude < b {
                return (bare * magnitude, b)
            }
            return nil
        default:
            return nil
        }
    }

    private func setYears(from readings: [Reading], _ tokens: [String], into entities: inout Entities) {
        for reading in readings {
            switch reading.kind {
            case .yearRange(let low, let high):
                entities.yearMin = low
                entities.yearMax = high
            case .year(let year):
                let start = reading.range.lowerBound
                let end = reading.range.upperBound
                if TokenPattern.anyEnding(tokens, before: start, in: CueWords.yearMinBefore)
                    || TokenPattern.anyStarting(tokens, at: end, in: CueWords.upwardAfter) {
                    entities.yearMin = year
                } else if TokenPattern.anyEnding(tokens, before: start, in: CueWords.yearMaxBefore)
                    || TokenPattern.anyStarting(tokens, at: end, in: CueWords.downwardAfter) {
                    entities.yearMax = year
                } else {
                    entities.yearMin = year
                    entities.yearMax = year
                }
            default:
                continue
            }
            return
        }
    }

    private func setPrices(from readings: [Reading], _ tokens: [String], into entities: inout Entities) {
        var currency: Currency?
        for reading in readings {
            switch reading.kind {
            case .priceRange(let low, let high):
                guard entities.priceMin == nil && entities.priceMax == nil else { continue }
                entities.priceMin = low
                entities.priceMax = high
            case .price(let value):
                if isLowerBound(reading.range, tokens) {
                    entities.priceMin = entities.priceMin ?? value
                } else {
                    entities.priceMax = entities.priceMax ?? value
                }
            default:
                continue
            }
            if reading.mention?.currency == .USD { currency = .USD }
        }
        guard entities.priceMin != nil || entities.priceMax != nil else { return }
        if currency == nil, tokens.contains(where: { AmountReader.currency(of: $0) == .USD }) { currency = .USD }
        entities.currency = currency ?? .DOP
        if let low = entities.priceMin, let high = entities.priceMax, low > high {
            (entities.priceMin, entities.priceMax) = (high, low)
        }
    }

    /// "más de 3 millones", "desde 500 mil", "de 3 palos pa arriba" — but "no más de".
    private func isLowerBound(_ range: Range<Int>, _ tokens: [String]) -> Bool {
        if TokenPattern.anyStarting(tokens, at: range.upperBound, in: CueWords.upwardAfter) { return true }
        guard let cue = TokenPattern.longestEnding(tokens, before: range.lowerBound, in: CueWords.priceMinBefore) else { return false }
        let cueStart = range.lowerBound - cue.count
        return !tokens[max(0, cueStart - 3)..<cueStart].contains("no")
    }
}
