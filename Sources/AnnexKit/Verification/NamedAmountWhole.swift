/// An amount of money as the part of an amount its words name as the whole: '€ 318,4 mln van het budget van € 520,0
/// mln (61,2%)'. 'van', an article, one noun and 'van' again join the two; both amounts are of one currency, since
/// an amount is a share of an amount, never of a count ('€ 40 van de kosten van 12 cliënten' is none). The particle
/// and preposition of 'bijdragen aan' join them as 'van' does: a contribution is a part of what it goes to ('De
/// provincie draagt € 80.000 bij aan de kosten van € 200.000').
extension ClaimParser {
    /// The whole the words right after the amount at `part` name, past 'van' (or 'bij aan'), articles, one noun and
    /// 'van'.
    func namedAmountWhole(of part: Int) -> Int? {
        guard let currency = tokens[part].number?.currency, !currency.isEmpty, part + 2 < tokens.count else {
            return nil
        }
        let contributes = tokens[part + 1].isWord("bij") && tokens[part + 2].isWord("aan")
        guard tokens[part + 1].isWord("van") || contributes else { return nil }
        let opening = part + (contributes ? 3 : 2)
        var noun = opening
        while noun < tokens.count, Lexicon.wholeDeterminers.contains(tokens[noun].text) { noun += 1 }
        guard noun > opening, noun + 1 < tokens.count, tokens[noun].kind == .word, tokens[noun + 1].isWord("van"),
            let whole = number(after: noun + 1, skipping: []), tokens[whole].number?.currency == currency
        else { return nil }
        return whole
    }
}
