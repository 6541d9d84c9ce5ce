/// A quantity restated for another time in a sentence of its own: 'In 2024 kregen 41.300 huishoudens … In 2023 waren
/// dat er 43.900.', 'In 2023 had 64 procent … In 2024 was dat 71 procent.' The pronoun ties the second value to the
/// quantity of the sentence before, and the two times order them, so the pair they make is carried over to a change
/// that refers back to it ('Het aantal steeg met 5,9 procent', 'Dat is een daling van 7 procentpunt') as firmly as a
/// pair written in one sentence: a wrong change is caught. With no such tie, or no order, the sentences give no pair.
extension ClaimParser {
    /// The sentence's one value of `unit`, with the one year it names, when it states a level rather than a change (no
    /// direction word) and is exact: a value a sentence after it may restate for another time.
    func datedValue(of unit: NumberUnit) -> DatedValue? {
        let values = numbers(unit, in: tokens.indices).filter { Self.isValue($0, tokens) }
        guard values.count == 1, let value = values.first, tokens[value].number?.hedge == nil,
            directions(in: tokens.indices).isEmpty
        else { return nil }
        return DatedValue(
            value: operand(value, year: soleYear), noun: ReadingSanity.noun(after: value, in: tokens),
            currency: tokens[value].number?.currency ?? "")
    }

    /// The start and end value the sentence gives by restating the quantity of the sentence before at another time:
    /// its only number, of the unit of that sentence's one value (`datedValue(of:)`), after a pronoun that stands for
    /// that quantity ('waren dat er', 'was dat', 'dit aantal'), with no direction word and no noun of its own that the
    /// other value does not count; the two ordered by their years, else by a mark of an earlier time ('een jaar
    /// eerder') or of now ('nu') in this sentence (not a past dated from now against a year: 'vorig jaar' after
    /// 'In 2021').
    func restatedPair() -> (from: Operand, to: Operand)? {
        guard analysis.numberIndices.count == 1, let value = analysis.numberIndices.first,
            let unit = tokens[value].number?.unit, tokens[value].number?.hedge == nil, Self.isValue(value, tokens),
            directions(in: tokens.indices).isEmpty, restatesQuantity,
            let earlier = discourse.lastDatedValue(of: unit)
        else { return nil }
        let own = operand(value, year: soleYear)
        if let noun = ReadingSanity.noun(after: value, in: tokens), let other = earlier.noun,
            !Self.areForms(noun, other)
        {
            return nil
        }
        if let year = own.year, let other = earlier.value.year {
            guard year != other else { return nil }
            return year > other ? (earlier.value, own) : (own, earlier.value)
        }
        // 'In 2021 … Vorig jaar waren dat er …': a past dated from now is not ordered against a year.
        if earlier.value.year != nil, analysis.isRelativeToNow(tokens.indices) { return nil }
        let isEarlier = analysis.hasEarlierMarker(tokens.indices)
        let isNow = analysis.hasPresentMarker(tokens.indices)
        guard isEarlier != isNow else { return nil }
        return isNow ? (earlier.value, own) : (own, earlier.value)
    }

    /// Whether the sentence stands for the quantity of the one before: 'dit aantal', 'waren dat er', or a pronoun
    /// beside a verb of being ('In 2024 was dat 71 procent', 'Dat was in 2019 nog 36 procent'; not 'dit jaar').
    private var restatesQuantity: Bool {
        if Self.refersToQuantity(analysis) { return true }
        return tokens.indices.contains { index in
            guard ["dat", "dit"].contains(tokens[index].text), tokens[index].kind == .word else { return false }
            if index + 1 < tokens.count, Lexicon.timeNouns.contains(tokens[index + 1].text) { return false }
            let beside = [index - 1, index + 1].filter(tokens.indices.contains)
            return beside.contains { Self.beingVerbs.contains(tokens[$0].text) }
        }
    }

    /// The one year the sentence names that is no base of a comparison, if it names one.
    private var soleYear: Int? {
        let years = Set(tokens.indices.filter { !analysis.isBaseYear($0) }.compactMap { tokens[$0].year })
        return years.count == 1 ? years.first : nil
    }
}

/// The one value of a unit a sentence gives (`ClaimParser.datedValue(of:)`), for the next sentence to restate.
struct DatedValue: Sendable {
    let value: Operand
    /// The noun right after it ('41.300 huishoudens'), when it has one.
    let noun: String?
    /// The currency sign before it ('€ '), else empty.
    let currency: String
}
