/// A gap in points to a level the text names without repeating its value: 'Het doel is 10 procent; we zitten dus nog
/// 6,2 procentpunt onder het doel' after 'steeg van 3,2 naar 3,8 procent'. It is the distance of the last level to
/// the named one (10 − 3,8), never the change of the pair before: the norm is the one value the sentence (else the
/// sentence before) states of a norm, target or average; the result the sentence's one other percentage, else the
/// end of the pair the sentence before gives, else its one percentage ('231 van de 350 … (66 procent). Daarmee bleef
/// de afrondingsgraad 12 procentpunt onder de doelstelling van 70 procent': 66 − 70 = −4). Without the named level's
/// value the gap has no operands.
extension ClaimParser {
    /// Whether 'onder' or 'boven' (or a comparative and 'dan') after the points at `index` leads to a noun of a norm,
    /// target or average within `namedNormReach` words, with no number between ('onder het doel', 'boven het
    /// landelijk gemiddelde').
    func namesNormAfterGap(_ index: Int) -> Bool {
        guard tokens[index].number?.unit == .points, let (_, start) = gapDirection(after: index) else { return false }
        for position in (start + 1)..<min(tokens.count, start + 1 + Self.namedNormReach) {
            guard tokens[position].kind == .word else { return false }
            let word = tokens[position].text
            if Self.isReferenceNoun(word) || word == "gemiddelde" { return true }
        }
        return false
    }

    /// The norm and the result of a gap `namesNormAfterGap` finds, as a change from the norm to the result, and the
    /// gap's direction; nil when the norm's value or the result is not one the text gives.
    func namedNormGap(at index: Int) -> (from: Operand, to: Operand, sign: Int)? {
        guard namesNormAfterGap(index), let (sign, _) = gapDirection(after: index) else { return nil }
        let levels = analysis.numberIndices.filter { $0 != index && tokens[$0].number?.unit == .percent }
        let norms = levels.filter { Self.isReferenceValue($0, tokens) || isBenchmark($0) }
        let results = levels.filter { !norms.contains($0) }
        guard let norm = soleNorm(among: norms, orBefore: { $0.unit == .percent }) else { return nil }
        if results.count == 1 { return (norm, operand(results[0]), sign) }
        guard results.isEmpty,
            let last = discourse.lastPair?.to ?? discourse.lastDatedValue(of: .percent)?.value.carriedOver,
            last.unit == .percent
        else { return nil }
        return (norm, last, sign)
    }

    /// How many words after 'onder' or 'boven' the noun of the level may stand ('onder het landelijk gemiddelde').
    static let namedNormReach = 3
}
