/// A count that restates a change in percent by its amount in the values' own unit, joined to it by a word that
/// restates ('of', 'ofwel', 'oftewel'): 'een groei van 12,5 procent, ofwel 90 leden', '9 minuten ofwel 15 procent
/// minder'. It is the difference of the same two values, signed as that change: the count has no direction word of
/// its own, the change's gives it.
extension ClaimParser {
    /// The sign of the change in percent the count at `index` restates (see the type): the percentage right before the
    /// restating word before it, or right after the restating word after it and its noun; nil when it restates none,
    /// or when that percentage is no change by its own words: a noun of change and 'van' right before it ('een daling
    /// van 16 procent') or a comparative right after it ('14 procent minder'). A share ('45 procent, of 900
    /// leerlingen') restates a part, no change.
    func restatedChangeSign(of index: Int) -> Int? {
        guard tokens[index].number?.unit == .count, numbers(.count, in: index..<(index + 1)) == [index] else {
            return nil
        }
        let percent = restatedPercent(before: index) ?? restatedPercent(after: index)
        guard let percent, tokens[percent].number?.unit == .percent else { return nil }
        // 'een groei van 12,5 procent': a noun of change right before it, with 'van'.
        if percent >= 2, tokens[percent - 1].isWord("van"), tokens[percent - 2].kind == .word,
            Lexicon.changeNouns.contains(tokens[percent - 2].text)
        {
            return Self.directionSign(of: tokens[percent - 2].text)
        }
        return comparative(after: percent)
    }

    /// The number right before 'of', 'ofwel' or 'oftewel' (and a comma) that stands before the count at `index` and
    /// its hedge ('10 procent, ofwel meer dan 3.800').
    private func restatedPercent(before index: Int) -> Int? {
        var position = index
        if position > 0, tokens[position - 1].isMark("€") { position -= 1 }
        if let (_, first) = Tokenizer.hedge(before: position, in: tokens) { position = first }
        guard position >= 2, tokens[position - 1].kind == .word,
            Self.amountRestaters.contains(tokens[position - 1].text)
        else { return nil }
        var before = position - 2
        if tokens[before].isMark(","), before > 0 { before -= 1 }
        return tokens[before].kind == .number ? before : nil
    }

    /// The number right after 'of', 'ofwel' or 'oftewel' (and its hedge) that follows the count at `index`, at most
    /// `restatedNounReach` words and a comma after it ('27 kilo, ofwel bijna 14 procent minder').
    private func restatedPercent(after index: Int) -> Int? { Self.restatement(after: index, tokens) }

    /// The number that restates the one at `index` in other terms right after it (`restatedPercent(after:)`): '10,82
    /// punten of 1,2 procent hoger' restates a change's size in points, which is then no level to compare.
    static func restatement(after index: Int, _ tokens: [Token]) -> Int? {
        var position = index + 1
        while position < tokens.count, tokens[position].kind == .word, position - index <= Self.restatedNounReach,
            !Self.amountRestaters.contains(tokens[position].text)
        {
            position += 1
        }
        if position < tokens.count, tokens[position].isMark(",") { position += 1 }
        guard position < tokens.count, tokens[position].kind == .word,
            Self.amountRestaters.contains(tokens[position].text)
        else { return nil }
        let start = position + 1
        var percent = start
        while percent < tokens.count, tokens[percent].kind == .word, percent - start < Self.restatedNounReach {
            percent += 1
        }
        guard percent < tokens.count, tokens[percent].kind == .number,
            percent == start || Tokenizer.hedge(before: percent, in: tokens)?.first == start
        else { return nil }
        return percent
    }

    /// Words that restate what stands before them in other terms ('of', 'ofwel', 'oftewel').
    static let amountRestaters: Set<String> = ["of", "ofwel", "oftewel"]
    /// The most words of the noun (and comparative) after a count before its restating word ('dagen sneller').
    private static let restatedNounReach = 3
}
