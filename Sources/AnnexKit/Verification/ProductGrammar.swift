/// A product stated as the claim: a rate per one unit and a number of those units, then their product ('1.240 euro
/// per cliënt bij 9.600 cliënten, in totaal 11,9 miljoen euro'; 'gemiddeld 3,2 contacten per cliënt bij 450
/// cliënten, samen 1.440 contacten'), or a share of a stated whole restated as a count ('van de 2.100 plekken was 40
/// procent vervuld, zo'n 840'). The derived number is the one that restates the two before it in a clause of its own
/// that holds nothing but it and its noun, after a word that derives it ('in totaal', 'samen', 'ofwel', 'dat zijn'),
/// a hedge or a colon, or in a bracket that holds nothing but it and its noun after such a word or a hedge ('12
/// procent (ongeveer 460 mensen)'): an exact count in a bracket is the share's part, as before. A total before its
/// rate ('11,9 miljoen euro voor 9.600 cliënten, gemiddeld 1.240 euro per cliënt') is the mean's total, as before.
extension ClaimParser {
    /// The products the sentence states as counts, each with its two factors.
    func productReadings() -> [Claim] {
        if let restated = restatedShareBefore() { return [restated] }
        let inClauses = analysis.clauses.indices.dropFirst().compactMap { clause in
            restatedTotal(in: analysis.clauses[clause]) ?? arrivedTotal(in: analysis.clauses[clause])
        }
        let inBrackets = tokens.indices.dropFirst().compactMap { bracketedTotal(opening: $0) }
        return (inClauses + inBrackets).compactMap { total, isDerived in
            // A count per a unit of time ('het maximum van 30 nachten per jaar') is a rate, no factor.
            let before = analysis.numberIndices.filter {
                $0 < total && (Self.isValue($0, tokens) || tokens[$0].number?.unit == .percent) && !isRatePerTime($0)
            }
            guard let written = tokens[total].number else { return nil }
            // The count is computed from the two before it, so rounded like any computed number ('64 procent van de
            // 1.730, ofwel 1.107' for 1.107,2).
            func product(_ factors: [Operand], scale: Exact) -> Claim {
                var claim = Claim(kind: .count, site: total, claimed: precise(written, direction: nil, derived: true))
                claim.factors = factors
                claim.scale = scale
                return claim
            }
            if before.count == 1, let whole = referredWhole(ofShare: before[0], total: total, isDerived: isDerived) {
                return product([operand(before[0]), whole], scale: Exact(100))
            }
            // 'Van de 4,7 miljoen ontvangers kreeg een kwart …, zo'n 1,2 miljoen huishoudens': a fraction in words.
            if let fraction = soleFractionShare(), fraction.span.upperBound <= total,
                case let wholes = before.filter({ !fraction.span.contains($0) }), wholes.count == 1,
                isWholeOfProduct(wholes[0], total: total, isDerived: isDerived)
            {
                return product([fraction.share, operand(wholes[0])], scale: Exact(100))
            }
            guard before.count == 2, let (factor, units, scale) = ratePerUnit(before, total: total)
                ?? shareOfWhole(before, total: total, isDerived: isDerived) ?? sizeOfEach(before, total: total)
            else { return nil }
            return product([operand(factor), operand(units)], scale: scale)
        }
    }

    /// The count a clause restates: nothing but it and at most its noun, after words that derive it, a hedge, or
    /// the colon that closes the clause before it. After ';', which closes a statement ('…, was 17 procent meisje;
    /// dat zijn ruim 2.100 meisjes'), only words that derive it tie the count to the clause before; a hedge alone
    /// does not.
    private func restatedTotal(in clause: Range<Int>) -> (Int, isDerived: Bool)? {
        let previous = clause.lowerBound - 1
        guard previous >= 0, tokens[previous].depth == 0,
            [",", ":", ";"].contains(where: { tokens[previous].isMark($0) })
        else { return nil }
        guard let (start, isDerived) = derivedCount(opening: clause) else { return nil }
        guard isDerived || tokens[previous].isMark(":"), closes(clause, after: start) else { return nil }
        if tokens[previous].isMark(";") {
            guard Self.derivingPhrases.contains(where: { analysis.phraseEnd($0, at: clause.lowerBound) != nil }) else {
                return nil
            }
        }
        return (start, isDerived)
    }

    /// The count a clause arrives at after a verb of arriving and its preposition (`verbs`: '…; met 14,5 fte komt dat
    /// op bijna 1,1 miljoen euro', 'dat komt neer op 840 uur'), closing the clause with at most its noun (or as
    /// `closing` says): it is derived from the numbers before it, whatever else the clause holds.
    func arrivedTotal(
        in clause: Range<Int>, verbs: [String: String] = arrivingVerbs, closing: ((Int) -> Bool)? = nil
    ) -> (Int, isDerived: Bool)? {
        let arriving = { (at: Int) in tokens[at].kind == .word && verbs[tokens[at].text] != nil }
        guard let verb = clause.first(where: arriving), let preposition = verbs[tokens[verb].text],
            let on = clause[(verb + 1)...].prefix(Self.arrivingReach).first(where: { tokens[$0].isWord(preposition) }),
            tokens[(verb + 1)..<on].allSatisfy({ $0.kind == .word }),
            let (start, _) = derivedCount(opening: (on + 1)..<clause.upperBound),
            closing?(start) ?? closes(clause, after: start)
        else { return nil }
        return (start, true)
    }

    /// Whether the count at `start` and at most its noun close `clause`.
    func closes(_ clause: Range<Int>, after start: Int) -> Bool {
        let end = ReadingSanity.noun(after: start, in: tokens) != nil ? start + 2 : start + 1
        return tokens[end..<clause.upperBound].allSatisfy { $0.kind == .mark && Self.closingMarks.contains($0.text) }
    }

    /// The count a bracket at `open` restates: nothing but it and at most its noun, after words that derive it or
    /// a hedge ('(ongeveer 460 mensen)', '(dat zijn 460 mensen)'). A bracket inside a bracket restates nothing.
    private func bracketedTotal(opening open: Int) -> (Int, isDerived: Bool)? {
        guard tokens[open].isMark("("), tokens[open].depth == 0, let inside = analysis.parenthesis(after: open - 1),
            let (start, isDerived) = derivedCount(opening: inside), isDerived
        else { return nil }
        let end = ReadingSanity.noun(after: start, in: tokens) != nil ? start + 2 : start + 1
        return end == inside.upperBound ? (start, true) : nil
    }

    /// The count that opens `range` after words that derive it and a hedge, and whether either stands there; the
    /// pronoun 'er' that goes with a count may follow the words that derive it ('dat zijn er ongeveer 1,1 miljoen').
    func derivedCount(opening range: Range<Int>) -> (Int, isDerived: Bool)? {
        var start = range.lowerBound
        while let end = Self.derivingPhrases.lazy.compactMap({ analysis.phraseEnd($0, at: start) }).first {
            start = end
        }
        if start > range.lowerBound, start < range.upperBound, tokens[start].isWord("er") { start += 1 }
        if let end = Lexicon.hedgePhrases.lazy.compactMap({ analysis.phraseEnd($0, at: start) }).first { start = end }
        guard start < range.upperBound, let number = tokens[start].number, number.unit == .count else { return nil }
        return (start, start > range.lowerBound || number.hedge != nil)
    }

    /// A rate per one unit and the number of those units: '1.240 euro per cliënt bij 9.600 cliënten'. The total
    /// counts what the rate counts ('3,2 contacten per cliënt …, samen 1.440 contacten'), in its currency.
    private func ratePerUnit(_ numbers: [Int], total: Int) -> (factor: Int, units: Int, scale: Exact)? {
        for (rate, units) in [(numbers[0], numbers[1]), (numbers[1], numbers[0])] {
            guard let written = tokens[rate].number, written.unit == .count, tokens[units].number?.unit == .count,
                let unit = perNoun(of: rate), let counted = ReadingSanity.noun(after: units, in: tokens),
                Self.namesUnit(counted, unit), tokens[total].number?.currency == written.currency
            else { continue }
            let rateNoun = ReadingSanity.noun(after: rate, in: tokens).flatMap { $0 == "per" ? nil : $0 }
            if let noun = ReadingSanity.noun(after: total, in: tokens) {
                guard let rateNoun, Self.namesUnit(noun, rateNoun) || Self.isForm(rateNoun, of: noun) else { continue }
            }
            return (rate, units, Exact(1))
        }
        return nil
    }

    /// A percentage of a whole 'van de' names ('van de 2.100 plekken was 40 procent vervuld'), in a sentence with no
    /// direction word; the count restates the part, of what the whole counts, or derived (`isDerived`: after a hedge
    /// or a word that derives it) and no more than the whole.
    private func shareOfWhole(
        _ numbers: [Int], total: Int, isDerived: Bool
    ) -> (factor: Int, units: Int, scale: Exact)? {
        guard let share = numbers.first(where: { tokens[$0].number?.unit == .percent }),
            let whole = numbers.first(where: { tokens[$0].number?.unit == .count }),
            isWholeOfProduct(whole, total: total, isDerived: isDerived)
        else { return nil }
        return (share, whole, Exact(100))
    }

    /// Whether the count at `whole` is a whole 'van de' names, in a sentence with no direction word, whose part the
    /// count at `total` restates (see `shareOfWhole`).
    private func isWholeOfProduct(_ whole: Int, total: Int, isDerived: Bool) -> Bool {
        guard whole >= 2, Self.wholeArticles.contains(tokens[whole - 1].text), tokens[whole - 2].isWord("van"),
            directions(in: tokens.indices).isEmpty
        else { return false }
        // A count of another noun restates the part when a hedge or a word derives it ('van de 3.820 cliënten …,
        // zo'n 650 personen') and it is no more than the whole; an exact one after a colon ('…: 5.560 mensen') is the
        // part the share is of.
        if let noun = ReadingSanity.noun(after: total, in: tokens),
            ReadingSanity.noun(after: whole, in: tokens).map({ Self.namesUnit(noun, $0) }) != true
        {
            guard isDerived, let count = tokens[total].number?.value, let counted = tokens[whole].number?.value else {
                return false
            }
            return count <= counted
        }
        return true
    }

    /// Words that open a clause whose number derives from the clause before: 'in totaal', 'samen', 'ofwel'.
    static let derivingPhrases = ["in totaal", "samen", "ofwel", "oftewel", "dat zijn", "dat is", "goed voor"]

    /// Forms of 'komen' that arrive at a total, each with its preposition 'op' ('komt dat op', 'kwam neer op').
    static let arrivingVerbs: [String: String] = [
        "komt": "op", "komen": "op", "kom": "op", "kwam": "op", "kwamen": "op",
    ]
    /// The most tokens between such a verb and its preposition ('komt het totaal dus neer op').
    private static let arrivingReach = 5

    /// The articles of a whole after 'van': 'van de 2.100 plekken'.
    private static let wholeArticles: Set<String> = ["de", "het", "alle"]

    /// Marks that close a clause.
    private static let closingMarks: Set<String> = [",", ";", ".", ":", "!", "?"]
}
