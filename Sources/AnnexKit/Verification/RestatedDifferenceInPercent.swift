/// A percentage or a fraction in words that restates a difference in an apposition after it: 'Dat zijn 84 klachten
/// minder, ofwel 17 procent', 'Dat is € 2,70 meer, ofwel bijna 6 procent', 'Dat zijn er 59 minder, bijna een kwart'.
/// The difference is of two values in their own unit; the percentage is the same difference relative to the first of
/// them, so it is a change, signed as the difference, and no share. It says so only by where it stands: alone in its
/// clause, with no word of its own that makes it a share ('…, 17 procent van alle klachten') or a change ('…, 17
/// procent minder', read by `comparative(after:)`).
extension ClaimParser {
    /// The sign of the difference the percentage at `index` restates (see above); nil when it restates none: it opens
    /// no apposition (a restating word and a hedge allowed before it), another number or a word stands after it in
    /// its clause, or the clause before holds other numbers than one count the grammar reads as a signed difference.
    func restatedDifferenceSign(ofPercent index: Int) -> Int? {
        guard tokens[index].number?.unit == .percent else { return nil }
        return restatedDifferenceSign(ofFigureFrom: index, to: index + 1)
    }

    /// The sign of the difference that the figure written from `start` up to `end` restates in the same way: a
    /// percentage, or a fraction in words ('Dat zijn er 59 minder, bijna een kwart': the difference as a fraction of
    /// its start, a change); nil as for a percentage.
    func restatedDifferenceSign(ofFigureFrom start: Int, to end: Int) -> Int? {
        let clause = analysis.clauseOf[start]
        let range = analysis.clauses[clause]
        guard end <= range.upperBound, isApposition(clause),
            tokens[end..<range.upperBound].allSatisfy({ $0.kind == .mark })
        else { return nil }
        var opening = Tokenizer.hedge(before: start, in: tokens, from: range.lowerBound)?.first ?? start
        if opening > range.lowerBound, Self.amountRestaters.contains(tokens[opening - 1].text) { opening -= 1 }
        guard opening == range.lowerBound else { return nil }
        let before = analysis.clauses[clause - 1]
        let differences = analysis.numberIndices.filter { before.contains($0) }
        guard differences.count == 1, let difference = differences.first,
            tokens[difference].number?.unit == .count, let sign = differenceDirection(of: difference), sign != 0
        else { return nil }
        return sign
    }
}
