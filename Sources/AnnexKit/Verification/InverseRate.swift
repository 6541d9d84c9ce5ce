/// Rates per one unit written the other way round: 'één huisarts per 2.300 inwoners', 'één laadpaal op elke 12
/// auto's', 'op iedere 8 leerlingen één computer'. The number is how many of what it counts come on one unit: the
/// count of its noun over the count of the unit's noun, each the one count of that noun in the sentence, else in
/// the sentence before (`earlierPopulationCounts()`: not of another year or region). A frequency ('één keer per 2
/// jaar') is none, and a number after 'per' that is a round scale ('één huisarts per 1.000 inwoners') is the base of
/// the rate the number before it states, as before.
extension ClaimParser {
    /// The rate per one unit the number at `index` states, with its two counts when the text gives them.
    func inverseRateReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        guard written.unit == .count, !written.isAmount, index + 1 < tokens.count, tokens[index + 1].kind == .word,
            !Lexicon.scales.contains(written.value), let (unit, oneSite) = unitOfOne(rate: index)
        else { return nil }
        let counted = tokens[index + 1].text
        let isTime = { (word: String) in Lexicon.durationUnits.contains(word) || Lexicon.timesWords.contains(word) }
        guard !isTime(counted), !isTime(unit) else { return nil }
        var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
        claim.scale = Exact(1)
        let own = numbers(.count, in: tokens.indices).filter {
            ![index, oneSite].contains($0) && Self.isValue($0, tokens) && Self.statedScale(of: $0, in: tokens) == nil
        }.map { countedValue($0, carried: false) }
        let earlier = earlierPopulationCounts()
        // What a count counts: its noun, or the head after it when a word modifies it ('520 openbare laadpalen').
        func one(_ named: (String) -> Bool) -> Operand? {
            let found = [own, earlier].map { values in
                values.filter { value in [value.noun, value.head].contains { $0.map(named) ?? false } }
            }
            guard let values = found.first(where: { !$0.isEmpty }), values.count == 1 else { return nil }
            return values[0].operand
        }
        claim.part = one { Self.counts($0, counted) }
        claim.whole = one { Self.namesUnit($0, unit) }
        return claim
    }

    /// The noun of the one unit a rate at `index` is per, and where its 'één' stands: 'één huisarts per 2.300', 'één
    /// laadpaal op elke 12', 'op iedere 8 leerlingen één computer' (also '1', and a hedge: 'per ruim 2.300').
    private func unitOfOne(rate index: Int) -> (noun: String, one: Int)? {
        let hedged = tokens[index].number?.hedge != nil
        let lead = hedged ? Tokenizer.hedge(before: index, in: tokens)?.first ?? index : index
        let before: Int
        if lead >= 1, tokens[lead - 1].isWord("per") {
            before = lead - 1
        } else if lead >= 2, Self.everyWords.contains(tokens[lead - 1].text), tokens[lead - 2].isWord("op") {
            before = lead - 2
            // 'op iedere 8 leerlingen één computer': the unit after the counted noun.
            if index + 3 < tokens.count, isOne(tokens[index + 2]), tokens[index + 3].kind == .word,
                !Lexicon.grammarWords.contains(tokens[index + 3].text)
            {
                return (tokens[index + 3].text, index + 2)
            }
        } else {
            return nil
        }
        guard before >= 2, isOne(tokens[before - 2]), tokens[before - 1].kind == .word,
            !Lexicon.grammarWords.contains(tokens[before - 1].text)
        else { return nil }
        return (tokens[before - 1].text, before - 2)
    }

    /// 'één', 'een' or '1': one unit.
    private func isOne(_ token: Token) -> Bool {
        token.kind == .word ? Self.oneWords.contains(token.text) : token.number?.value == Exact(1)
    }

    /// Words for each one of a kind after 'op' ('op elke 12 auto's').
    static let everyWords: Set<String> = ["elke", "iedere"]
}
