/// A quantity restated for another time in a sentence of its own: 'In 2024 kregen 41.300 huishoudens … In 2023 waren
/// dat er 43.900.', 'In 2023 had 64 procent … In 2024 was dat 71 procent.' The pronoun ties the second value to the
/// quantity of the sentence before, and the two times order them, so the pair they make is carried over to a change
/// that refers back to it ('Het aantal steeg met 5,9 procent', 'Dat is een daling van 7 procentpunt') as firmly as a
/// pair written in one sentence: a wrong change is caught. With no such tie, or no order, the sentences give no pair;
/// nor when the second names a place the first does not ('In Deventer was dat …'): it may compare two places.
extension ClaimParser {
    /// The sentence's one value of `unit`, with the one year it names, when it states a level rather than a change (no
    /// direction word but of a verb of change that arrives at it: `arrivals(at:)`) and is exact: a value a sentence
    /// after it may restate for another time.
    func datedValue(of unit: NumberUnit) -> DatedValue? {
        let values = numbers(unit, in: tokens.indices).filter { Self.isValue($0, tokens) }
        guard values.count == 1, let value = values.first, tokens[value].number?.hedge == nil,
            directionsOnly(inClauseOf: nil, apartFrom: value)
        else { return nil }
        return DatedValue(
            value: operand(value, year: soleYear), noun: ReadingSanity.noun(after: value, in: tokens),
            currency: tokens[value].number?.currency ?? "", restates: restatesQuantity,
            side: ContrastedGroups.Side(of: value, in: analysis))
    }

    /// The start and end value the sentence gives by restating the quantity of the sentence before at another time: its
    /// only number, of the unit of that sentence's one value (`datedValue(of:)`), after a pronoun that stands for that
    /// quantity ('waren dat er', 'was dat', 'dit aantal'), with no direction word and no noun of its own that the other
    /// value does not count; the two ordered by their years, else by a mark of an earlier time ('een jaar eerder', a
    /// year and 'nog': 'In 2022 was dat nog 21,4%') or of now ('nu') in this sentence (not a past dated from now
    /// against a year: 'vorig jaar' after 'In 2021'). With `claim`, the change the sentence states of the two ('In 2023
    /// was dat 71 procent, een stijging van 9 procent'): that number is left out, and the direction words must all
    /// stand in its clause.
    func restatedPair(besides claim: Int? = nil) -> (from: Operand, to: Operand)? {
        guard let levels = restatedLevels(besides: claim), levels.isOrdered else { return nil }
        return (levels.from, levels.to)
    }

    /// The two levels of `restatedPair(besides:)`, the one before first when their times are not ordered
    /// (`isOrdered` false: neither year nor mark of the past or of now orders them).
    func restatedLevels(besides claim: Int? = nil) -> (from: Operand, to: Operand, isOrdered: Bool)? {
        // 'In 2022 was dat € 738.000, een daling van € 18.000 ofwel 2,4%': the number that restates the change in
        // other terms is the same change, no second value beside the level.
        let restating = claim.flatMap(restatingPartner(of:))
        let values = analysis.numberIndices.filter { $0 != claim && $0 != restating }
        guard values.count == 1, let value = values.first,
            let unit = tokens[value].number?.unit, tokens[value].number?.hedge == nil, Self.isValue(value, tokens),
            directionsOnly(inClauseOf: claim, apartFrom: value), restatesQuantity,
            let earlier = discourse.lastDatedValue(of: unit)
        else { return nil }
        // 'In Zwolle kost een vergunning 90 euro. In Deventer was dat vorig jaar 135 euro': a place the sentence
        // before does not name may set two places against each other, not two times: no change then.
        guard !namesPlaceNotBefore else { return nil }
        let own = operand(value, year: soleYear)
        let before = earlier.value.carriedOver
        if let noun = ReadingSanity.noun(after: value, in: tokens), let other = earlier.noun,
            !Self.areForms(noun, other)
        {
            return nil
        }
        if let year = own.year, let other = earlier.value.year {
            guard year != other else { return nil }
            return year > other ? (before, own, true) : (own, before, true)
        }
        // 'In 2021 … Vorig jaar waren dat er …': a past dated from now is not ordered against a year.
        if earlier.value.year != nil, analysis.isRelativeToNow(tokens.indices) { return nil }
        // 'In 2022 was dat nog 21,4%': a year and 'nog' before the value put it before the one restated; a verb of
        // change that arrives at the value ('liep dat aantal terug tot 360') puts it after.
        let isEarlier = analysis.hasEarlierMarker(tokens.indices) || isEarlierLevel(value)
        let arrived = !arrivals(at: value).isEmpty
        let isNow = analysis.hasPresentMarker(tokens.indices) || arrived
        // 'Begin dit jaar waren dat er nog 230': 'nog' before the value may mark it as the earlier level against a
        // mark of now, or say how little is left ('nu nog 187'): no order.
        let still = (analysis.clause(of: value).lowerBound..<value).contains { tokens[$0].isWord("nog") }
        if !isEarlier && !isNow { return (before, own, false) }
        guard isEarlier != isNow, !(isNow && still && !arrived) else { return nil }
        return isNow ? (before, own, true) : (own, before, true)
    }

    /// 'Eind 2022 waren dat er 63.200, dus 4.300 minder', 'Vijf jaar geleden waren dat er 6.100, 2.300 minder': a bare
    /// comparative in an apposition right after a restated value that is the earlier of `pair` may compare the later
    /// value with it (the first: 4.300 fewer now) or that value with the later (the second: 6.100 is 2.300 fewer):
    /// the two readings set the comparative against opposite orders of time. Either way the comparative makes the
    /// larger value the new side ('meer') or the smaller ('minder') and the other the base, so the pair is ordered so:
    /// of a difference only the size is checked, and a percentage is one of the value the comparative makes the base
    /// ('6.100, ruim 27 procent minder' than 8.400). Nil for a restated later value, or a noun or verb of change in the
    /// apposition ('een groei van 2.300 sindsdien'): those keep the order of time.
    func comparedToRestated(_ pair: (from: Operand, to: Operand), claim: Int) -> (from: Operand, to: Operand)? {
        let clause = analysis.clauseOf[claim]
        guard isApposition(clause), let sign = comparative(afterCount: claim) ?? comparative(after: claim),
            directions(in: analysis.clauses[clause]).isEmpty, pair.from.value != pair.to.value,
            let restated = pair.from.token, analysis.clauseOf[restated] == clause - 1
        else { return nil }
        return Self.sideMadeNew(bySign: sign, pair.from, pair.to) == 1 ? pair : (pair.to, pair.from)
    }

    /// 'In 2022 vond 48 procent … het aanbod voldoende; nu is dat nog 39 procent.': the sentence's two values of one
    /// unit, exact, in two stretches, the later restating the quantity of the earlier by a verb of level and 'dat'
    /// or 'dit' (`restatesByPronoun`): ordered by their years, else by a mark of now in the later stretch. With
    /// `claim`, the change the sentence states of the two ('…; nu is dat nog 39 procent, een daling van 9 procent'):
    /// that number is left out, and the direction words must all stand in its clause.
    func restatedStretchPair(besides claim: Int? = nil) -> (from: Operand, to: Operand)? {
        guard let levels = restatedStretchLevels(besides: claim), levels.isOrdered else { return nil }
        return (levels.from, levels.to)
    }

    /// The two levels of `restatedStretchPair(besides:)`, in the order they are written when neither their years
    /// nor a mark of now in the later stretch orders them (`isOrdered` false); none for two values of one year.
    func restatedStretchLevels(besides claim: Int? = nil) -> (from: Operand, to: Operand, isOrdered: Bool)? {
        let values = analysis.numberIndices.filter { $0 != claim && !isSampleSize($0) }
        guard values.count == 2, let unit = tokens[values[0]].number?.unit, tokens[values[1]].number?.unit == unit,
            values.allSatisfy({ Self.isValue($0, tokens) && tokens[$0].number?.hedge == nil }),
            values.allSatisfy({ directionsOnly(inClauseOf: claim, apartFrom: $0) })
        else { return nil }
        let stretches = analysis.stretches
        let later = tokens.indices.filter { stretches[$0] == stretches[values[1]] }
        guard stretches[values[0]] != stretches[values[1]], let first = later.first, let last = later.last,
            restatesByPronoun(later)
        else { return nil }
        if let one = analysis.ownYear(of: values[0])?.year, let other = analysis.ownYear(of: values[1])?.year,
            one != other
        {
            return one < other
                ? (operand(values[0]), operand(values[1]), true) : (operand(values[1]), operand(values[0]), true)
        }
        let isNow = analysis.hasPresentMarker(first..<(last + 1))
        if !isNow, analysis.ownYear(of: values[0]) != nil, analysis.ownYear(of: values[1]) != nil { return nil }
        return (operand(values[0]), operand(values[1]), isNow)
    }

    /// Whether every direction word of the sentence stands in the claim's clause, and that is not the value's (with
    /// no claim: whether the sentence has none), apart from the verbs of change that arrive at the value
    /// (`arrivals(at:)`).
    private func directionsOnly(inClauseOf claim: Int?, apartFrom value: Int) -> Bool {
        let arriving = arrivals(at: value)
        let others = directions(in: tokens.indices).filter { !arriving.contains($0.token) }
        guard let claim else { return others.isEmpty }
        let clause = analysis.clauseOf[claim]
        return analysis.clauseOf[value] != clause && others.allSatisfy { analysis.clauseOf[$0.token] == clause }
    }

    /// The direction words of a verb of change whose clause ends it at the value at `value`: words before the value
    /// in its clause, the value right after 'naar' or 'tot' ('In 2023 steeg dat aantal naar 10.300', 'was dat aantal
    /// teruggelopen tot 1.690'). Such a value is a level, the later one of its change.
    func arrivals(at value: Int) -> [Int] {
        guard value > 0, tokens[value - 1].isWord("naar") || tokens[value - 1].isWord("tot") else { return [] }
        let clause = analysis.clause(of: value)
        return directions(in: clause.lowerBound..<value).map(\.token)
    }

    /// The number joined to the one at `claim` by a word that restates ('€ 18.000 ofwel 2,4%', '9 ofwel 4,9
    /// procent'): the one right after it (`restatement(after:)`) or the one it stands right after.
    func restatingPartner(of claim: Int) -> Int? {
        Self.restatement(after: claim, tokens)
            ?? analysis.numberIndices.first { $0 < claim && Self.restatement(after: $0, tokens) == claim }
    }

    /// Whether the sentence stands for the quantity of the one before: 'dit aantal', 'waren dat er', or a pronoun
    /// beside a verb of being ('In 2024 was dat 71 procent', 'Dat was in 2019 nog 36 procent'; not 'dit jaar').
    var restatesQuantity: Bool {
        if Self.refersToQuantity(analysis) { return true }
        return tokens.indices.contains { index in
            guard ["dat", "dit"].contains(tokens[index].text), tokens[index].kind == .word else { return false }
            if index + 1 < tokens.count, Lexicon.timeNouns.contains(tokens[index + 1].text) { return false }
            let beside = [index - 1, index + 1].filter(tokens.indices.contains)
            return beside.contains { Self.beingVerbs.contains(tokens[$0].text) }
        }
    }

    /// Whether the sentence names a place after 'in' (`namedPlaces`; a name of letters only, not a quarter as 'Q2')
    /// that the sentence before does not name beside its numbers.
    var namesPlaceNotBefore: Bool { namesPlaceNotBefore(besides: []) }

    /// Whether the sentence names such a place outside the ranges `phrases` (those of its comparisons, which name what
    /// is compared with: `comparisonPhrases`).
    func namesPlaceNotBefore(besides phrases: [ClosedRange<Int>]) -> Bool {
        !namedPlaces(outside: phrases).filter { $0.allSatisfy(\.isLetter) }
            .isSubset(of: discourse.earlier.last?.valueWords ?? [])
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
    /// Whether its sentence restates the quantity of the one before by a pronoun (`restatesQuantity`).
    let restates: Bool
    /// What its clause says of its group, for a contrast of two sentences (`ContrastedGroups.init(across:)`).
    let side: ContrastedGroups.Side
}
