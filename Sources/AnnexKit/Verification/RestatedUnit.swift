/// A duration or a rate restated in another unit of time, as an apposition of its own or in brackets right after
/// it: 'gemiddeld 84 dagen, twaalf weken', 'anderhalf jaar (18 maanden)', 'ruim drie maanden, 97 dagen', '575 euro
/// per dag, ruim 200 duizend euro per jaar'. The two are equal, so one is a claim about the other: the hedged one
/// when only one is hedged ('ruim drie maanden' against 97 days), else the restatement. A month in days or weeks is
/// a reckoning, so it is a claim only when hedged. Both hedged, one unit twice, a list of quantities or words of
/// their own around the restatement ('84 dagen, de nazorg twaalf weken') give no claim.
extension ClaimParser {
    /// The claim a number makes by restating, or by being restated as, a quantity of time in another unit.
    func restatedUnitReading(_ index: Int, _ number: WrittenNumber) -> Claim? {
        guard number.unit == .count,
            let pair = unitRestatements().first(where: { $0.claim.token == index })
        else { return nil }
        var claim = Claim(kind: .count, site: index, claimed: precise(number, direction: nil, derived: true))
        claim.exact = Operand(pair.operand.number, year: nil, token: pair.operand.token, line: analysis.line(of: index))
            .bound(OperandBinding(.construction))
        claim.conversion = UnitConversion(from: pair.operand.unit, to: pair.claim.unit, isRate: pair.claim.isRate)
        return claim
    }

    /// Every quantity of time the sentence restates in another unit: the claim and the value it is checked by.
    private func unitRestatements() -> [(claim: TimedQuantity, operand: TimedQuantity)] {
        var pairs: [(TimedQuantity, TimedQuantity)] = []
        for (offset, clause) in analysis.clauses.enumerated() where offset > 0 {
            guard let restated = restatement(in: clause), !isListed(offset - 2), !isListed(offset + 1),
                let earlier = soleQuantity(in: analysis.clauses[offset - 1]),
                tokens[analysis.clauses[offset - 1].upperBound - 1].isMark(",")
            else { continue }
            pairs.append((earlier, restated))
        }
        for index in tokens.indices {
            guard let quantity = timedQuantity(at: index), let inside = analysis.parenthesis(after: quantity.end - 1),
                let restated = timedQuantity(at: inside.lowerBound + hedgeLength(before: inside)),
                restated.end == inside.upperBound
            else { continue }
            pairs.append((quantity, restated))
        }
        return pairs.compactMap(claimAndOperand)
    }

    /// Which of two equal quantities is the claim: the hedged one when only one is, else the restatement; nil when
    /// they are not of one kind, are both hedged, or the restatement is a reckoning without a hedge.
    private func claimAndOperand(_ pair: (TimedQuantity, TimedQuantity)) -> (
        claim: TimedQuantity, operand: TimedQuantity
    )? {
        let (earlier, later) = pair
        guard earlier.unit != later.unit, earlier.isRate == later.isRate,
            earlier.noun == later.noun || later.noun == nil, !(earlier.isHedged && later.isHedged)
        else { return nil }
        let (claim, operand) = earlier.isHedged ? (earlier, later) : (later, earlier)
        guard tokens[claim.token].kind == .number,
            claim.isHedged || !UnitConversion(from: operand.unit, to: claim.unit, isRate: claim.isRate).needsHedge
        else { return nil }
        return (claim, operand)
    }

    /// The quantity of time a clause restates: nothing but it, after at most a word that says so ('ofwel'), with the
    /// marks that close the clause.
    private func restatement(in clause: Range<Int>) -> TimedQuantity? {
        var start = clause.lowerBound
        while start < clause.upperBound, tokens[start].kind == .word, Self.restatingWords.contains(tokens[start].text) {
            start += 1
        }
        guard let quantity = timedQuantity(at: start + hedgeLength(before: start..<clause.upperBound)),
            tokens[quantity.end..<clause.upperBound].allSatisfy({
                $0.kind == .mark && Self.closingMarks.contains($0.text)
            })
        else { return nil }
        return quantity
    }

    /// Whether a clause is an item of a list of quantities of time ('14 dagen, 6 weken, 3 maanden'), the last one
    /// after a word that joins it to the list ('14 dagen, 6 weken, of 3 maanden').
    private func isListed(_ offset: Int) -> Bool {
        guard analysis.clauses.indices.contains(offset), !analysis.clauses[offset].isEmpty else { return false }
        let clause = analysis.clauses[offset]
        let opening = tokens[clause.lowerBound]
        let joined = opening.kind == .word && Lexicon.listJoiners.contains(opening.text)
        return restatement(in: joined ? clause.lowerBound + 1..<clause.upperBound : clause) != nil
    }

    /// The one quantity of time in a clause, if it has one and no other number.
    private func soleQuantity(in clause: Range<Int>) -> TimedQuantity? {
        let found = clause.compactMap { timedQuantity(at: $0) }
        let numbers = clause.filter { tokens[$0].kind == .number || tokens[$0].kind == .label }
        guard found.count == 1, let quantity = found.first, numbers.allSatisfy({ $0 == quantity.token }) else {
            return nil
        }
        return quantity
    }

    /// The number of hedge words that open a range ('ruim', 'zo'n', 'meer dan'), with a token after them.
    private func hedgeLength(before range: Range<Int>) -> Int {
        let last = min(range.lowerBound + Tokenizer.longestHedge, range.upperBound - 1)
        for end in stride(from: last, to: range.lowerBound, by: -1)
        where Tokenizer.hedge(before: end, in: tokens, from: range.lowerBound)?.first == range.lowerBound {
            return end - range.lowerBound
        }
        return 0
    }

    /// A quantity of time at `index`: a number, a whole number of years (a label: 'twee jaar') or a fraction in
    /// words ('anderhalf jaar'), with its unit after it ('84 dagen') or a rate's ('575 euro per dag').
    private func timedQuantity(at index: Int) -> TimedQuantity? {
        guard tokens.indices.contains(index), let value = quantityValue(at: index) else { return nil }
        var position = index + 1
        var noun: String?
        if position + 1 < tokens.count, tokens[position].kind == .word, tokens[position + 1].isWord("per") {
            noun = tokens[position].text
            position += 1
        }
        let isRate = position < tokens.count && tokens[position].isWord("per")
        if isRate { position += 1 }
        guard position < tokens.count, tokens[position].kind == .word,
            let unit = PeriodUnit(word: tokens[position].text)
        else { return nil }
        let hedged = value.hedge != nil || Tokenizer.hedge(before: index, in: tokens) != nil
        return TimedQuantity(
            token: index, number: value, unit: unit, isRate: isRate, noun: noun, end: position + 1, isHedged: hedged)
    }

    /// The value at a token: its number, or for a label of years or a fraction in words the number it writes.
    private func quantityValue(at index: Int) -> WrittenNumber? {
        let token = tokens[index]
        if let number = token.number { return number.unit == .count ? number : nil }
        let value: Exact
        switch token.kind {
        case .label:
            guard let whole = Int(token.text) ?? NumberWords.value(of: token.text.lowercased()) else { return nil }
            value = Exact(whole)
        case .word:
            guard let fraction = NumberWords.fraction(of: token.text) else { return nil }
            value = fraction
        default: return nil
        }
        return WrittenNumber(
            value: value, unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil, text: token.text,
            hedge: nil)
    }

    /// Marks that may close a restating clause.
    private static let closingMarks: Set<String> = [",", ";", ".", ":", "!", "?"]
}

/// A quantity of time as a sentence writes it: '84 dagen', 'anderhalf jaar', '575 euro per dag'.
private struct TimedQuantity {
    let token: Int
    let number: WrittenNumber
    let unit: PeriodUnit
    /// Whether it is a rate per the unit ('per dag'), not a duration.
    let isRate: Bool
    /// The word between a rate's number and 'per' ('euro', 'meldingen').
    let noun: String?
    /// The token after its unit.
    let end: Int
    let isHedged: Bool
}
