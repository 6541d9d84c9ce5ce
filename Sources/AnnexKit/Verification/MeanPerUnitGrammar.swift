/// Means of a total over a number of units: 'In twaalf gemeenten kwamen 7.980 meldingen binnen, gemiddeld 665 per
/// gemeente', 'per gemeente gemiddeld 665', 'een gemiddelde van 665 per gemeente'.
extension ClaimParser {
    /// A mean 'per' a unit whose number the sentence gives ('twaalf gemeenten'), of the sentence's one other count
    /// (the total) in its stretch; when the mean names what it counts ('665 meldingen per gemeente'), the total must
    /// count it too. A rate of the total over the units, per one; none when the stretch gives more counts or several
    /// of the unit.
    func meanPerUnitReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        guard written.unit == .count, isAveraged(index), let unit = perNoun(of: index) else { return nil }
        // The total and the units stand in the mean's own stretch: a count after ';' with a verb of its own ('…
        // kost gemiddeld 58.900 euro per cliënt; in 2023 verbleven 1.190 cliënten …') states something else.
        let stretches = Self.stretches(tokens)
        let counts = numbers(.count, in: tokens.indices).filter {
            $0 != index && Self.isValue($0, tokens) && stretches[$0] == stretches[index]
        }
        let units = counts.filter { count in
            ReadingSanity.noun(after: count, in: tokens).map { Self.isForm($0, of: unit) } ?? false
        }
        let totals = counts.filter { !units.contains($0) }
        guard units.count == 1, totals.count == 1, ReadingSanity.kindAlike([index, totals[0]], in: tokens) else {
            return nil
        }
        if let own = ReadingSanity.noun(after: index, in: tokens), !tokens[index + 1].isWord("per") {
            guard let counted = ReadingSanity.noun(after: totals[0], in: tokens),
                Self.isForm(counted, of: own) || Self.isForm(own, of: counted)
            else { return nil }
        }
        var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
        (claim.scale, claim.part, claim.whole) = (Exact(1), operand(totals[0]), operand(units[0]))
        return claim
    }

    /// The unit a mean at `index` is per: the word after 'per' in its phrase after it ('665 (meldingen) per
    /// gemeente'), else after a 'per' that opens the stretch of its clause before it ('per gemeente gemiddeld 665').
    private func perNoun(of index: Int) -> String? {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, !tokens[position].isWord("per"),
            position - index <= Self.nounReach
        {
            position += 1
        }
        if position + 1 < tokens.count, tokens[position].isWord("per"), tokens[position + 1].kind == .word {
            return tokens[position + 1].text
        }
        let clause = analysis.clause(of: index)
        let start = max(clause.lowerBound, index - Self.averageCueReach - 2)
        guard let per = (start..<index).last(where: { tokens[$0].isWord("per") }), per + 1 < index,
            tokens[per + 1].kind == .word, tokens[(per + 1)..<index].allSatisfy({ $0.kind == .word })
        else { return nil }
        return tokens[per + 1].text
    }
}
