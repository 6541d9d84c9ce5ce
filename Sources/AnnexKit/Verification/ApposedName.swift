/// A noun that names the number right after it by 'van': 'op een omzet van 95 miljoen euro', 'met een budget van € 4,2
/// miljoen', 'bij een capaciteit van 1.200 plaatsen'. Amounts are mostly named so, before them, where counts are named
/// by the noun after them ('1.200 plaatsen'). The noun names that number and not the one before it: in '1,9 miljoen
/// euro op een omzet van 95 miljoen euro' the 'omzet' is the 95 miljoen, and the 1,9 miljoen is none.
extension ClaimParser {
    /// The article, the noun and 'van' right before the number at `index` (past its currency sign): the article's
    /// position and the noun. None when another word stands between ('de totale lasten van').
    func apposedName(of index: Int) -> (start: Int, noun: String)? {
        let start = analysis.amountStart(of: index)
        guard start >= 3, tokens[start - 1].isWord("van"), tokens[start - 2].kind == .word,
            ContrastedGroups.isContent(tokens[start - 2].text), tokens[start - 3].kind == .word,
            Lexicon.articles.contains(tokens[start - 3].text)
        else { return nil }
        return (start - 3, tokens[start - 2].text)
    }

    /// Where the words that name the count at `index` end: at the name apposed to the next number that is no count of
    /// time (`apposedName(of:)`), if it has one.
    func namingLimit(of index: Int) -> Int? {
        analysis.numberIndices.first { $0 > index && !countsTime($0) }.flatMap { apposedName(of: $0)?.start }
    }
}
