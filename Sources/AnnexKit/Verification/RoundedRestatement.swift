/// A pair restated rounded in brackets: 'ging van 2.449 naar 2.551 (afgerond van 2.400 naar 2.600): een groei van
/// 4,2%'. The brackets give the same change in rounder numbers; a change claimed of it is one of the exact values, so
/// the rounded pair is no pair of its own when the exact pair stands before it (a claim that holds only on the
/// rounded values is the mistake).
extension ClaimParser {
    /// `pairs` without those that stand in a parenthesis opened by a word of rounding ('afgerond') after a pair of
    /// the same unit outside any parenthesis.
    static func withoutRoundedRestatements(_ pairs: [FromTo], _ analysis: SentenceAnalysis) -> [FromTo] {
        let tokens = analysis.tokens
        return pairs.filter { pair in
            guard let inside = analysis.enclosingParenthesis(of: pair.from), inside.contains(pair.to),
                let first = inside.first, Lexicon.roundingWords.contains(tokens[first].text)
            else { return true }
            let unit = tokens[pair.from].number?.unit
            return !pairs.contains { other in
                other.to < inside.lowerBound && tokens[other.from].number?.unit == unit
                    && analysis.enclosingParenthesis(of: other.from) == nil
            }
        }
    }
}
