/// 'Het percentage … daalde van 19 naar 17 procent. Dat komt doordat het aantal eenpersoonshuishoudens met 6 procent
/// groeide.': a change whose clause says a count changes ('het aantal', 'dat aantal' before it) is a change of a
/// count, and a count is no percentage: two percentages are never its start and end values.
extension ClaimParser {
    /// Whether the claim at `index` changes a count: its clause names 'aantal' after a definite article or a word
    /// of reference before the claim ('een aantal' means 'some'), and no word of a share ('het aandeel').
    func changesCount(at index: Int) -> Bool {
        let clause = analysis.clause(of: index)
        guard !clause.contains(where: { tokens[$0].kind == .word && Lexicon.shareWords.contains(tokens[$0].text) })
        else { return false }
        return (clause.lowerBound..<index).contains { position in
            position > clause.lowerBound && tokens[position].isWord("aantal")
                && Self.countDeterminers.contains(tokens[position - 1].text)
        }
    }

    /// The words before 'aantal' that make it the count of a noun ('het aantal', 'dat aantal', 'dit aantal').
    static let countDeterminers: Set<String> = ["het", "dat", "dit"]
}
