/// A shortfall or an excess against a target: '6 procentpunt te weinig', '40 plaatsen te veel', 'een tekort van 120
/// plaatsen', 'een overschot van 3 procentpunt', 'een overschrijding van € 0,3 mln' of a budget. It is the result
/// minus the target, with the sign the words give, when the sentence (or, when it gives none, the sentence before)
/// gives exactly one target's value of the gap's unit (percentages for points) and the sentence exactly one other
/// value of that unit; with no target, the income minus the costs when the sentence gives one of each
/// (`incomeAndCosts`).
extension ClaimParser {
    /// The values of a shortfall or excess at `index`, as a change from the target to the result, and its sign.
    func shortfall(at index: Int) -> (from: Operand, to: Operand, sign: Int)? {
        guard let unit = tokens[index].number?.unit, unit != .percent, let sign = shortfallSign(of: index) else {
            return nil
        }
        let valueUnit: NumberUnit = unit == .points ? .percent : unit
        let currency = tokens[index].number?.currency
        let values = analysis.numberIndices.filter { candidate in
            candidate != index && tokens[candidate].number?.unit == valueUnit
                && tokens[candidate].number?.currency == currency
        }
        let targets = values.filter { Self.isReferenceValue($0, tokens) }
        let results = values.filter { !Self.isReferenceValue($0, tokens) }
        if targets.isEmpty, let (costs, income) = incomeAndCosts(results) { return (costs, income, sign) }
        guard results.count == 1,
            let target = soleNorm(among: targets, orBefore: { $0.unit == valueUnit })
        else { return nil }
        return (target, operand(results[0]), sign)
    }

    /// −1 for a shortfall, +1 for an excess: 'te weinig' or 'te kort' after the number (past its noun), 'tekort van'
    /// or 'onderbesteding van' before it; 'te veel' after it, 'overschot van' or 'overschrijding van' before it.
    private func shortfallSign(of index: Int) -> Int? {
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isWord("te") { next += 1 }
        if next + 1 < tokens.count, tokens[next].isWord("te"), let sign = Self.tooWords[tokens[next + 1].text] {
            return sign
        }
        let van = index - (index > 0 && tokens[index - 1].isMark("€") ? 2 : 1)
        guard van >= 1, tokens[van].isWord("van") else { return nil }
        return Self.balanceNouns[tokens[van - 1].text]
    }

    /// A percentage in the bracket right after a shortfall or excess against a target ('een overschrijding van € 0,3
    /// mln (7,5 procent)', 'een onderbesteding van € 150.000 (12,5%)'): the gap relative to the target, a change
    /// from the target to the result with the sign the gap's word gives.
    func relativeGapReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard number.unit == .percent, index >= 2, tokens[index - 1].isMark("("), tokens[index].depth > 0 else {
            return nil
        }
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

    /// Words after 'te' that say short of a target or past it.
    private static let tooWords: [String: Int] = ["weinig": -1, "kort": -1, "laag": -1, "veel": 1, "hoog": 1]

    /// Nouns of a shortfall or excess before 'van' and the number: of a result against its target, of spending
    /// against its budget.
    private static let balanceNouns: [String: Int] = [
        "tekort": -1, "overschot": 1, "overschrijding": 1, "onderschrijding": -1, "overbesteding": 1,
        "onderbesteding": -1, "onderuitputting": -1,
    ]
}
