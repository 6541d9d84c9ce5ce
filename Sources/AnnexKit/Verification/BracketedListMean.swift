/// A mean whose subject brackets the values it is of, the mean after its verb: 'De gemiddelde bezettingsgraad van de
/// vier klinieken (92, 88, 97 en 95 procent) kwam uit op 93 procent.', 'Gemiddeld over de vier telpunten (14.200,
/// 9.800, 8.600 en 8.700) kwam het werkdaggemiddelde uit op 10.325 fietsers per telpunt.'. The average word governs
/// the first number after the parenthesis, not the list inside it, and the list is no sum's parts.
extension ClaimParser {
    /// Whether the number at `index` is the mean of the list a parenthesis before it holds: an average word before
    /// the parenthesis in the mean's clause and no word of a weighed mean or median in the sentence; the
    /// parenthesis one list of at least two values of the mean's unit and no other number; only words between it and
    /// the mean; before it in the clause no number but at most one size as large as the list.
    func meansBracketedList(_ index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        guard let unit = tokens[index].number?.unit, tokens[index].depth == 0,
            let close = (clause.lowerBound..<index).last(where: { tokens[$0].isMark(")") }),
            tokens[(close + 1)..<index].allSatisfy({ $0.kind == .word }),
            let open = (clause.lowerBound..<close).last(where: { tokens[$0].isMark("(") }),
            !analysis.indices(of: Lexicon.averageWords, in: clause.lowerBound..<open).isEmpty,
            analysis.indices(of: Lexicon.unplainMeanWords, in: tokens.indices).isEmpty
        else { return false }
        let inside = analysis.numberIndices.filter { $0 > open && $0 < close }
        guard inside.count >= Self.leastParts, listRuns(inside) == [inside],
            inside.allSatisfy({ tokens[$0].number?.unit == unit })
        else { return false }
        let before = analysis.numberIndices.filter { clause.contains($0) && $0 < open }
        return before.count <= 1 && before.allSatisfy { tokens[$0].number?.value == Exact(inside.count) }
    }
}
