/// Rates whose counts stand apart from them, bound by what the counts count: 'Gemeente Deventer (101.000 inwoners)
/// telde 505 aanvragen: 50 per 10.000 inwoners', 'De gemeente telt 183.000 inwoners. Er waren 260 meldingen, 14,2
/// per 10.000 inwoners.', '… (931.000 inwoners) telde 2.420 meldingen. Dat komt neer op 26 meldingen per 1.000
/// inwoners.'
extension ClaimParser {
    /// The part and whole of the rate at `index` per a scale that names its population ('per 10.000 inwoners'): the
    /// whole is the one count of that population, the part the one other count. Both are taken from the rate's own
    /// sentence, else from the sentence before when the rate's has none of them (and no year of its own besides
    /// the year of the one before). The part must count what the rate names ('26 meldingen per 1.000 inwoners'
    /// takes '2.420 meldingen'); a rate that names nothing takes it only in a clause that restates the one before
    /// ('…: 50 per 10.000 inwoners', ', 14,2 per 10.000 inwoners'; `isApposition(_:)`) or, from the sentence
    /// before, when it opens by referring back ('Dat komt neer op 3 per 1.000 inwoners'). The sentence before gives
    /// the end values of its changes too, and is the one before it when it only restates a change
    /// (`earlierPopulationCounts(endLevels:)`); a population of a unit of measure is named by any of its words ('612
    /// km' for 'per 100 kilometer'). None when two counts could be the whole or the part.
    func populationOperands(rate index: Int) -> (part: Operand, whole: Operand)? {
        guard let per = Self.per(after: index, in: tokens, reach: Self.ratePhraseReach), per + 2 < tokens.count,
            tokens[per + 2].kind == .word, tokens[index].number?.currency.isEmpty == true
        else { return nil }
        let population = tokens[per + 2].text
        // What the rate names: its noun, and the head after it when a word modifies it ('1.058 ingestroomde zaken').
        let named = Array([index, index + 1].lazy.map { ReadingSanity.noun(after: $0, in: self.tokens) }
            .prefix { $0 != nil && $0 != "per" }.compactMap { $0 })
        let levels = levelValues
        let own = numbers(.count, in: tokens.indices).filter {
            $0 != index && !levels.contains($0) && Self.isValue($0, tokens)
                && Self.statedScale(of: $0, in: tokens) == nil
        }.map { countedValueNamedByAantal($0, carried: false) }
        let earlier = earlierPopulationCounts(endLevels: true)
        // The population by a form of its own noun ('1.120.000 inwoners', '4.820 gelogde duiken'); a word for the
        // people of an area names it only when no count does so, else it may count the part ('5.264 mensen op een
        // wachtlijst').
        // A unit of measure names it in any of its words ('612 km' for 'per 100 kilometer').
        let byForm = { (value: CountedValue) in
            value.namingWords.contains { Self.areForms($0, population) || Self.nameOneMeasure($0, population) }
        }
        let byResidents = { (value: CountedValue) in value.noun.map { Self.counts($0, population) } ?? false }
        let isPopulation = (own + earlier).contains(where: byForm) ? byForm : byResidents
        let wholes = [own, earlier].map { $0.filter(isPopulation) }
        guard let whole = wholes.first(where: { !$0.isEmpty }), whole.count == 1 else { return nil }
        let parts = [own, earlier].map { values in
            values.filter { value in value.currency.isEmpty && !isPopulation(value) }
        }
        guard let part = parts.first(where: { !$0.isEmpty }), part.count == 1 else { return nil }
        let partIsOwn = !parts[0].isEmpty
        // 'De Johanniter gaf het laagste rendement (72 liter per 100 kilo), de Regent het hoogste (81 liter)': a count
        // of the rate's own noun after it and a comma in its sentence is a sibling rate that leaves out its 'per', no
        // part of it ('1,04 incidenten per 100 dagen (308 incidenten)' gives its part).
        if partIsOwn, let own = part[0].operand.token, own > index, let noun = named.first,
            part[0].noun.map({ Self.areForms($0, noun) }) == true,
            tokens[(index + 1)..<own].contains(where: { $0.isMark(",") && $0.depth == 0 })
        {
            return nil
        }
        if !named.isEmpty {
            guard named.contains(where: part[0].isNamed(by:)) else { return nil }
        } else if partIsOwn
            ? !isApposition(analysis.clauseOf[index]) : !refersBack(backReach(rate: index, whole: wholes))
        {
            return nil
        }
        return (part[0].operand, whole[0].operand)
    }

    /// Whether a count of `noun` counts the rate's `population`: a form of it, or both words for the people living
    /// in an area ('6.200 mensen' for 'per 1.000 inwoners'; not '6.200 leerlingen').
    static func counts(_ noun: String, _ population: String) -> Bool {
        areForms(noun, population) || Self.residentNouns.contains(noun) && Self.residentNouns.contains(population)
    }

    /// Whether two words name one unit of measure ('km', 'kilometer').
    static func nameOneMeasure(_ one: String, _ other: String) -> Bool {
        MeasureUnit(noun: one).map { $0 == MeasureUnit(noun: other) } ?? false
    }

    /// Words for the people who live in an area, which a rate per so many inhabitants counts alike.
    static let residentNouns: Set<String> = ["inwoners", "bewoners", "mensen", "personen", "ingezetenen"]

    /// The places the sentence names after 'in' with a capital ('In Amersfoort', 'in Den Haag'), lower case; with
    /// `phrases`, those named outside them.
    func namedPlaces(outside phrases: [ClosedRange<Int>] = []) -> Set<String> {
        Set(tokens.indices.dropLast().filter { index in
            tokens[index].isWord("in") && analysis.isCapitalisedWord(index + 1)
                && !phrases.contains { $0.contains(index) }
        }.map { tokens[$0 + 1].text })
    }

    /// Where a rate that takes its part from the sentence before must refer back to it: its sentence's first word
    /// ('Dat komt neer op …'), or, when its own sentence names the population, its clause up to the rate ('Met
    /// 130.000 inwoners is dat 3,2 per 1.000 inwoners').
    private func backReach(rate index: Int, whole: [[CountedValue]]) -> Range<Int> {
        whole[0].isEmpty ? 0..<min(1, tokens.count) : analysis.clause(of: index).lowerBound..<index
    }

    /// The counts of the sentence before in the paragraph, with what they count, when this sentence has no year
    /// other than that sentence's and names no region the paragraph has not named before, nor a place ('In Amersfoort
    /// is er …': 'in' and a name with a capital) that the sentence before does not name beside its numbers. With
    /// `endLevels`, the end values of its changes too ('41 verkeersdoden, 7 meer dan in 2022 (34)': `endLevelCounts`).
    func earlierPopulationCounts(endLevels: Bool = false) -> [CountedValue] {
        guard let before = endLevels ? scopedSentence(before: valueSentenceBefore) : scopedSentenceBefore else {
            return []
        }
        let ends = endLevels ? before.endLevels.map(\.counted) : []
        return (before.countedValues + ends).filter { $0.currency.isEmpty }
    }

    /// The sentence before in the paragraph, when this sentence has no year other than that sentence's and names no
    /// region the paragraph has not named before, nor a place that the sentence before does not name beside its
    /// numbers: one whose counts this sentence may take.
    var scopedSentenceBefore: Discourse.Summary? { scopedSentence(before: discourse.earlier.last) }

    /// The sentence before in the paragraph, or the one before that when it states no value of its own but a change
    /// of the values before it ('… 18.240 leden, tegen 17.105 een jaar eerder. Dat is een groei van 6,6%.').
    var valueSentenceBefore: Discourse.Summary? {
        let earlier = discourse.earlier
        guard let last = earlier.last, last.statesNoValue, last.hasNumbers, earlier.count >= 2 else {
            return earlier.last
        }
        return earlier[earlier.count - 2]
    }

    /// `before`, when this sentence may take its counts (`scopedSentenceBefore`).
    private func scopedSentence(before: Discourse.Summary?) -> Discourse.Summary? {
        let years = Set(tokens.compactMap(\.year))
        let named = Set(discourse.namedRegions.map(\.code))
        guard let before, before.year.map({ years.isSubset(of: [$0]) }) ?? years.isEmpty,
            analysis.regions.allSatisfy({ named.contains($0.code) }), namedPlaces().isSubset(of: before.valueWords)
        else { return nil }
        return before
    }
}
