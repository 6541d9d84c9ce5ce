/// The word a number's hedges follow: 'met' in 'steeg met ruim 12 procent', 'van' in 'een groei van bijna 5%'.
extension ClaimParser {
    /// The position of the token before the number at `index` and the hedges right before it ('ruim', 'bijna'); the
    /// sentence's first token is never skipped, and -1 when the number opens the sentence.
    static func positionPastHedges(before index: Int, in tokens: [Token]) -> Int {
        var before = index - 1
        while before > 0, tokens[before].kind == .word, Lexicon.hedges[tokens[before].text] != nil { before -= 1 }
        return before
    }

    /// The position of the token before the amount at `index`, past its hedges and '€' ('met ruim € 400', 'voor
    /// € 2,1 miljoen'), never at or before `floor`; `floor` itself when only those stand between.
    static func positionPastHedgesAndEuro(before index: Int, in tokens: [Token], above floor: Int = 0) -> Int {
        var before = index - 1
        while before > floor, tokens[before].kind == .word && Lexicon.hedges[tokens[before].text] != nil
            || tokens[before].isMark("€")
        {
            before -= 1
        }
        return before
    }
}
