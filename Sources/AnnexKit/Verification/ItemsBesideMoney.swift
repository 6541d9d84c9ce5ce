/// Part and whole are of one kind: in a sentence with two counts of items and sums of money beside them ('142.600
/// regelingen …, waarvan 118.300 voor bedragen onder € 500'; '… er 300 toegekend, voor in totaal € 2 miljoen'), the
/// sums bound a class, price or total of another kind, and are neither the part nor the whole of those items.
extension ClaimParser {
    /// The counts a part and whole may be among: the two of `counts` that count items when all others are sums of
    /// money (a currency sign before them or 'euro' after them); else all of `counts`.
    func itemsBesideMoney(_ counts: [Int]) -> [Int] {
        guard counts.count > 2 else { return counts }
        let items = counts.filter { index in
            tokens[index].number?.currency.isEmpty == true
                && !(index + 1 < tokens.count && Tokenizer.currencyWords.contains(tokens[index + 1].text))
        }
        return items.count == 2 ? items : counts
    }
}
