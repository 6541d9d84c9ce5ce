/// Two rates set against each other that share the scale written after the second: in '11,6 tegenover 3,0 per 1.000
/// inwoners' the 'per 1.000' is the first number's scale too, so a factor or a change between them compares two rates
/// of one scale ('… vier keer zo vaak … als ouderen: 11,6 tegenover 3,0 per 1.000 inwoners'), not a count with a rate.
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
}
