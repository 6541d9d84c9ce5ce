/// A level and the difference from another time that the clause right after it gives: 'Het asiel ving dit jaar 540
/// honden op, 60 meer dan vorig jaar.' The difference opens its clause, compares with a time ('dan vorig jaar') and
/// names no value of that time; the level is the one count of the clause before. The change runs from the level less
/// the signed difference to the level (480 → 540), as 'met 60 tot 540' does (`differenceSpan(in:frame:)`).
extension ClaimParser {
    /// The level the difference from another time at `index` restates: the one count of the clause before, an amount
    /// when the difference is one; nil when the difference's clause has another number or does not open with it.
    func restatedLevel(ofDifference index: Int) -> Int? {
        let clause = analysis.clauseOf[index]
        guard clause > 0, analysis.clauses[clause].lowerBound == index, Self.isDifferenceFromTime(index, tokens),
            analysis.numberIndices.filter({ analysis.clauses[clause].contains($0) }) == [index]
        else { return nil }
        let counts = numbers(.count, in: analysis.clauses[clause - 1])
        guard counts.count == 1, let level = counts.first, Self.isValue(level, tokens),
            tokens[level].number?.isAmount == tokens[index].number?.isAmount
        else { return nil }
        return level
    }
}
