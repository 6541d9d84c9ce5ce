/// A share's whole beside a comparison coordinated with it: in 'Dat is 26,6% van het jaartotaal van 5,41 miljard, en
/// 8,3% meer dan in 2022 (1,33 miljard)' both claims are of the same subject; 5,41 is the share's whole, never the
/// later value the comparison sets against its base, and the base 1,33 is no part of the share.
extension ClaimParser {
    /// Whether the count at `index` is the whole of a percentage before it in its clause (with `inWords`, also of a
    /// fraction in words: 'ruim een kwart van alle 4.860 meldingen'): the share, then a phrase that 'van' opens, of at
    /// most `shareWholeReach` words and nothing else, then the count.
    static func isWholeOfShare(_ index: Int, _ analysis: SentenceAnalysis, inWords: Bool = false) -> Bool {
        let tokens = analysis.tokens
        guard tokens[index].number?.unit == .count else { return false }
        let clause = analysis.clause(of: index)
        let start = max(clause.lowerBound, index - shareWholeReach - 1)
        let isFraction = { (position: Int) in inWords && Lexicon.fractions[tokens[position].text] != nil }
        guard let share = (start..<index).last(where: { tokens[$0].kind != .word || isFraction($0) }),
            tokens[share].number?.unit == .percent || isFraction(share), share + 1 < index
        else { return false }
        return tokens[share + 1].isWord("van")
    }

    /// Whether 'en' stands between the value at `value` and a later comparison or claim at `other`: the two are
    /// coordinated ('… van alle 4.860 meldingen en 180 meer dan …').
    static func isCoordinated(_ value: Int, with other: Int, _ tokens: [Token]) -> Bool {
        value < other && tokens[value..<other].contains { $0.isWord("en") }
    }

    /// The most words between a percentage and the count its 'van' phrase names as its whole ('van het jaartotaal
    /// van').
    static let shareWholeReach = 5
}
