/// A share's whole beside a comparison coordinated with it: in 'Dat is 26,6% van het jaartotaal van 5,41 miljard, en
/// 8,3% meer dan in 2022 (1,33 miljard)' both claims are of the same subject; 5,41 is the share's whole, never the
/// later value the comparison sets against its base, and the base 1,33 is no part of the share.
extension ClaimParser {
    /// Whether the count at `index` is the whole of a percentage before it in its clause: the percentage, then a
    /// phrase that 'van' opens, of at most `shareWholeReach` words and nothing else, then the count.
    static func isWholeOfShare(_ index: Int, _ analysis: SentenceAnalysis) -> Bool {
        let tokens = analysis.tokens
        guard tokens[index].number?.unit == .count else { return false }
        let clause = analysis.clause(of: index)
        let start = max(clause.lowerBound, index - shareWholeReach - 1)
        guard let share = (start..<index).last(where: { tokens[$0].kind != .word }),
            tokens[share].number?.unit == .percent, share + 1 < index
        else { return false }
        return tokens[share + 1].isWord("van")
    }

    /// The most words between a percentage and the count its 'van' phrase names as its whole ('van het jaartotaal
    /// van').
    static let shareWholeReach = 5
}
