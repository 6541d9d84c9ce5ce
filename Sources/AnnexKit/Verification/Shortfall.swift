/// A shortfall or an excess against a target: '6 procentpunt te weinig', '40 plaatsen te veel', 'een tekort van 120
/// plaatsen', 'een overschot van 3 procentpunt'. It is the result minus the target, with the sign the words give,
/// when the sentence (or, when it gives none, the sentence before) gives exactly one target's value of the gap's
/// unit (percentages for points) and the sentence exactly one other value of that unit.
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
        guard results.count == 1,
            let target = soleNorm(among: targets, orBefore: { $0.unit == valueUnit })
        else { return nil }
        return (target, operand(results[0]), sign)
    }

    /// −1 for a shortfall, +1 for an excess: 'te weinig' or 'te kort' after the number (past its noun), 'tekort van'
    /// before it; 'te veel' after it, 'overschot van' before it.
    private func shortfallSign(of index: Int) -> Int? {
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .word, !tokens[next].isWord("te") { next += 1 }
        if next + 1 < tokens.count, tokens[next].isWord("te"), let sign = Self.tooWords[tokens[next + 1].text] {
            return sign
        }
        guard index >= 2, tokens[index - 1].isWord("van") else { return nil }
        return Self.balanceNouns[tokens[index - 2].text]
    }

    /// Words after 'te' that say short of a target or past it.
    private static let tooWords: [String: Int] = ["weinig": -1, "kort": -1, "laag": -1, "veel": 1, "hoog": 1]

    /// Nouns of a shortfall or excess before 'van' and the number.
    private static let balanceNouns: [String: Int] = ["tekort": -1, "overschot": 1]
}
