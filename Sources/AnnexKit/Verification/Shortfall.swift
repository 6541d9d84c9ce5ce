/// A shortfall or an excess against a target: '6 procentpunt te weinig', '40 plaatsen te veel', 'een tekort van 120
/// plaatsen', 'een overschot van 3 procentpunt', 'een overschrijding van € 0,3 mln' of a budget. It is the result
/// minus the target, with the sign the words give, when the sentence (or, when it gives none, the sentence before)
/// gives exactly one target's value of the gap's unit (percentages for points) and the sentence exactly one other
/// value of that unit; with no target, the income minus the costs when the sentence gives one of each
/// (`incomeAndCosts`), also for a balance signed by its adjective ('een positief saldo/resultaat van …'). A gap
/// whose sentence gives no other value of its unit takes the two the sentence before gives
/// ('De baten waren € 96.000, de lasten € 101.500. Het tekort bedroeg € 5.500.'), when they are all it gives.
extension ClaimParser {
    /// The values of a shortfall or excess at `index`, as a change from the target to the result, and its sign.
    func shortfall(at index: Int) -> (from: Operand, to: Operand, sign: Int)? {
        let balance = incomeBalanceSign(of: index)
        guard let unit = tokens[index].number?.unit, unit != .percent, let sign = balance ?? shortfallSign(of: index)
        else { return nil }
        let valueUnit: NumberUnit = unit == .points ? .percent : unit
        let currency = tokens[index].number?.currency
        let values = analysis.numberIndices.filter { candidate in
            candidate != index && tokens[candidate].number?.unit == valueUnit
                && tokens[candidate].number?.currency == currency
        }
        if values.isEmpty, let gap = discourse.lastGap, gap.unit == valueUnit, gap.currency == currency,
            balance == nil || gap.ofIncome
        {
            return (gap.from, gap.to, sign)
        }
        let targets = values.filter { Self.isReferenceValue($0, tokens) }
        let results = values.filter { !Self.isReferenceValue($0, tokens) }
        if targets.isEmpty, let (costs, income) = incomeAndCosts(results) { return (costs, income, sign) }
        guard balance == nil, results.count == 1,
            let target = soleNorm(among: targets, orBefore: { $0.unit == valueUnit })
        else { return nil }
        return (target, operand(results[0]), sign)
    }

    /// The two values a gap in the next sentence is taken from: the sentence's only two values, of one unit,
    /// currency and unit of measure and neither a rate ('4,5 bezoeken per cliënt'), one a target and the other a
    /// result, or one income and the other costs; nil otherwise.
    func statedGap() -> StatedGap? {
        let values = analysis.numberIndices.filter { Self.isValue($0, tokens) }
        guard values.count == 2, let first = tokens[values[0]].number, let second = tokens[values[1]].number,
            first.unit == second.unit, first.currency == second.currency,
            !values.contains(where: { UnitAgreement.isRate($0, in: tokens) }),
            UnitAgreement.measure(at: values[0], in: tokens) == UnitAgreement.measure(at: values[1], in: tokens)
        else { return nil }
        let targets = values.filter { Self.isReferenceValue($0, tokens) }
        let pair: (from: Operand, to: Operand)
        if targets.count == 1, let result = values.first(where: { $0 != targets[0] }) {
            pair = (operand(targets[0]), operand(result))
        } else if targets.isEmpty, let (costs, income) = incomeAndCosts(values) {
            pair = (costs, income)
        } else {
            return nil
        }
        return StatedGap(
            from: pair.from.carriedOver, to: pair.to.carriedOver, unit: first.unit, currency: first.currency,
            ofIncome: targets.isEmpty)
    }

    /// −1 for a shortfall, +1 for an excess: 'te weinig' or 'te kort' after the number (past its noun), 'tekort van'
    /// or 'onderbesteding van' before it, or its subject ('Het tekort bedroeg daarmee …'); 'te veel' after it,
    /// 'overschot van' or 'overschrijding van' before it or as its subject.
    private func shortfallSign(of index: Int) -> Int? {
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isWord("te") { next += 1 }
        if next + 1 < tokens.count, tokens[next].isWord("te"), let sign = Self.tooWords[tokens[next + 1].text] {
            return sign
        }
        if let noun = nounSubject(of: index, naming: { Self.balanceNouns[$0] != nil }) {
            return Self.balanceNouns[tokens[noun].text]
        }
        let van = index - (index > 0 && tokens[index - 1].isMark("€") ? 2 : 1)
        guard van >= 1, tokens[van].isWord("van") else { return nil }
        return Self.balanceNouns[tokens[van - 1].text]
    }

    /// +1 for a balance its adjective says is positive, −1 for a negative one, right before 'van' and the number ('een
    /// positief saldo van € 4.850', 'een nadelig saldo van € 900', 'een positief resultaat van € 2.300'): the income
    /// less the costs, so only of income and costs, never of a result against a target (`shortfall(at:)`).
    private func incomeBalanceSign(of index: Int) -> Int? {
        let van = index - (index > 0 && tokens[index - 1].isMark("€") ? 2 : 1)
        guard van >= 2, tokens[van].isWord("van"), Self.incomeBalanceNouns.contains(tokens[van - 1].text) else {
            return nil
        }
        return Self.balanceAdjectives[tokens[van - 2].text]
    }

    /// The nouns of what is left of the income after the costs: 'saldo', and 'resultaat', the accounts' word for it
    /// (baten less lasten).
    private static let incomeBalanceNouns: Set<String> = ["saldo", "resultaat"]

    /// A percentage in the bracket right after a shortfall or excess against a target ('een overschrijding van € 0,3
    /// mln (7,5 procent)', 'een onderbesteding van € 150.000 (12,5%)'): the gap relative to the target, a change
    /// from the target to the result with the sign the gap's word gives.
    func relativeGapReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard number.unit == .percent else { return nil }
        if let found = shortfallInPercent(at: index) {
            var claim = Claim(kind: .change, site: index, claimed: precise(number, direction: found.sign))
            (claim.from, claim.to) = (found.from, found.to)
            return claim
        }
        guard index >= 2, tokens[index - 1].isMark("("), tokens[index].depth > 0 else { return nil }
        var gap = index - 2
        if gap > 0, tokens[gap].kind == .word, tokens[gap - 1].kind == .number { gap -= 1 }
        // Against a target only: a balance of income and costs is no fraction of either.
        guard tokens[gap].number?.unit == .count, let found = shortfall(at: gap),
            found.from.token.map({ Self.isReferenceValue($0, tokens) }) ?? true
        else { return nil }
        var claim = Claim(kind: .change, site: index, claimed: precise(number, direction: found.sign))
        (claim.from, claim.to) = (found.from, found.to)
        return claim
    }

    /// The values of a shortfall or excess written in percent by its own noun ('een overschrijding van 8 procent',
    /// 'De overschrijding bedraagt 8 procent'): the gap relative to the target, from the one target's amount to the
    /// one result's, the sentence's only amounts, of one currency, besides a gap's own ('een overschrijding van € 0,3
    /// mln'), the result past the target the way the gap's word says (an excess above it); nil otherwise: 'overschreden
    /// het budget van 24 miljoen met 6 miljoen' gives the excess, not the result, and amounts of the sentence before
    /// may be a target and result or income and costs.
    private func shortfallInPercent(at index: Int) -> (from: Operand, to: Operand, sign: Int)? {
        guard let sign = shortfallSign(of: index) else { return nil }
        let amounts = analysis.numberIndices.filter { candidate in
            tokens[candidate].number?.unit == .count && Self.isValue(candidate, tokens)
                && shortfallSign(of: candidate) == nil
        }
        guard Set(amounts.map { tokens[$0].number?.currency }).count <= 1 else { return nil }
        let targets = amounts.filter { Self.isReferenceValue($0, tokens) }
        let results = amounts.filter { !Self.isReferenceValue($0, tokens) }
        guard targets.count == 1, results.count == 1, let target = tokens[targets[0]].number?.value,
            let result = tokens[results[0]].number?.value, (result - target).signum == sign
        else { return nil }
        return (operand(targets[0]), operand(results[0]), sign)
    }

    /// Adjectives that say whether a balance of income and costs is a surplus or a deficit.
    private static let balanceAdjectives: [String: Int] = [
        "positief": 1, "positieve": 1, "batig": 1, "batige": 1, "negatief": -1, "negatieve": -1, "nadelig": -1,
        "nadelige": -1,
    ]

    /// Words after 'te' that say short of a target or past it.
    private static let tooWords: [String: Int] = ["weinig": -1, "kort": -1, "laag": -1, "veel": 1, "hoog": 1]

    /// Nouns of a shortfall or excess before 'van' and the number: of a result against its target, of spending
    /// against its budget.
    private static let balanceNouns: [String: Int] = [
        "tekort": -1, "overschot": 1, "overschrijding": 1, "onderschrijding": -1, "overbesteding": 1,
        "onderbesteding": -1, "onderuitputting": -1,
    ]
}

/// The two values of a sentence a shortfall or excess in the next one is taken from: from the target to the result,
/// or from the costs to the income, in their unit and currency.
struct StatedGap: Sendable {
    let from: Operand
    let to: Operand
    let unit: NumberUnit
    let currency: String
    /// Whether the two values are costs and income (no target and result): a balance ('saldo') is of those only.
    let ofIncome: Bool
}
