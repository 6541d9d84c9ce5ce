/// A count that is the subject of the verb right before a word of summing ('1.240 aangesloten woningen gebruikten
/// samen 3.844 MWh', '315 volken leverden in totaal …'): it counts who or what contributed to the total, not a part of
/// it. Only a count that stands alone in its subject: coordinated counts before the verb are the parts ('412 in Noord
/// en 655 in Zuid telden samen …'), and so are counts before a cue with no verb between ('ruim 9.000 bezoeken en
/// aanvragen samen: …', where the parts follow). A count in words is left as it was: it may count the groups a list
/// before named ('De drie afdelingen telden samen …').
extension ClaimParser {
    /// Whether the count at `count` counts the contributors to the total after the adverbial cue of summing at `cue`:
    /// it is written in digits, the only number of the cue's clause before the cue, and between the two stand only
    /// words, at least a noun and a verb (`contributorPhrase`), none of them a coordinator; or only its noun, in a
    /// stretch that leaves out the verb of the stretch before, which sums with the same cue ('De vier grootste namen
    /// samen 5.870 opdrachten …; de overige 34 opdrachtgevers samen 542').
    func countsContributors(_ count: Int, beforeCueAt cue: Int) -> Bool {
        guard let (phrase, _) = analysis.firstPhrase(Self.adverbialSumCues, at: cue), count < cue,
            tokens[count].number?.isWord == false, analysis.clauseOf[count] == analysis.clauseOf[cue],
            cue - count - 1 >= Self.contributorPhrase || cue - count - 1 == 1 && gapsVerb(ofCue: phrase, at: cue)
        else { return false }
        let clause = analysis.clause(of: cue)
        let numbers = analysis.numberIndices.filter { clause.lowerBound <= $0 && $0 < cue }
        return numbers == [count] && tokens[(count + 1)..<cue].allSatisfy { token in
            token.kind == .word && token.depth == tokens[cue].depth && !Self.coordinators.contains(token.text)
        }
    }

    /// Whether the count at `count` counts the contributors to a total after a cue of summing later in its clause.
    func countsContributorsOfTotal(_ count: Int) -> Bool {
        let clause = analysis.clause(of: count)
        return ((count + 1)..<clause.upperBound).contains { countsContributors(count, beforeCueAt: $0) }
    }

    /// Whether the stretch before the one of the cue `phrase` at `cue` sums with the same cue: the cue's stretch
    /// repeats its structure, leaving its verb out.
    private func gapsVerb(ofCue phrase: String, at cue: Int) -> Bool {
        let stretches = analysis.stretches
        return tokens.indices.contains { index in
            stretches[index] == stretches[cue] - 1 && analysis.firstPhrase([phrase], at: index) != nil
        }
    }

    /// Whether the coordinated counts `parts` before the adverbial cue of summing at `cue` count who or what
    /// contributed to the total at `total` ('de 412 vrijwilligers en 168 beroepskrachten samen 57.420 contacten'):
    /// each count has a noun of its own, unlike the others', the total's noun is unlike all of theirs, and only words
    /// stand between the last count and the cue, so that the counts are the subject of the clause whose object is the
    /// total. A list in apposition ('3 auto's en 2 bussen, samen 5 voertuigen') is set off by a mark and stays a sum.
    func countsCoordinatedContributors(_ parts: [Int], beforeCueAt cue: Int, total: Int) -> Bool {
        guard parts.count >= 2, let last = parts.max(), last < cue,
            analysis.firstPhrase(Self.adverbialSumCues, at: cue) != nil,
            let totalNoun = ReadingSanity.noun(after: total, in: tokens)
        else { return false }
        let nouns = parts.compactMap { ReadingSanity.noun(after: $0, in: tokens) }
        let unlike = nouns.count == parts.count && !ReadingSanity.nounAlike(parts, in: tokens)
            && !nouns.contains { Self.areForms($0, totalNoun) }
        return unlike && tokens[(last + 1)..<cue].allSatisfy { $0.kind == .word && $0.depth == tokens[cue].depth }
    }

    /// Whether the coordinated `parts` before the adverbial cue of summing at `cue` are the numbers of names in the
    /// subject ('De wedstrijden van Heren 1 en Dames 1 trokken samen 6.840 toeschouwers'): each a whole number in
    /// digits right after a word written with a capital (a team, a hall, a line), the first name after 'van' (whose
    /// they are), and only words between the last one and the cue. They name who contributed to the total; they count
    /// nothing. Values after places ('In Noord 412 en in Zuid 655 telden samen …') stay parts.
    func namesCoordinatedContributors(_ parts: [Int], beforeCueAt cue: Int) -> Bool {
        guard parts.count >= 2, let first = parts.min(), let last = parts.max(), first >= 2, last < cue,
            tokens[first - 2].isWord("van"), analysis.firstPhrase(Self.adverbialSumCues, at: cue) != nil
        else { return false }
        let named = parts.allSatisfy { part in
            guard part >= 1, tokens[part - 1].kind == .word, let number = tokens[part].number else { return false }
            return analysis.startsWithCapital(part - 1) && number.value.isInteger && !number.isWord
                && number.hedge == nil && number.currency.isEmpty && number.multiplier == 1
        }
        return named && tokens[(last + 1)..<cue].allSatisfy { $0.kind == .word && $0.depth == tokens[cue].depth }
    }

    /// 'Het gemiddelde verbruik per aansluiting kwam uit op 3,1 MWh: 1.240 woningen gebruikten samen 3.844 MWh': a
    /// mean in a clause that a colon closes, an average word before it there, is the total of the clause after the
    /// colon over the count of its contributors (`countsContributors`), when the total is of the mean's unit: in its
    /// currency ('€ 412 … samen € 947.600'), or without one with a noun after it that is a form of the mean's ('MWh'
    /// and 'MWh'). A rate of the total over the count, per one.
    func contributorsMeanReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        let clause = analysis.clause(of: index)
        guard written.unit == .count, let colon = clause.last, tokens[colon].isMark(":"), colon + 1 < tokens.count,
            !analysis.indices(of: Lexicon.averageWords, in: clause.lowerBound..<index).isEmpty,
            !analysis.numberIndices.contains(where: { $0 > index && $0 < colon })
        else { return nil }
        /// Whether the total at `total` is of the mean's unit: its currency, or without one the noun after it.
        func agrees(_ total: Int) -> Bool {
            guard let currency = tokens[total].number?.currency, currency == written.currency else { return false }
            guard currency.isEmpty else { return true }
            let nouns = [index, total].map { ReadingSanity.noun(after: $0, in: tokens) }
            return nouns[0].flatMap { unit in nouns[1].map { Self.areForms(unit, $0) } } ?? false
        }
        let next = analysis.clause(of: colon + 1)
        for cue in next {
            guard let (_, end) = analysis.firstPhrase(Self.adverbialSumCues, at: cue) else { continue }
            let counts = analysis.numberIndices.filter { next.lowerBound <= $0 && $0 < cue }
            guard counts.count == 1, countsContributors(counts[0], beforeCueAt: cue),
                let total = analysis.numberIndices.first(where: { $0 >= end && next.contains($0) }),
                tokens[end..<total].allSatisfy({ $0.kind == .word || $0.isMark("€") }), agrees(total)
            else { return nil }
            var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
            (claim.scale, claim.part, claim.whole) = (Exact(1), operand(total), operand(counts[0]))
            return claim
        }
        return nil
    }

    /// Cues of summing that stand as an adverb after the verb ('gebruikten samen', 'leverden in totaal'), not a verb
    /// themselves ('bedroeg').
    static let adverbialSumCues = Lexicon.joiningCues + ["in totaal"]
    /// The fewest words between a contributors' count and the cue: its noun and the verb.
    static let contributorPhrase = 2
    /// Words that coordinate a count's phrase with another ('bezoeken en aanvragen').
    static let coordinators: Set<String> = ["en", "of", "plus", "alsmede", "noch"]
}
