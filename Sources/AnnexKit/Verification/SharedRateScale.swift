/// Two rates set against each other that share the scale written after the second: in '11,6 tegenover 3,0 per 1.000
/// inwoners' the 'per 1.000' is the first number's scale too, so a factor or a change between them compares two rates
/// of one scale ('… vier keer zo vaak … als ouderen: 11,6 tegenover 3,0 per 1.000 inwoners'), not a count with a rate.
/// So does a value set against a rate before it that states no scale of its own: in '€ 47,50 per 100 kilo, tegen
/// € 61,69 in 2022' the second price is per 100 kilo too (the scale is left out, not changed).
extension ClaimParser {
    /// The number the number at `index` is set against right after it, with no words of its own between: a word that
    /// sets two values against each other ('tegen', 'tegenover', 'versus') and the number right after that word; nil
    /// otherwise ('11,6 jongeren tegen 3,0 per 1.000' names the first number's own noun, and shares no scale).
    static func scalePartner(of index: Int, in tokens: [Token]) -> Int? {
        let join = index + 1
        guard join + 1 < tokens.count, tokens[index].kind == .number,
            joiners.contains(where: { tokens[join].isWord($0) }), tokens[join + 1].kind == .number
        else { return nil }
        return join + 1
    }

    /// The position of 'per' in the rate phrase of the number the number at `index` is set against before it: the
    /// number at `index` right after a word that sets two values against each other (a '€' between), that word right
    /// after the rate phrase or a comma after it, and that phrase ('per 100 kilo': 'per', its scale, words) the last
    /// of a number before it, with only words between them; nil otherwise.
    static func leadingRatePer(of index: Int, in tokens: [Token]) -> Int? {
        var join = index - 1
        if join >= 0, tokens[join].isMark("€") { join -= 1 }
        guard join >= 1, tokens[index].kind == .number, joiners.contains(where: { tokens[join].isWord($0) })
        else { return nil }
        let phraseEnd = tokens[join - 1].isMark(",") ? join - 2 : join - 1
        guard phraseEnd >= 2,
            let per = (max(0, phraseEnd - ratePhraseReach)..<phraseEnd).last(where: { tokens[$0].isWord("per") }),
            tokens[(per + 2)..<(phraseEnd + 1)].allSatisfy({ $0.kind == .word }),
            let owner = tokens[..<per].lastIndex(where: { $0.kind != .word }), tokens[owner].kind == .number
        else { return nil }
        return Self.per(after: owner, in: tokens, reach: ratePhraseReach) == per ? per : nil
    }
}
