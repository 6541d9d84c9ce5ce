/// A mean of the values the sentence before lists, read by one of three cues of the mean's own sentence
/// (`MeanOfListCue`): a definite phrase that opens it ('Het ongewogen gemiddelde van deze drie provincies is 105
/// dagen.'), or a unit after 'per' or a set the mean is over ('Gemiddeld waren dat er 192 per gemeente.' after
/// 'Utrecht, Zeist en Nieuwegein ontvingen respectievelijk 310, 145 en 122 aanvragen.': 577 / 3 = 192,3). The cue says
/// which counts of the sentence before are no values of the list (a size of its set, a total the list spells out)
/// and what makes the list the one meant; what is left must be the list, at least two counts in the mean's currency.
extension ClaimParser {
    /// How a mean's own sentence says that it is of the list the sentence before gives.
    enum MeanOfListCue {
        /// A definite phrase of a mean that opens the sentence: 'Het ongewogen gemiddelde van deze drie provincies is
        /// 105 dagen.', 'Het gemiddelde rapportcijfer voor de stadslijnen: 7,7.' after '… gaven de vier stadslijnen
        /// een 7,6, een 7,9, een 7,4 en een 8,1.'. The article (or 'hun') before 'gemiddelde' makes the mean one of a
        /// set the reader already knows. The phrase says which set by one of: a size of its own as large as the list
        /// ('van deze drie provincies'); the noun of a set the sentence before counts as many as it lists values ('de
        /// vier stadslijnen' … 'voor de stadslijnen'); 'ongewogen', a plain mean of values; or a word that refers back
        /// ('daarmee', 'dus'). 'gewogen' (weighed by sizes the text does not give) reads nothing.
        case definite
        /// A unit after 'per' one value of the list is of, or the set the mean is over: 'Gemiddeld waren dat er 192
        /// per gemeente.'; 'De drie filialen zetten 410, 365 en 290 pakketten om. Gemiddeld 355 per filiaal.'
        /// (1.065 / 3 = 355), a set whose size the sentence before states.
        case perUnit
        /// A word of reference ('dat', 'dus') or a size of its set as large as the list before the mean in its clause,
        /// an average word before it, and the noun of the list's values after it: 'Gemiddeld was dat 13 weken.' after
        /// '… bedroeg in de vier regio's 9, 12, 14 en 17 weken.', 'Voor de drie gemeenten komt dat neer op gemiddeld
        /// 43 dagen.'. A percentage needs no noun ('Gemiddeld over die drie jaar was dat 1,01 procent.'); a mean per
        /// a unit is `perUnit`'s.
        case referring
    }

    /// The values of the sentence before that a mean at `index` is of, by `cue`: the list, when the counts of the
    /// sentence before are its values once those the cue sets aside are (`definiteListBefore(_:)`,
    /// `perUnitListBefore(_:)`, `referringListBefore(_:)`), at least two counts in the mean's currency, or, but per
    /// a unit, at least two percentages. Empty otherwise.
    func meanOfListBefore(_ index: Int, cue: MeanOfListCue) -> [Operand] {
        guard let number = tokens[index].number, number.unit == .count || number.unit == .percent && cue != .perUnit
        else { return [] }
        let listed: ([Operand], [CountedValue])?
        switch cue {
        case .definite: listed = definiteListBefore(index)
        case .perUnit: listed = perUnitListBefore(index)
        case .referring: listed = referringListBefore(index)
        }
        // Percentages are no counts: their list is the longest of the sentence before, with no counts to match.
        guard let (list, values) = listed, list.count >= Self.leastParts, list.allSatisfy({ $0.unit == number.unit }),
            number.unit == .percent && values.isEmpty || values.count == list.count
                && zip(values, list).allSatisfy({ $0.operand.value == $1.value && $0.currency == number.currency })
        else { return [] }
        return list
    }

    /// The list of the sentence before and its counts that should be its values, for a definite mean at `index`
    /// (`MeanOfListCue.definite`): the mean is a count after the definite phrase, its sentence's only number but for
    /// a size of its set between them; the counts of the sentence before after at most one size of the set it lists,
    /// of one noun where they name one; the phrase names the set. Nil otherwise.
    private func definiteListBefore(_ index: Int) -> ([Operand], [CountedValue])? {
        guard let cue = definiteMeanCue(), cue < index else { return nil }
        let list = discourse.lastList
        let size = Exact(list.count)
        let others = analysis.numberIndices.filter { $0 != index }
        guard others.count <= 1, others.allSatisfy({ $0 > cue && $0 < index && tokens[$0].number?.value == size })
        else { return nil }
        // The counts of the sentence before: the list, after at most one size of the set it lists.
        var counted = discourse.lastCountedValues
        let sizes = counted.first.map { $0.operand.value == size && $0.noun != nil ? [$0] : [] } ?? []
        counted.removeFirst(sizes.count)
        // The values are of one kind: those that name a noun after them name one ('1.900 bezoekers, die 412, 388 en
        // 455 broden' lists no values of one mean).
        let phrase = 1..<index
        let namesSet = sizes.contains { size in
            phrase.contains { tokens[$0].kind == .word && size.counts(tokens[$0].text) }
        }
        guard Set(counted.compactMap(\.noun)).count <= 1,
            !others.isEmpty || namesSet || tokens[phrase].contains(where: { $0.isWord("ongewogen") })
                || refersBack(phrase)
        else { return nil }
        return (list, counted)
    }

    /// The token of 'gemiddelde' when the sentence opens with a definite phrase of a mean: an article or 'hun', at
    /// most one word that is no 'gewogen' ('ongewogen'), then 'gemiddelde' ('Het gemiddelde', 'Het ongewogen
    /// gemiddelde', 'hun gemiddelde').
    private func definiteMeanCue() -> Int? {
        guard let first = tokens.first, Self.definiteOpeners.contains(first.text) else { return nil }
        return (1...Self.definiteMeanReach).first { place in
            place < tokens.count && tokens[place].isWord("gemiddelde")
                && tokens[1..<place].allSatisfy { $0.kind == .word && !$0.isWord("gewogen") }
        }
    }

    /// The list of the sentence before and its counts that should be its values, for a mean per unit at `index`
    /// (`MeanOfListCue.perUnit`): the mean is its sentence's only number and names its unit with 'per', or names the
    /// set it is over (`meanSet`), then with at most the number that counts that set, which must equal the list's
    /// length; the counts of the sentence before but for one count of the unit equal to the list's length, the set's
    /// size (no total, no count of the units: that is `meanPerUnitReading`'s total over units). Without that size the
    /// mean refers back ('dat', 'dit'). When the mean names what it counts ('192 klachten per gemeente'), the list
    /// (or, with the size stated, the total it spells out) must count it too; a list that names nothing fits only a
    /// set the mean's clause counts. Nil otherwise.
    private func perUnitListBefore(_ index: Int) -> ([Operand], [CountedValue])? {
        // 'Over de drie opvangsoorten samen is dat gemiddeld …': a set the mean's clause names and counts.
        let per = perNoun(of: index)
        let set = per == nil ? meanSet(of: index) : nil
        guard let unit = per ?? set?.noun,
            analysis.numberIndices == [set?.size, index].compactMap({ $0 })
        else { return nil }
        // The values of a list under a lead ('Plaatsingen per regio: Noord 612 – Oost 803 – …') may be joined by
        // dashes.
        let list = discourse.lastListLead?.values ?? discourse.lastList
        let ownSize = set?.size.map { tokens[$0].number?.value == Exact(list.count) }
        if ownSize == false { return nil }
        let isSize = { (value: CountedValue) in value.counts(unit) && value.operand.value == Exact(list.count) }
        let (counted, sizes, total) = listValuesBefore(list, isSize: isSize)
        let own = ReadingSanity.noun(after: index, in: tokens).flatMap { $0 == "per" ? nil : $0 }
        let listed = counted.last?.noun ?? total?.noun
        // Values that name nothing under a lead that names what they count ('Het aantal respondenten per wijk:
        // Centrum 188, …') are of a mean of that, per that unit, with no word of reference.
        let led = listed == nil && sizes.isEmpty && discourse.lastListLead?.leads(noun: own, per: unit) == true
        guard ownSize == true || sizes.count == 1 || sizes.isEmpty && refersBack(analysis.clause(of: index)) || led
        else { return nil }
        if let own {
            // The list counts what its last value or the total it spells out names ('600 uur: …, Eva 125').
            // A list that names nothing ('dagopvang 68, bso 42, gastouderopvang 55') fits a set the mean counts.
            guard listed.map({ Self.namesUnit($0, own) || Self.isForm(own, of: $0) }) ?? (ownSize == true || led)
            else { return nil }
        }
        return (list, counted)
    }

    /// The list of the sentence before and its counts that should be its values, for a mean at `index` that refers
    /// back to it (`MeanOfListCue.referring`): an average word before the mean and no word of a weighed mean or
    /// median in its sentence; before it in its clause a word of reference or a size as large as the list, its
    /// sentence's only other number; no 'per' after it. A count names what the list's values name ('13 weken' after
    /// '9, 12, 14 en 17 weken'); its values are the counts of the sentence before but the sizes of the set and a
    /// total it spells out (`listValuesBefore`). Nil otherwise.
    private func referringListBefore(_ index: Int) -> ([Operand], [CountedValue])? {
        let list = discourse.lastList
        guard list.count >= Self.leastParts, !analysis.indices(of: Lexicon.averageWords, in: 0..<index).isEmpty,
            analysis.indices(of: Lexicon.unplainMeanWords, in: tokens.indices).isEmpty, perNoun(of: index) == nil
        else { return nil }
        let clause = analysis.clause(of: index)
        let size = Exact(list.count)
        let others = analysis.numberIndices.filter { $0 != index }
        guard others.count <= 1,
            others.allSatisfy({ clause.contains($0) && $0 < index && tokens[$0].number?.value == size }),
            !others.isEmpty || refersBack(clause.lowerBound..<index)
        else { return nil }
        guard tokens[index].number?.unit == .count else { return (list, []) }
        // 'in totaal 46 dagen …, verspreid over drie perioden van 12, 19 en 15 dagen': the size and the total are set
        // aside.
        let counted = listValuesBefore(list) { $0.operand.value == size && $0.noun != nil }.values
        let nouns = counted.compactMap(\.noun)
        guard let own = ReadingSanity.noun(after: index, in: tokens), !nouns.isEmpty,
            nouns.allSatisfy({ Self.namesUnit($0, own) || Self.isForm(own, of: $0) })
        else { return nil }
        return (list, counted)
    }

    /// The counts of the sentence before that should be the values of `list`: all but the sizes of its set
    /// (`isSize`) and a total the list spells out. With one size stated, a total is no value of the list ('Onze vijf
    /// vrijwilligers draaiden samen 600 uur: Anna 140, …, Eva 125.'): the mean of the list is that total over the
    /// size too. Nor is a total after the list ('… 420, 510 en 390 fietsen, samen 1.320.').
    private func listValuesBefore(_ list: [Operand], isSize: (CountedValue) -> Bool)
        -> (values: [CountedValue], sizes: [CountedValue], total: CountedValue?)
    {
        let before = discourse.lastCountedValues
        let sizes = before.filter(isSize)
        let sum = list.reduce(Exact(0)) { $0 + $1.value }
        let closesOnTotal = before.last?.operand.value == sum
        let isTotal = { (value: CountedValue) in (sizes.count == 1 || closesOnTotal) && value.operand.value == sum }
        return (before.filter { !isSize($0) && !isTotal($0) }, sizes, before.first(where: isTotal))
    }

    /// The words that open a definite phrase of a mean: articles and the possessive of a set.
    private static let definiteOpeners: Set<String> = ["het", "de", "hun"]

    /// How far after the article 'gemiddelde' may stand ('Het ongewogen gemiddelde').
    private static let definiteMeanReach = 2
}
