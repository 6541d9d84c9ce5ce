/// A heading that says the values under it are percentages by the bracket it closes on: '(%)', '(in %)', '(in % van
/// de uitspraken)', '(procent)'. The bracket opens with a mark or word of percent, or with 'in' and one; a colon may
/// close the heading after it. A table's header cell or title so closed makes the bare numbers of its rows
/// percentages ('Tijdig bezorgd (%) | 2022 | 2023' over 'Noord | 93,1 | 94,4': `TimedTable`). A bracket that holds
/// a percentage as a value ('(12%)') opens with a number, and states no unit.
enum PercentHeading {
    /// Whether `tokens`, a heading's, close on such a bracket.
    static func closes(_ tokens: [Token]) -> Bool {
        var end = tokens.count
        if end > 0, tokens[end - 1].isMark(":") { end -= 1 }
        guard end >= 3, tokens[end - 1].isMark(")"),
            let open = tokens[..<(end - 1)].lastIndex(where: { $0.isMark("(") })
        else { return false }
        var first = open + 1
        if first < end - 1, tokens[first].isWord("in") { first += 1 }
        return first < end - 1 && namesPercent(tokens[first])
    }

    /// Whether `text`, a table's header cell, closes on such a bracket.
    static func closes(_ text: String) -> Bool {
        closes(Tokenizer.tokens(Array(text.unicodeScalars)))
    }

    /// Whether a token is the percent sign or a word of percent ('procent', 'procenten').
    private static func namesPercent(_ token: Token) -> Bool {
        token.isMark("%") || token.kind == .word && percentWords.contains(token.text)
    }

    /// The words of percent a heading's bracket may open with, the plural of a unit's heading among them.
    private static let percentWords = Lexicon.percentWords.union(["procenten"])
}
