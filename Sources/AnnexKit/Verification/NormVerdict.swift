/// A norm met or not: 'De norm van 90 procent werd met 87 procent niet gehaald', 'voldeed met 94 procent aan de
/// streefwaarde van 92 procent', 'bleef met 81 procent onder de norm', also when the norm stands in the sentence
/// before ('De norm is 90 procent. In 2025 werd die met 87 procent niet gehaald.'). The words claim a direction of
/// the result against the norm: 'gehaald' and 'voldoet aan' that it is at least the norm, with 'niet' that it is
/// below it, 'bleef onder' and 'kwam boven' that it is below or above it. Checked as result minus norm (points for
/// percentages), with only its sign claimed; only a norm in percent is met or not by 'gehaald' (a norm of weeks or
/// a count may be a maximum), and only when the sentence binds exactly one result and one norm.
extension ClaimParser {
    /// The claims of direction against a norm the sentence makes, at their verdict words.
    func normVerdictReadings() -> [Claim] {
        tokens.indices.compactMap { position in
            guard let (sign, end, strict) = normVerdict(at: position),
                let (norm, result) = normAndResult(verdict: position, strict: strict)
            else { return nil }
            let zero = Exact(0)
            let accepted =
                sign > 0
                ? Interval(lower: zero, upper: nil, lowerOpen: strict)
                : Interval(lower: nil, upper: zero, upperOpen: true)
            let claimed = Claimed(
                value: zero, accepted: accepted, plausible: accepted, text: analysis.text(verdictStart(position)..<end),
                direction: sign, number: nil)
            var claim = Claim(kind: norm.unit == .percent ? .points : .difference, site: position, claimed: claimed)
            (claim.from, claim.to) = (norm, result)
            return claim
        }
    }

    /// The verdict at `position`: its sign (+1 met or above, −1 not met or below), the token after its words, and
    /// whether it says strictly above or below ('bleef onder', 'kwam boven') rather than met or not.
    private func normVerdict(at position: Int) -> (sign: Int, end: Int, strict: Bool)? {
        let token = tokens[position]
        guard token.kind == .word else { return nil }
        let clause = analysis.clause(of: position)
        // 'werd niet gehaald', 'haalde de norm niet', 'voldeed niet aan': asked only of a word of a verdict.
        func negated() -> Bool { clause.contains { tokens[$0].isWord("niet") } }
        // 'te weinig om het doel te halen', 'om aan de norm te voldoen': an infinitive after 'te' states an aim or a
        // possibility, no verdict.
        if position > 0, tokens[position - 1].isWord("te") { return nil }
        if Self.metWords.contains(token.text) { return (negated() ? -1 : 1, position + 1, false) }
        if Self.complyWords.contains(token.text), let aan = clause.first(where: { tokens[$0].isWord("aan") }) {
            return (negated() ? -1 : 1, max(aan, position) + 1, false)
        }
        guard Self.stayWords.contains(token.text), !negated(),
            let preposition = (position + 1..<clause.upperBound).first(where: {
                tokens[$0].kind == .word && Self.gapPrepositions[tokens[$0].text] != nil
            }),
            let sign = Self.gapPrepositions[tokens[preposition].text],
            // 'bleef 3 procentpunt onder', 'kwam 120 plekken boven': a gap, read as such.
            !(position + 1..<preposition).contains(where: isGap)
        else { return nil }
        // The norm is what the preposition governs: 'onder de norm', 'boven de streefwaarde van 90 procent'.
        var noun = preposition + 1
        while noun < clause.upperBound, ["de", "het"].contains(tokens[noun].text) { noun += 1 }
        guard noun < clause.upperBound, tokens[noun].kind == .word, Self.isReferenceNoun(tokens[noun].text) else {
            return nil
        }
        return (sign, preposition + 1, true)
    }

    /// Where the words of a verdict start: 'niet' right before it is one of them.
    private func verdictStart(_ position: Int) -> Int {
        position > 0 && tokens[position - 1].isWord("niet") ? position - 1 : position
    }

    /// The norm and the one result a verdict at `verdict` sets against each other: the one norm's value of the
    /// sentence, else of the sentence before when this one gives none and the verdict's clause refers to it ('die',
    /// 'de norm'); the result the one other value of the norm's unit of the sentence, in the verdict's clause, no gap
    /// ('3 procentpunt onder'), no size of a change ('een stijging van 0,6 procent') and no value of a change.
    private func normAndResult(verdict: Int, strict: Bool) -> (norm: Operand, result: Operand)? {
        let own = analysis.numberIndices.filter { Self.isReferenceValue($0, tokens) }
        // 'werd die … niet gehaald', 'bleef onder de norm': the clause refers to the norm before.
        guard
            let norm = soleNorm(
                among: own, binding: OperandBinding(.construction),
                orBefore: { _ in
                    analysis.clause(of: verdict).contains { position in
                        tokens[position].kind == .word
                            && (Lexicon.pronouns.contains(tokens[position].text)
                                || Self.isReferenceNoun(tokens[position].text))
                    }
                })
        else { return nil }
        // 'gehaald' and 'voldoet aan' meet a norm in percent only: a norm of weeks or a count may be a maximum.
        guard strict || norm.unit == .percent else { return nil }
        let results = analysis.numberIndices.filter { candidate in
            guard tokens[candidate].number?.unit == norm.unit else { return false }
            // 'Een stijging van 0,6 procent …': the size of a change is no level that meets a norm.
            return !Self.isReferenceValue(candidate, tokens) && !isGap(candidate)
                && !Self.isChangeAmount(candidate, analysis) && !pairs.contains { [$0.from, $0.to].contains(candidate) }
        }
        guard results.count == 1, analysis.clause(of: verdict).contains(results[0]) else { return nil }
        return (norm, operand(results[0]).bound(OperandBinding(.construction)))
    }

    /// Whether the number at `index` is a gap against what follows it: 'onder', 'boven' or a comparative right
    /// after it or its noun, and no 'met' before it ('3 procentpunt onder', not 'met 87 procent onder').
    private func isGap(_ index: Int) -> Bool {
        guard tokens[index].kind == .number, index == 0 || !tokens[index - 1].isWord("met") else { return false }
        var next = index + 1
        if next < tokens.count, tokens[next].kind == .word, Self.gapPrepositions[tokens[next].text] == nil {
            next += 1
        }
        return next < tokens.count
            && (Self.gapPrepositions[tokens[next].text] != nil || Lexicon.comparatives.contains(tokens[next].text))
    }

    /// The values of norms the sentence gives, for a verdict in the next sentence ('De norm is 90 procent.').
    func referenceValues() -> [Operand] {
        analysis.numberIndices.filter { Self.isReferenceValue($0, tokens) }.map { operand($0).carriedOver }
    }

    /// Words that say a norm or target was met ('gehaald', 'behaald').
    private static let metWords: Set<String> = ["gehaald", "behaald", "haalde", "haalden", "haalt", "halen"]

    /// Verbs of complying, with 'aan' after them ('voldoet aan de norm').
    private static let complyWords: Set<String> = ["voldoet", "voldeed", "voldoen", "voldeden", "voldaan"]

    /// Verbs that place a result on a side of a norm ('bleef onder', 'kwam boven').
    private static let stayWords: Set<String> = [
        "bleef", "bleven", "blijft", "blijven", "kwam", "kwamen", "komt", "komen", "lag", "lagen", "ligt", "liggen",
    ]
}
