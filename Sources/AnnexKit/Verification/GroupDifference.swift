/// A count that is the difference between two sides a comparison names, each side's value bound to it by the
/// sentence's structure ('Junioren (4.210) vormen de grootste afdeling, met 1.365 spelers meer dan de pupillen
/// (2.845)', 'Noord behandelde 87 meldingen meer dan Zuid: 431 tegenover 344'). The count, the words of its noun
/// phrase and a comparative, then at most a verb's particle or infinitive ('meer te verwerken dan', 'meer binnen
/// dan'), none a finite verb, and 'dan' name the difference of the subject's side over the side after 'dan'. A value
/// is bound to a side in one of two ways:
/// - in brackets alone right after each side's words: the 'dan' side's words and its bracket close the comparison,
///   and the subject's bracket follows the sentence's opening words, before the count, the one other bracket of a
///   count in the sentence;
/// - as two values set against each other after a ':' that closes the comparison (`comparedSides(of:)`), the first
///   the subject's, the second the 'dan' side's.
/// The difference runs from the 'dan' side's value to the subject's. Nothing is bound when either is in doubt (a third
/// bracketed count, a bracket after a number, a pair with words of its own), or when the count is one of the two.
extension ClaimParser {
    /// The comparative and the two sides' values of the count at `index` that measures a comparison of two sides
    /// (see the extension): `from` the value of the side after 'dan', `to` the subject's.
    func groupDifference(of index: Int) -> (comparative: Int, from: Int, to: Int)? {
        guard let unit = tokens[index].number?.unit, unit == .count, let comparative = comparative(measuredBy: index),
            let than = comparisonThan(after: comparative)
        else { return nil }
        guard let sides = pairAfterColon(closing: than) ?? bracketedSides(of: index, than: than),
            [sides.from, sides.to].allSatisfy({ tokens[$0].number?.unit == unit }),
            ReadingSanity.kindAlike([index, sides.from, sides.to], in: tokens),
            let claimed = tokens[index].number?.value,
            ![sides.from, sides.to].contains(where: { tokens[$0].number?.value == claimed })
        else { return nil }
        return (comparative, sides.from, sides.to)
    }

    /// The comparative a count measures: after the count and at most `differencePhraseReach` words of its noun
    /// phrase, none a finite verb ('1.365 spelers meer', '87 meldingen meer').
    func comparative(measuredBy index: Int) -> Int? {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, position - index <= Self.differencePhraseReach {
            let word = tokens[position].text
            if Lexicon.comparatives.contains(word) { return position }
            if Lexicon.finiteVerbs.contains(word) { return nil }
            position += 1
        }
        return nil
    }

    /// The 'dan' of the comparative at `comparative`: right after it or past at most `comparativeMeasureReach`
    /// words, none a finite verb ('meer te verwerken dan'), and no hedge of a number after it ('meer dan 400').
    func comparisonThan(after comparative: Int) -> Int? {
        let reach = min(tokens.count, comparative + 2 + Self.comparativeMeasureReach)
        guard let than = ((comparative + 1)..<reach).first(where: { tokens[$0].isWord("dan") }),
            tokens[(comparative + 1)..<than].allSatisfy({
                $0.kind == .word && !Lexicon.finiteVerbs.contains($0.text) && !Lexicon.comparatives.contains($0.text)
            }),
            than + 1 < tokens.count, tokens[than + 1].number?.hedge == nil
        else { return nil }
        return than
    }

    /// The two values set against each other after the ':' that closes the comparison at `than` (past its words and
    /// years: 'dan in 2024: 9.815 tegen 8.575'), when they are the sides of that comparison (`comparedSides(of:)`).
    private func pairAfterColon(closing than: Int) -> (from: Int, to: Int)? {
        let named = (than + 1)..<tokens.count
        guard let colon = named.first(where: { tokens[$0].kind != .word && tokens[$0].year == nil }),
            tokens[colon].isMark(":"), colon + 3 < tokens.count, tokens[colon + 2].isAgainstWord
        else { return nil }
        let values = [colon + 1, colon + 3]
        guard values.allSatisfy({ tokens[$0].kind == .number }), let sides = comparedSides(of: values),
            sides[1].lowerBound == than
        else { return nil }
        return (values[1], values[0])
    }

    /// The values in brackets right after each side's words: after the words that follow 'dan', closing the
    /// comparison, and after the sentence's opening words, the only other bracket of a count alone in the sentence.
    private func bracketedSides(of index: Int, than: Int) -> (from: Int, to: Int)? {
        var end = than + 1
        while end < tokens.count, tokens[end].kind == .word { end += 1 }
        let named = (than + 1)..<end
        guard named.contains(where: { ContrastedGroups.isContent(tokens[$0].text) }),
            let base = loneBracket(after: end - 1),
            base + 2 == tokens.count || tokens[base + 2].kind == .mark && !tokens[base + 2].isMark("(")
        else { return nil }
        let others = tokens.indices.filter { $0 != base && loneBracket(after: $0 - 2) == $0 }
        guard others.count == 1, let subject = others.first, subject < index,
            tokens[..<(subject - 1)].allSatisfy({ $0.kind == .word }),
            tokens[..<(subject - 1)].contains(where: { ContrastedGroups.isContent($0.text) })
        else { return nil }
        return (base, subject)
    }

    /// The number alone in the brackets right after the token at `index`, if any ('(2.845)').
    private func loneBracket(after index: Int) -> Int? {
        guard index >= 0, let inside = analysis.parenthesis(after: index), inside.count == 1,
            tokens[inside.lowerBound].kind == .number
        else { return nil }
        return inside.lowerBound
    }
}
