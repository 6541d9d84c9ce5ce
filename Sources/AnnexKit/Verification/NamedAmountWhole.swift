/// An amount of money as the part of an amount its words name as the whole: '€ 318,4 mln van het budget van € 520,0
/// mln (61,2%)'. 'van', an article, one noun and 'van' again join the two; both amounts are of one currency, since
/// an amount is a share of an amount, never of a count ('€ 40 van de kosten van 12 cliënten' is none).
extension ClaimParser {
    /// The whole the words right after the amount at `part` name, past 'van', articles, one noun and 'van'.
    func namedAmountWhole(of part: Int) -> Int? {
        guard let currency = tokens[part].number?.currency, !currency.isEmpty, part + 1 < tokens.count,
            tokens[part + 1].isWord("van")
        else { return nil }
        var noun = part + 2
        while noun < tokens.count, Lexicon.wholeDeterminers.contains(tokens[noun].text) { noun += 1 }
        guard noun > part + 2, noun + 1 < tokens.count, tokens[noun].kind == .word, tokens[noun + 1].isWord("van"),
            let whole = number(after: noun + 1, skipping: []), tokens[whole].number?.currency == currency
        else { return nil }
        return whole
    }
}
