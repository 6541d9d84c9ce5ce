/// What a written number counts in.
enum NumberUnit: String, Sendable, Hashable {
    /// A count or amount: '17.386', '2,4 miljoen'.
    case count
    /// A percentage: '13,4%', '25 procent'.
    case percent
    /// Percentage points: '1,2 procentpunt', '3 %-punt'.
    case points
}

/// A number as a sentence writes it, read exactly: '13,4%' is 134/10 percent; '2,4 miljoen' is
/// 2.400.000 written to the nearest 100.000; '17.386' is exactly 17.386.
struct WrittenNumber: Sendable, Hashable {
    /// The value, times its multiplier word; negative only when written with a minus sign.
    let value: Exact
    let unit: NumberUnit
    /// Decimals as written (13,4 has 1).
    let decimals: Int
    /// One unit of the last written digit, times the multiplier: 13,4 → 0,1; 2,4 miljoen → 100.000; 17.386 → 1.
    let step: Exact
    /// Whether the number stands for a rounded value: percentages, decimals and multiplier words are
    /// rounded; a whole count written in full is exact.
    let isRounded: Bool
    /// +1 or −1 when written with a sign ('+5,9%', '−3,2%').
    let sign: Int?
    /// The number as written ('2,4 miljoen', '13,4%').
    let text: String
    /// 'ruim', 'bijna', 'circa', 'meer dan' before the number, and the words.
    var hedge: Lexicon.Hedge?
    var hedgeText = ""
    /// Whether the number is written as a word ('dertien', 'vijf').
    var isWord = false
    /// The multiplier word's value ('2,4 miljoen': 1.000.000); 1 without one.
    var multiplier = 1
    /// Whether it is a count of a line of values whose title states no scale ('Noord: 1,2' under 'Instroom naar
    /// regio 2024'): the lines may be in thousands the text does not say (`TitleScale`).
    var scaleUnstated = false

    /// The number as a list's shared multiplier word makes it ('€ 18,0 naar € 23,4 miljoen': 18,0 is
    /// 18.000.000 written to the nearest 100.000).
    func scaled(by multiplier: Int) -> WrittenNumber {
        let factor = Exact(multiplier)
        var scaled = WrittenNumber(
            value: value * factor, unit: unit, decimals: decimals, step: step * factor, isRounded: true, sign: sign,
            text: text, hedge: hedge, hedgeText: hedgeText, isWord: isWord, currency: currency)
        scaled.multiplier = multiplier
        return scaled
    }

    /// The number as a list's percent word makes it ('van 13,0 naar 15,1 procent': 13,0%).
    var inPercent: WrittenNumber {
        WrittenNumber(
            value: value, unit: .percent, decimals: decimals, step: step, isRounded: true, sign: sign, text: text,
            hedge: hedge, hedgeText: hedgeText, isWord: isWord, currency: currency)
    }

    /// The number below zero, as a word of sign makes it ('een negatief resultaat van 0,8 miljoen').
    var negated: WrittenNumber {
        var negated = WrittenNumber(
            value: -value.magnitude, unit: unit, decimals: decimals, step: step, isRounded: isRounded, sign: -1,
            text: text, hedge: hedge, hedgeText: hedgeText, isWord: isWord, currency: currency)
        negated.multiplier = multiplier
        return negated
    }

    /// A currency sign written before the number, with the space after it ('€ ').
    var currency = ""

    /// Whether the number is an amount: of money, or in a multiplier word ('€ 250.000', '2,4 miljoen'). What
    /// follows an amount names its currency or what it is spent on, not what it counts.
    var isAmount: Bool { !currency.isEmpty || multiplier > 1 }

    /// For the upper bound of a range of percentages ('tussen 20 en 25 procent', '20 à 25 procent'): what its lower
    /// bound allows (19,5 to 20,5); the number then claims the whole range. Nil for a number on its own.
    var rangeLower: Interval?
    /// The words of the range before the number ('tussen 20 en '), empty for a number on its own.
    var rangeText = ""

    /// The number with its hedge, currency and range, as written ('ruim 30.000', 'circa € 1,1 mld', '20 à 25%').
    var claimText: String {
        let written = rangeText + currency + text
        return hedgeText.isEmpty ? written : hedgeText + " " + written
    }

    /// The step a hedge widens a whole count by: its last non-zero digit ('ruim 30.000' → 10.000; 'een kleine
    /// vijftienhonderd' → 100).
    var hedgeStep: Exact {
        guard !isRounded, decimals == 0 else { return step }
        var step = 1
        var rest = isWord ? value.magnitude.wholeNumber64.map(Int.init) ?? 0 : Int(text.filter(\.isASCIIDigit)) ?? 0
        while rest > 0, rest % 10 == 0, step < Int.max / 10 {
            rest /= 10
            step *= 10
        }
        return Exact(step)
    }

    /// The values the number stands for as an operand of a computation: itself, as written (a claim
    /// is checked against the numbers its text gives, not against what they might have been rounded
    /// from), what its hedge allows ('ruim 30.000'), or the range it closes, from bound to bound as written ('3 à
    /// 4%' is 3 to 4 procent).
    var operandBounds: Interval {
        if let hedge { return Interval.hedged(value.magnitude, hedge: hedge, step: hedgeStep).closed }
        if let low = rangeLower?.lower, let high = rangeLower?.upper {
            return .closed((low + high) / Exact(2), value.magnitude)
        }
        return .point(value.magnitude)
    }
}
