/// A number that names something rather than counting it: a phone number, a line or a channel ('612.400 meldingen via
/// 112 binnen', 'vragen via 144'). It stands right after a preposition that gives no amount (not 'met', 'van', 'naar',
/// 'tot', 'op': `Lexicon.amountPrepositions`; nor 'tegen', which sets a base against a value), in digits, a bare count
/// with no noun of its own after it. Such a number is no start or end value of a change.
extension ClaimParser {
    /// Whether the number at `index` names something (see the type).
    static func namesSomething(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, let number = tokens[index].number, number.unit == .count, !number.isWord,
            number.hedge == nil, number.currency.isEmpty, number.multiplier == 1
        else { return false }
        let before = tokens[index - 1]
        guard before.kind == .word, Lexicon.prepositions.contains(before.text),
            !Lexicon.amountPrepositions.contains(before.text), !before.isAgainstWord
        else { return false }
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return true }
        let next = tokens[index + 1].text
        return Lexicon.grammarWords.contains(next) || Lexicon.prepositions.contains(next)
    }
}
