/// A multiple or relative difference between two values, read by where its base stands:
/// - after 'van' that names a group and gives its value with 'met' ('3.400 aanvragen, ruim het dubbele van Drenthe met
///   1.600', '1.700 aanvragen, de helft van Groningen met 3.400'): from that value to the sentence's one other value;
/// - in the sentence before, when nothing after the multiple names what it compares with and the multiple is an
///   apposition of its sentence's one value ('In Assen kost een vergunning 80 euro. In Emmen betaalt men 120 euro, de
///   helft meer.'): from the one value of the same kind the sentence before gives to that value; when the sentence
///   restates that quantity for another time ('Vorig jaar was dat nog 12 millimeter: ruim drie keer zoveel'), from
///   the value its time marks as the earlier (`restatedPair`), and none when its times give no order.
/// Both values are of one kind: the same currency sign and the same noun after them, or none ('120 euro' and '80
/// bezoekers' are unlike). 'van de 3.400' (a number right after the article) is a share's whole, no group's value,
/// after a fraction; after a multiple above 1 it is the base itself ('ruim het dubbele van de € 4,45 in 2022').
extension ClaimParser {
    /// 'het dubbele', 'het drievoudige' at `index`: the factor the noun names after its article.
    func multipleNoun(at index: Int) -> Exact? {
        guard index >= 1, tokens[index - 1].isWord("het"), tokens[index].kind == .word,
            let factor = Lexicon.multipleNouns[tokens[index].text]
        else { return nil }
        return Exact(factor)
    }

    /// 'een factor vier hoger', 'een factor 3 lager' at `index` ('factor'): the factor its comparative signs (a lower
    /// one is its inverse) and the comparative's index.
    func factorPhrase(at index: Int) -> (factor: Exact, end: Int)? {
        guard tokens[index].isWord("factor"), index + 2 < tokens.count,
            Lexicon.comparatives.contains(tokens[index + 2].text)
        else { return nil }
        let amount = tokens[index + 1]
        let size: Exact
        if let number = amount.number, number.unit == .count, number.value > Exact(1) {
            size = number.value
        } else if let count = Lexicon.cardinals[amount.text], count > 1 {
            size = Exact(count)
        } else {
            return nil
        }
        let factor = Lexicon.decrease.contains(tokens[index + 2].text) ? Exact(1) / size : size
        return (factor, index + 2)
    }

    /// The base a multiple `factor` whose words end at `end` names after 'van' ('het dubbele van Drenthe met 1.600',
    /// 'het drievoudige van de kliniek (310)'), and the sentence's one other value of its unit and kind before the
    /// multiple. None when 'van' does not follow, names no group before its value, or gives it by another word than
    /// 'met' (or, for a multiple above 1, a bracket: after a fraction it is the part, 'een op de vier van de aanvragers
    /// (1.240)'); when the base counts another noun ('de helft van de huishoudens met 2 kinderen'), follows 'meer dan'
    /// (a threshold), or lies on the wrong side of the other value for the factor.
    func baseAfterVan(forMultiple factor: Exact, from start: Int, to end: Int) -> (from: Operand, to: Operand)? {
        let marker = end + 1
        guard marker + 1 < tokens.count, tokens[marker].isWord("van"),
            let base = ((marker + 1)..<tokens.count).first(where: {
                tokens[$0].kind != .word && !tokens[$0].isMark("€") && !tokens[$0].isMark("(")
            }),
            tokens[base].kind == .number, let number = tokens[base].number, number.unit != .points,
            number.hedge != .over, number.hedge != .under, Self.isValue(base, tokens)
        else { return nil }
        let before = tokens[base - 1].isMark("€") ? base - 2 : base - 1
        // 'ruim het dubbele van de € 4,45 in 2022': a multiple above 1 of a value right after 'van de' is of that
        // value itself (a whole there takes a fraction, a share, never a multiple).
        let ofValue = factor > Exact(1) && before == marker + 1 && tokens[before].isWord("de")
        guard ofValue
            || (tokens[before].isWord("met") || tokens[before].isMark("(") && factor > Exact(1))
                && ((marker + 1)..<before).contains(where: { ContrastedGroups.isContent(tokens[$0].text) })
        else { return nil }
        let others = numbers(number.unit, in: 0..<start).filter { Self.isValue($0, tokens) }
        guard others.count == 1, let own = others.first, ReadingSanity.kindAlike([own, base], in: tokens),
            let ownValue = tokens[own].number?.value,
            factor == Exact(1) || (ownValue > number.value) == (factor > Exact(1))
        else { return nil }
        if let noun = ReadingSanity.noun(after: base, in: tokens),
            ReadingSanity.noun(after: own, in: tokens).map({ Self.areForms(noun, $0) }) != true
        {
            return nil
        }
        return (operand(base), operand(own))
    }

    /// The values of a multiple whose words run from `start` to `end` and compare with nothing the rest of its
    /// sentence names: from the one value of the same kind the sentence before gives (`DatedValue`) to the one value
    /// of its own sentence, which the multiple follows as an apposition. None when the sentence has a number, a year
    /// or a word of comparison after the multiple ('de helft meer dan vorig jaar'), several values, or a value of
    /// another kind. A value restating the quantity by a pronoun ('was dat') at a time the sentence marks is ordered
    /// by time (`restatedPair`).
    func baseBefore(forMultipleFrom start: Int, to end: Int) -> (from: Operand, to: Operand)? {
        let rest = (end + 1)..<tokens.count
        guard !rest.contains(where: { tokens[$0].kind == .number || tokens[$0].kind == .year }),
            !rest.contains(where: { Self.comparisonWords.contains(tokens[$0].text) }),
            let earlier = discourse.lastDatedValue(of: .count)
        else { return nil }
        let own = numbers(.count, in: tokens.indices).filter { Self.isValue($0, tokens) && !(start...end).contains($0) }
        guard own.count == 1, let value = own.first, value < start,
            (tokens[value].number?.currency ?? "") == earlier.currency
        else { return nil }
        // The multiple restates the value as an apposition ('120 euro, de helft meer'): one mark between them and no
        // verb ('Een jaarabonnement van 400 euro is twee keer zo veel waard' compares something else).
        let between = (value + 1)..<start
        let marks = between.filter { tokens[$0].kind == .mark }
        guard marks.count == 1, Self.appositionMarks.contains(tokens[marks[0]].text),
            !between.contains(where: { tokens[$0].kind == .word && Lexicon.finiteVerbs.contains(tokens[$0].text) })
        else { return nil }
        switch (ReadingSanity.noun(after: value, in: tokens), earlier.noun) {
        case (nil, nil): break
        case (let noun?, let other?) where Self.areForms(noun, other): break
        default: return nil
        }
        // 'Vorig jaar was dat nog 12 millimeter: ruim drie keer zoveel': a value that restates the quantity before for
        // another time is ordered by the times the sentence marks, never by the order of the text; one for another
        // group ('In de controlegemeenten was dat 2.325 euro, een kwart minder') is compared with the value before.
        guard restatesQuantity, marksTime else { return (earlier.value.carriedOver, operand(value)) }
        // 'In Emmen was dat vorig jaar 120 euro, de helft meer': a name beside the time may compare groups instead.
        guard !namesGroup else { return nil }
        return restatedPair(besides: start)
    }

    /// Whether the sentence dates what it says: a year, a mark of an earlier time ('vorig jaar', 'gisteren') or of
    /// now ('nu', 'dit jaar').
    var marksTime: Bool {
        tokens.contains { $0.year != nil } || analysis.hasEarlierMarker(tokens.indices)
            || analysis.hasPresentMarker(tokens.indices)
    }

    /// Whether the sentence names a group of its own: a word written with a capital past its first ('In Emmen').
    private var namesGroup: Bool {
        tokens.indices.dropFirst().contains { index in
            tokens[index].kind == .word && tokens[index].start < analysis.scalars.count
                && analysis.scalars[tokens[index].start].properties.isUppercase
        }
    }

    /// Marks that set an apposition after the value it restates.
    private static let appositionMarks: Set<String> = [",", ":", "–", "("]

    /// Words after a multiple that name what it compares with in its own sentence.
    private static let comparisonWords: Set<String> = [
        "als", "dan", "van", "sinds", "tegen", "tegenover", "vergeleken", "opzichte", "t.o.v.", "tov",
    ]
}
