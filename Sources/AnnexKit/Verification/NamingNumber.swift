/// A number that names something rather than counting it: a phone number, a line or a channel ('612.400 meldingen via
/// 112 binnen', 'vragen via 144'). It stands right after a preposition that gives no amount (not 'met', 'van', 'naar',
/// 'tot', 'op': `Lexicon.amountPrepositions`; nor 'tegen', which sets a base against a value), in digits, a bare count
/// with no noun of its own after it: a mark, a word of grammar, a preposition or the hedge of the next number ('via
/// 144 ruim 8 procent meer') follows. Such a number is no start or end value of a change.
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
            || opensHedge(at: index + 1, tokens)
    }

    /// Whether the words from `start` are the hedge of the number right after them ('ruim' of 'ruim 8 procent').
    private static func opensHedge(at start: Int, _ tokens: [Token]) -> Bool {
        guard let number = tokens[start...].firstIndex(where: { $0.kind != .word }),
            tokens[number].number?.hedge != nil,
            let (_, first) = Tokenizer.hedge(before: number, in: tokens, from: start)
        else { return false }
        return first == start
    }
}
