/// A change a noun of gain or loss names ('een verlies van 10 procent', 'een plus van 5 procentpunt', 'een winst van
/// 41 zetels'): the noun signs the size after its 'van', as 'een daling van' does. A size in money is no change but a
/// result ('een verlies van € 2,8 miljoen', `Lexicon.signedQuantities`), and the noun signs nothing then.
extension ClaimParser {
    /// The sign the noun of gain or loss at `index` gives the number after its 'van' (hedges allowed), when that
    /// number is no amount of money ('€ 2,8 miljoen', '500.000 euro'); nil for any other word.
    func gainOrLossSign(at index: Int) -> Int? {
        guard let sign = Lexicon.gainsAndLosses[tokens[index].text], index + 1 < tokens.count,
            tokens[index + 1].isWord("van")
        else { return nil }
        var size = index + 2
        while size < tokens.count, tokens[size].kind == .word, Lexicon.hedges.keys.contains(tokens[size].text) {
            size += 1
        }
        guard size < tokens.count, let number = tokens[size].number, !number.isAmount,
            !(size + 1 < tokens.count && Tokenizer.currencyWords.contains(tokens[size + 1].text))
        else { return nil }
        return sign
    }
}
