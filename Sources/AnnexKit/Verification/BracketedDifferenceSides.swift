/// A difference between two sides named in 'het verschil tussen A en B' whose values the phrase itself gives in
/// brackets: each side's value in a bracket right after its words ('Het verschil tussen de oudste boom (412 jaar) en
/// de jongste (37 jaar) bedraagt 375 jaar'), or the two set against each other in one bracket after both names ('Het
/// verschil tussen jongens en meisjes (214 tegenover 198) is 16'). The brackets bind the values to the difference,
/// which has no direction: the larger less the smaller. Nothing is bound when the phrase holds a number outside its
/// brackets, a bracket with another number than its side's value, a third bracket, or when the claim is one of the two.
extension ClaimParser {
    /// The two values, smaller first, the phrase 'verschil tussen A (x) en B (y)' or 'tussen A en B (x tegenover y)'
    /// before the number at `index` gives in brackets (see the extension): percentages for a difference in points,
    /// counts for a count.
    func bracketedDifferenceSides(of index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard let claimed = tokens[index].number, claimed.unit == (unit == .percent ? .points : unit),
            let phrase = betweenPhrase(for: index),
            let sides = bracketedSides(in: phrase) ?? pairedSides(in: phrase),
            sides.allSatisfy({ tokens[$0].number?.unit == unit && tokens[$0].number?.value != claimed.value }),
            ReadingSanity.kindAlike([index] + sides, in: tokens)
        else { return nil }
        let bound = OperandBinding(.reference)
        let ordered = sides.map { operand($0).bound(bound) }.sorted { $0.value < $1.value }
        return (ordered[0], ordered[1])
    }

    /// Whether the count at `index` is a difference whose sides' values its phrase gives in brackets.
    func hasBracketedSides(_ index: Int) -> Bool { bracketedDifferenceSides(of: index, unit: .count) != nil }

    /// 'A (x) en B (y)': two brackets, each with one number that is no year, the first after words of A, the second
    /// closing the phrase after 'en' and words of B; no number outside them.
    private func bracketedSides(in phrase: Range<Int>) -> [Int]? {
        let brackets = brackets(in: phrase)
        guard brackets.count == 2, brackets[1].upperBound + 1 == phrase.upperBound,
            brackets[0].lowerBound - 1 > phrase.lowerBound,
            let joiner = ((brackets[0].upperBound + 1)..<(brackets[1].lowerBound - 1)).first(where: {
                tokens[$0].isWord("en")
            }),
            joiner + 1 < brackets[1].lowerBound - 1,
            looseNumbers(in: phrase, outside: brackets).isEmpty
        else { return nil }
        let values = brackets.map { looseNumbers(in: $0, outside: []) }
        guard values.allSatisfy({ $0.count == 1 }) else { return nil }
        return values.map { $0[0] }
    }

    /// 'A en B (x tegenover y)': one bracket closing the phrase, after words of A, 'en' and words of B, holding only
    /// two numbers set against each other ('tegen', 'tegenover', 'versus').
    private func pairedSides(in phrase: Range<Int>) -> [Int]? {
        let brackets = brackets(in: phrase)
        guard brackets.count == 1, let inside = brackets.first, inside.upperBound + 1 == phrase.upperBound,
            inside.count == 3, tokens[inside.lowerBound + 1].isAgainstWord,
            [inside.lowerBound, inside.lowerBound + 2].allSatisfy({ tokens[$0].kind == .number }),
            inside.lowerBound - 1 > phrase.lowerBound,
            tokens[phrase.lowerBound..<(inside.lowerBound - 1)].contains(where: { $0.isWord("en") }),
            looseNumbers(in: phrase, outside: brackets).isEmpty
        else { return nil }
        return [inside.lowerBound, inside.lowerBound + 2]
    }

    /// The insides of the brackets that open in `range` at its own depth.
    private func brackets(in range: Range<Int>) -> [Range<Int>] {
        let depth = tokens[range.lowerBound].depth
        return range.filter { tokens[$0].isMark("(") && tokens[$0].depth == depth }.compactMap {
            analysis.parenthesis(after: $0 - 1)
        }
    }

    /// The numbers in `range`, no years, that stand in none of `brackets` (nor their parentheses).
    private func looseNumbers(in range: Range<Int>, outside brackets: [Range<Int>]) -> [Int] {
        range.filter { index in
            tokens[index].kind == .number && tokens[index].year == nil
                && !brackets.contains(where: { $0.contains(index) })
        }
    }
}
