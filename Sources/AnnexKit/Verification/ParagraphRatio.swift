/// A mean or rate whose two operands stand as counts in the sentences of the paragraph before it: 'In 2024 leende
/// de bibliotheek 84.000 boeken uit. Zij telde dat jaar 6.000 leden. Gemiddeld waren dat 14 boeken per lid.'. The
/// mean's two nouns, what it counts ('boeken') and what it is per ('per lid', 'Een lid leende gemiddeld …'), each name
/// one count of the paragraph: a count whose noun is a form of it or a compound that ends in it. Each sentence's
/// counts are indexed once, when it is left (`Discourse.Summary.paragraphCounts`), so a mean searches a few counts,
/// no tokens. In doubt no reading: a noun that names two counts or none, one count for both, a count marked as a part
/// of another ('waarvan 2.000 jeugdleden'), a total that is a mean itself, counts of another year or region than the
/// mean's, a weighed mean or a median. A new paragraph forgets the counts (`Discourse.enter`).
struct ParagraphCount: Sendable {
    let counted: CountedValue
    /// The year it is of: its own, or the one its sentence takes from the sentences before ('Zij telde dat jaar …').
    let period: Int?
    /// Whether a relative word or a reference marks it as a part of another count ('waarvan 2.000', '300 daarvan').
    let isPart: Bool
    /// Whether it ends a list whose other values stand bare ('46.200, 47.900 en 48.100 zaken'): its noun counts every
    /// value, so it is no count of that noun on its own (`ClaimParser.endsBareList`).
    let endsList: Bool
    /// Whether it is a mean itself ('De 24 scholen telden gemiddeld 360 leerlingen'): no total of a later mean (a
    /// mean number of units is: 'gedeeld door gemiddeld 85,6 miljoen aandelen').
    let isMean: Bool
    /// The codes of the regions its sentence names.
    let regions: Set<String>
    /// Its token in the sentence it stands in.
    let site: Int
    /// Whether it stands in the claim's own sentence (read afresh there), not in one before.
    var isOwn = false
}

extension ClaimParser {
    /// The sentence's counts that are no start or end value and no rate, with what they count, their year, whether
    /// they are a part of another and the regions the sentence names: for a mean or rate in a later sentence.
    func paragraphCounts() -> [ParagraphCount] {
        let regions = Set(analysis.regions.map(\.code))
        return countedIndices().map { index in
            ParagraphCount(
                counted: countsWhatAantalNames(index)
                    ? countedValueNamedByAantal(index, inSentence: true) : countedValue(index),
                period: analysis.frame(for: index, discourse: discourse).later,
                isPart: isMarkedPart(index), endsList: endsBareList(index), isMean: averageGoverns(index),
                regions: regions, site: index)
        }
    }

    /// A mean per one of a unit whose total and units the paragraph counts before it: 'Gemiddeld waren dat 14 boeken
    /// per lid.', 'Per rechter kwam dat neer op gemiddeld 40 uitspraken.', 'Een lid leende gemiddeld 14 boeken.',
    /// 'Dat zijn 2,4 wachtenden per bed.'. The unit is the noun after 'per' (after the number or before it in its
    /// clause) or the subject 'een' and a noun names (`perOneNoun`). Its total over its units, per one.
    func paragraphRatioReading(_ index: Int, _ written: WrittenNumber) -> Claim? {
        let fronted = perBefore(index)
        guard written.unit == .count, !isPerTwoUnits(index),
            let unit = perNoun(of: index) ?? fronted ?? perOneNoun(of: index),
            let (part, whole) = paragraphOperands(index, written, per: unit, fronted: fronted == unit)
        else { return nil }
        var claim = Claim(kind: .ratio, site: index, claimed: precise(written, direction: nil, derived: true))
        (claim.scale, claim.part, claim.whole) = (Exact(1), part, whole)
        return claim
    }

    /// The part and whole of a rate per a scale at `index` that names its unit after the scale ('Dat is 4 ongevallen
    /// per 1.000 ritten'), from the counts of the paragraph (`paragraphOperands`).
    func paragraphRateOperands(_ index: Int, _ written: WrittenNumber) -> (part: Operand, whole: Operand)? {
        guard let per = Self.per(after: index, in: tokens, reach: Self.ratePhraseReach), per + 2 < tokens.count,
            tokens[per + 2].kind == .word
        else { return nil }
        return paragraphOperands(index, written, per: tokens[per + 2].text)
    }

    /// The noun after the last 'per' of the clause before the number at `index`, or after a preposition and a word of
    /// 'each' ('voor elke', 'op iedere', 'tegenover ieder'), with only words and years (and its currency sign)
    /// between ('Per medewerker waren dat gemiddeld 132', 'Dat is per fte gemiddeld € 121.500', 'Op elke bus reden
    /// in 2024 31 reizigers'); nil when there is none.
    private func perBefore(_ index: Int) -> String? {
        let clause = analysis.clause(of: index)
        let end = index > clause.lowerBound && tokens[index - 1].isMark("€") ? index - 1 : index
        let distributes = { (at: Int) in
            tokens[at].isWord("per")
                || at > clause.lowerBound && Self.eachWords.contains(tokens[at].text)
                    && Lexicon.prepositions.contains(tokens[at - 1].text)
        }
        guard let per = (clause.lowerBound..<end).last(where: distributes), per + 1 < end,
            tokens[per + 1].kind == .word, tokens[(per + 1)..<end].allSatisfy({ $0.kind == .word || $0.year != nil }),
            !isAmountsPer(per)
        else { return nil }
        return tokens[per + 1].text
    }

    /// The total and the units of a mean or rate at `index` per `unit`, from the counts of the paragraph before it
    /// and of its own stretch (and of the stretch before it when its clause refers back: '… 62.400 uren; per
    /// monteur waren dat er 1.560'), at least one from before its stretch: the one count of what the number names
    /// after it (else, for an amount, the one amount in its currency; for a count that the pronoun 'er' counts, the
    /// one plain count that does not name the unit) and the one count of the unit. The number is a mean
    /// ('gemiddeld'), restates ('ofwel', 'komt neer op'), refers back ('dat'), follows its unit (`fronted`: 'Per
    /// inwoner werden 7,8 boeken geleend') or stands in a stretch that makes no statement of its own. Nil when either
    /// is not one count, both are one, either is a part of another count or ends a list, the sentence names a median
    /// or a weighed mean, or the mean, the total and the units name different years or regions.
    private func paragraphOperands(_ index: Int, _ written: WrittenNumber, per unit: String, fronted: Bool = false)
        -> (part: Operand, whole: Operand)?
    {
        let stretches = analysis.stretches
        let stretch = tokens.indices.filter { stretches[$0] == stretches[index] }
        let clause = analysis.clause(of: index)
        let refers = refersBack(clause)
        let inSentence = paragraphCounts().filter { count in
            count.site != index && (stretches[count.site] == stretches[index]
                || refers && stretches[index] > 0 && stretches[count.site] == stretches[index] - 1)
        }
        // The end value of a change in the sentence before (or the one before that, when it only restates the change)
        // is a count of now ('De schade liep op tot € 96.300, tegen € 58.700 …'); not past a sentence of other values.
        let earlier = discourse.paragraphCounts + (valueSentenceBefore?.endLevels ?? [])
        let counted = ReadingSanity.noun(after: index, in: tokens).flatMap { $0 == "per" ? nil : $0 }
        let currency = written.currency
        // '… waren dat er 1.560': the pronoun counts what the total counts.
        let byPronoun = counted == nil && currency.isEmpty && clause.contains { $0 < index && tokens[$0].isWord("er") }
        // An amount names no thing it counts ('150.000 euro per fte'): only a word that refers back or restates ties
        // it to the amount before ('Zij kosten gemiddeld …' may be of other costs).
        let money = !currency.isEmpty || counted.map(Tokenizer.currencyWords.contains) == true
        let restates = restatesPerUnit(index) || refers || concernsMatterBefore(index)
        guard !earlier.isEmpty || inSentence.contains(where: { stretches[$0.site] < stretches[index] }),
            counted != nil || !currency.isEmpty || byPronoun,
            restates || !money && (isAveraged(index) || fronted || makesNoStatement(stretch)),
            !tokens.contains(where: { $0.kind == .word && Lexicon.unplainMeanWords.contains($0.text) })
        else { return nil }
        let own = inSentence.map { count in
            var count = count
            count.isOwn = true
            return count
        }
        let pool = own + earlier
        let names = { (count: ParagraphCount, word: String) in count.counted.isNamed(by: word) }
        var units = pool.indices.filter { names(pool[$0], unit) }
        // A mean that refers back divides what was said before it: a count after it in its own sentence is no total
        // of it ('Bij 6.412 aanslagen is dat € 9,08 per aanslag, ongeveer 9,5 procent van de opbrengst van
        // € 612.000'); its units may stand there ('Dat is € 9,08 per aanslag bij 6.412 aanslagen').
        var totals = pool.indices.filter { place in
            if refers && pool[place].isOwn && pool[place].site > index { return false }
            if byPronoun { return !names(pool[place], unit) && pool[place].counted.currency.isEmpty }
            return counted.map { names(pool[place], $0) } ?? (pool[place].counted.currency == currency)
        }
        var factor = Exact(1)
        // 'Een gesprek duurde gemiddeld 383 seconden' after '196.000 uur': the one total of the mean's unit's family.
        if totals.isEmpty, let counted,
            let (place, scale) = Self.convertible(among: pool.map(\.counted), in: counted)
        {
            (totals, factor) = ([place], scale)
        }
        if units.isEmpty, totals.count == 1 { units = personUnits(per: unit, among: pool, total: totals[0]) }
        guard units.count == 1, totals.count == 1, units != totals else { return nil }
        let (total, perUnit) = (pool[totals[0]], pool[units[0]])
        let inOwnStretch = { (count: ParagraphCount) in count.isOwn && stretches[count.site] == stretches[index] }
        // A list in the sentence before may be the values of the mean (`MeanOfListBefore`), unless it is the total
        // and the units alone, each naming what it counts ('9.600 binnenlandse kavels en 2.400 buitenlandse kavels').
        let list = discourse.lastList
        let listIsTheCounts = list.count == Self.leastParts && total.counted.noun != nil && perUnit.counted.noun != nil
            && list.allSatisfy { item in [total, perUnit].contains { $0.counted.operand.value == item.value } }
        // A list that adds up to the units splits them over groups ('respectievelijk 6.420, 4.180 en 2.310, in totaal
        // 12.910' pashouders): counts of the unit, no values of a mean per one of them.
        let listSplitsUnits = list.count >= Self.leastParts && !perUnit.isOwn
            && list.map(\.value).reduce(Exact(0), +) == perUnit.counted.operand.value
        guard list.count < Self.leastParts || listIsTheCounts || listSplitsUnits,
            total.counted.currency == currency,
            ![total, perUnit].contains(where: { $0.isPart || $0.endsList }), !total.isMean,
            !(inOwnStretch(total) && inOwnStretch(perUnit))
        else { return nil }
        let periods = Set([analysis.frame(for: index, discourse: discourse).later, total.period, perUnit.period]
            .compactMap { $0 })
        let regions = Set([Set(analysis.regions.map(\.code)), total.regions, perUnit.regions].filter { !$0.isEmpty })
        // 'In de wijk De Hoven …' after the town's count: a place of the mean's own, whose units are not given.
        guard periods.count <= 1, regions.count <= 1,
            ![total, perUnit].contains(where: { !$0.isOwn && opensWithScope(absentFrom: $0.counted.operand) })
        else { return nil }
        let operand = { (count: ParagraphCount) in count.isOwn ? self.operand(count.site) : count.counted.operand }
        // `RatioChecker` turns a total of the claim's sentence into the claim's unit by the noun after it; one from
        // before, with no token, is turned here.
        return (total.isOwn ? operand(total) : Operand(operand(total), scaledBy: factor), operand(perUnit))
    }

    /// The place in `pool` of the units of a mean per person whose total is at `total` ('Vrijwilligers werkten 4.300
    /// uur. Met 86 vrijwilligers komt dat neer op gemiddeld 50 uur per persoon.'): 'persoon' names no count, and is one
    /// of what the paragraph's one other count counts, a count of things in no currency and no unit of time or measure.
    /// Empty for another unit, or when the paragraph gives more counts than the total and that one.
    private func personUnits(per unit: String, among pool: [ParagraphCount], total: Int) -> [Int] {
        let others = pool.indices.filter { $0 != total }
        guard Self.isForm(unit, of: Self.personUnit), others.count == 1, Self.countsThings(pool[others[0]].counted)
        else { return [] }
        return others
    }

    /// The unit of a mean per one person of whatever a count counts.
    static let personUnit = "persoon"

    /// Whether 'het aantal' before the count at `index` in its sentence names what it counts when no noun follows it:
    /// the count is the only number of a sentence with no word of direction ('Het aantal pashouders bedroeg 12.910';
    /// in 'Het aantal leden groeide: er kwamen 200 bij' the count is of the new ones), or the total it marks ('…
    /// bedroeg respectievelijk 6.420, 4.180 en 2.310, in totaal 12.910'; the listed parts are of the groups the list
    /// names), or the sentence's only count, the level its verb of change arrives at ('Het aantal uren dat
    /// vrijwilligers inzetten, steeg met 6 procent tot 21.930': `arrivals(at:)`).
    private func countsWhatAantalNames(_ index: Int) -> Bool {
        analysis.numberIndices == [index] && directions(in: tokens.indices).isEmpty
            || Self.totalMarkers.contains { analysis.phraseStart($0, endingBefore: index) != nil }
            || numbers(.count, in: tokens.indices) == [index] && !arrivals(at: index).isEmpty
    }

    /// Words that mark the count after them as the total of the counts before it.
    private static let totalMarkers = ["in totaal", "samen"]

    /// Whether the count at `index` is marked as a part of another count: a relative word right before it ('waarvan
    /// 2.000', 'van wie er 310') or a reference right after it ('300 daarvan', '740 van hen').
    func isMarkedPart(_ index: Int) -> Bool {
        partMarker(before: index) != nil || refersToGroup(after: index)
    }
}
