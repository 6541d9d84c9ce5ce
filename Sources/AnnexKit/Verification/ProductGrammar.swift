/// A product stated as the claim: a rate per one unit and a number of those units, then their product ('1.240 euro
/// per cliënt bij 9.600 cliënten, in totaal 11,9 miljoen euro'; 'gemiddeld 3,2 contacten per cliënt bij 450
/// cliënten, samen 1.440 contacten'), or a share of a stated whole restated as a count ('van de 2.100 plekken was 40
/// procent vervuld, zo'n 840'). The derived number is the one that restates the two before it in a clause of its own
/// that holds nothing but it and its noun, after a word that derives it ('in totaal', 'samen', 'ofwel', 'dat zijn'),
/// a hedge or a colon. A total before its rate ('11,9 miljoen euro voor 9.600 cliënten, gemiddeld 1.240 euro per
/// cliënt') is the mean's total, as before.
extension ClaimParser {
    /// The products the sentence states as counts, each with its two factors.
    func productReadings() -> [Claim] {
        analysis.clauses.indices.dropFirst().compactMap { offset in
            guard let total = restatedTotal(in: analysis.clauses[offset]) else { return nil }
            let before = analysis.numberIndices.filter {
                $0 < total && (Self.isValue($0, tokens) || tokens[$0].number?.unit == .percent)
            }
            guard before.count == 2, let written = tokens[total].number else { return nil }
            guard let (factor, units, scale) = ratePerUnit(before, total: total) ?? shareOfWhole(before, total: total)
            else { return nil }
            var claim = Claim(kind: .count, site: total, claimed: precise(written, direction: nil))
            claim.factors = [operand(factor), operand(units)]
            claim.scale = scale
            return claim
        }
    }

    /// The count a clause restates: nothing but it and at most its noun, after words that derive it, a hedge, or
    /// the colon that closes the clause before it.
    private func restatedTotal(in clause: Range<Int>) -> Int? {
        let previous = clause.lowerBound - 1
        guard previous >= 0, tokens[previous].depth == 0, tokens[previous].isMark(",") || tokens[previous].isMark(":")
        else { return nil }
        var start = clause.lowerBound
        while let end = Self.derivingPhrases.lazy.compactMap({ analysis.phraseEnd($0, at: start) }).first {
            start = end
        }
        if let end = Lexicon.hedgePhrases.lazy.compactMap({ analysis.phraseEnd($0, at: start) }).first { start = end }
        guard start < clause.upperBound, let number = tokens[start].number, number.unit == .count,
            start > clause.lowerBound || number.hedge != nil || tokens[previous].isMark(":")
        else { return nil }
        var end = start + 1
        if ReadingSanity.noun(after: start, in: tokens) != nil { end += 1 }
        guard tokens[end..<clause.upperBound].allSatisfy({ $0.kind == .mark && Self.closingMarks.contains($0.text) })
        else { return nil }
        return start
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
    /// direction word; the count restates the part, of what the whole counts.
    private func shareOfWhole(_ numbers: [Int], total: Int) -> (factor: Int, units: Int, scale: Exact)? {
        guard let share = numbers.first(where: { tokens[$0].number?.unit == .percent }),
            let whole = numbers.first(where: { tokens[$0].number?.unit == .count }),
            whole >= 2, Self.wholeArticles.contains(tokens[whole - 1].text), tokens[whole - 2].isWord("van"),
            directions(in: tokens.indices).isEmpty
        else { return nil }
        if let noun = ReadingSanity.noun(after: total, in: tokens) {
            guard let counted = ReadingSanity.noun(after: whole, in: tokens), Self.namesUnit(noun, counted) else {
                return nil
            }
        }
        return (share, whole, Exact(100))
    }

    /// Words that open a clause whose number derives from the clause before: 'in totaal', 'samen', 'ofwel'.
    static let derivingPhrases = ["in totaal", "samen", "ofwel", "oftewel", "dat zijn", "dat is", "goed voor"]

    /// The articles of a whole after 'van': 'van de 2.100 plekken'.
    private static let wholeArticles: Set<String> = ["de", "het", "alle"]

    /// Marks that close a clause.
    private static let closingMarks: Set<String> = [",", ";", ".", ":", "!", "?"]
}
