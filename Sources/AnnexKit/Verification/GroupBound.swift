/// A bound that names a group: 'Medewerkers onder de 30 verzuimden gemiddeld 3,0 dagen', '… dan leden boven de 55
/// met 4,0 dagen', 'Huishoudens vanaf 4 personen betaalden gemiddeld 310 euro'. A whole number after 'onder de',
/// 'boven de' or 'vanaf', right after the noun that opens its phrase (at the clause's start or after a word of
/// grammar: 'dan leden', 'bij scholen'), with a value of the group after it before any mark, bounds the group the noun
/// names; it is a label, no quantity. 'Het aantal bleef onder de 30' (a verb before the bound) and 'zakte de
/// wachttijd onder de 30 dagen' (no value of a group after it) are values, as before.
extension Tokenizer {
    /// Whether the number at `index` bounds the group of the noun before it (see the extension).
    static func isGroupBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard let number = tokens[index].number, number.unit == .count, number.decimals == 0, !number.isWord,
            number.hedge == nil, let marker = boundMarker(before: index, tokens), marker >= 1
        else { return false }
        let noun = tokens[marker - 1]
        guard noun.kind == .word, !Lexicon.grammarWords.contains(noun.text), !Lexicon.changeNouns.contains(noun.text)
        else { return false }
        let opensPhrase = marker == 1 || tokens[marker - 2].kind == .mark
            || tokens[marker - 2].kind == .word && Lexicon.grammarWords.contains(tokens[marker - 2].text)
        let after = tokens[(index + 1)..<min(tokens.count, index + 1 + groupValueReach)]
        let valued = after.prefix { $0.kind != .mark }.contains { $0.kind == .number }
        return opensPhrase && valued
    }

    /// Whether the number at `index` bounds a property in a phrase after 'met' that picks out a group: 'gemeenten met
    /// een vaccinatiegraad onder de 85 procent', 'scholen met verzuim boven de 5 procent'. The group is those whose
    /// value lies beyond the bound; the bound is a label, no value of anything. 'De graad bleef onder de 85 procent'
    /// (no 'met' before the noun) is a value, as before.
    static func isQualifyingBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard Lexicon.bandBounds.contains(phrase(tokens, endingBefore: index)), index >= 4 else { return false }
        let noun = index - 3
        guard tokens[noun].kind == .word, !Lexicon.grammarWords.contains(tokens[noun].text) else { return false }
        let article = tokens[noun - 1].kind == .word && Lexicon.articles.contains(tokens[noun - 1].text)
        let with = article ? noun - 2 : noun - 1
        return with >= 0 && tokens[with].isWord("met")
    }

    /// Whether the number at `index` is a minimum or maximum after 'met' that picks out the group a count before it
    /// counts: '187 dagen met ten minste 0,1 mm neerslag', '45 scholen met minstens 500 leerlingen'. The count is of
    /// the group; the limit is a label of it, no quantity. 'sloot af met ten minste 3.000 bezoekers' (no counted noun
    /// before 'met') is a value, as before.
    static func isCountedLimit(_ index: Int, _ tokens: [Token]) -> Bool {
        let limit = [2, 1].first { width in
            let words = index - width >= 0 ? tokens[(index - width)..<index] : []
            return !words.isEmpty && words.allSatisfy { $0.kind == .word }
                && limitWords.contains(words.map(\.text).joined(separator: " "))
        }
        guard let limit, index - limit - 3 >= 0 else { return false }
        let with = index - limit - 1
        return tokens[with].isWord("met") && tokens[with - 1].kind == .word
            && !Lexicon.grammarWords.contains(tokens[with - 1].text) && tokens[with - 2].number?.unit == .count
    }

    /// Words of a minimum or maximum before a number ('ten minste', 'minstens', 'hoogstens').
    private static let limitWords: Set<String> = [
        "ten minste", "tenminste", "minstens", "minimaal", "ten hoogste", "hoogstens", "maximaal",
    ]

    /// Whether the number at `index` bounds the group a count before it counts: '38 collega's langer dan zes weken
    /// thuis', '120 leerlingen jonger dan 12 jaar'. A threshold (`isComparativeBound`) right after a counted noun is
    /// the group's, no value of it.
    static func isCountedGroupBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 4, isComparativeBound(index, tokens) else { return false }
        let comparative = comparativePosition(beforeThan: index - 1, tokens)
        guard comparative >= 2, tokens[comparative - 1].kind == .word, tokens[index].number?.decimals == 0,
            tokens[index].number?.currency.isEmpty == true
        else { return false }
        return tokens[comparative - 2].number.map { $0.unit == .count } ?? false
    }

    /// Where the comparative before 'dan' at `than` stands: right before it, or, for one of age, before a form of
    /// 'zijn' there ('29 leden die jonger zijn dan 35': a subordinate clause sets its verb between them).
    private static func comparativePosition(beforeThan than: Int, _ tokens: [Token]) -> Int {
        let verbBetween = than >= 2 && ClaimParser.copulas.contains(tokens[than - 1].text)
            && ageComparatives.contains(tokens[than - 2].text)
        return verbBetween ? than - 2 : than - 1
    }

    /// Whether the count at `index` is a bound after a comparative and 'dan' ('langer dan 8 weken', 'jonger dan 12
    /// jaar'): the value is beyond it, not at it. 'meer dan' and 'minder dan' are hedges of a value.
    static func isComparativeBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, let number = tokens[index].number, number.unit == .count, number.hedge == nil,
            tokens[index - 1].isWord("dan")
        else { return false }
        let comparative = tokens[comparativePosition(beforeThan: index - 1, tokens)].text
        let compares = Lexicon.comparatives.contains(comparative) || Self.ageComparatives.contains(comparative)
        return compares && !Self.hedgingComparatives.contains(comparative)
    }

    /// Whether the number at `index` is a group's open bound before 'of' and a comparative, its noun between or not
    /// ('500 of meer leerlingen', '500 leerlingen of meer', '65 jaar of ouder'), or before 'en' and a comparative of
    /// age ('65 en ouder'): the group's limit, no amount of it.
    static func isOpenBound(_ index: Int, _ tokens: [Token]) -> Bool {
        let or = index + 1 < tokens.count && tokens[index + 1].kind == .word && !tokens[index + 1].isWord("of")
            && !tokens[index + 1].isWord("en") ? index + 2 : index + 1
        guard or + 1 < tokens.count, tokens[or].isWord("of") || tokens[or].isWord("en") else { return false }
        let closing = tokens[or + 1].text
        // '65 en ouder' bounds an age class as '65 of ouder' does; '500 en meer' may add to a value.
        return tokens[or].isWord("of") && Lexicon.comparatives.contains(closing) || ageComparatives.contains(closing)
    }

    /// Whether the number at `index` is an open bound right after the noun it levels ('windkracht 6 of meer', 'niveau
    /// 3 of hoger'): it names the group, no value of it. After a word of grammar or a verb ('er waren 500 of meer') it
    /// may be a value.
    static func isNamedOpenBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0, isOpenBound(index, tokens), tokens[index - 1].kind == .word else { return false }
        let noun = tokens[index - 1].text
        return !Lexicon.grammarWords.contains(noun) && !Lexicon.finiteVerbs.contains(noun)
            && Lexicon.hedges[noun] == nil
    }

    /// Whether the number at `index` is an open bound of a level after 'van' and the noun it levels ('een handicap van
    /// 36 of hoger', 'een score van 8 of lager'): the phrase picks out the members whose level lies beyond the bound,
    /// so the number labels the group, no quantity. Before 'of meer' or 'of minder' ('een totaal van 500 of meer') it
    /// may be a hedged amount, and after a noun of change ('een stijging van 5 of hoger') a change's size, as before.
    /// After the article 'een' the bound is a mark or grade ('gaf 87% een 8 of hoger'), no quantity either.
    static func isLevelBound(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, index + 2 < tokens.count, tokens[index - 1].isWord("van") || tokens[index - 1].isWord("een"),
            let number = tokens[index].number,
            number.unit == .count, number.decimals == 0, number.hedge == nil, number.currency.isEmpty,
            tokens[index + 1].isWord("of"), !hedgingComparatives.contains(tokens[index + 2].text),
            isOpenBound(index, tokens)
        else { return false }
        let noun = tokens[index - 2]
        return tokens[index - 1].isWord("een") || noun.kind == .word && !Lexicon.grammarWords.contains(noun.text)
            && !Lexicon.changeNouns.contains(noun.text) && !Lexicon.finiteVerbs.contains(noun.text)
    }

    /// Whether the count at `index` names a class: a '+' glued to it ('65+', '3+ kinderen'), or an open bound that
    /// opens its sentence ('65 of ouder | 1.621' as a table row's label, `isOpenBound`). A label, no value.
    static func isClassLabel(_ index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].number?.unit == .count else { return false }
        if index == 0 && isOpenBound(index, tokens) { return true }
        guard index + 1 < tokens.count, tokens[index + 1].isMark("+"), tokens[index].end == tokens[index + 1].start
        else { return false }
        return index + 2 == tokens.count || tokens[index + 2].kind != .number
            || tokens[index + 1].end != tokens[index + 2].start
    }

    /// Comparatives of age that bound a group ('jonger dan 12 jaar', '65 jaar of ouder').
    static let ageComparatives: Set<String> = ["ouder", "jonger"]

    /// Comparatives that with 'dan' hedge a value ('meer dan 500') rather than bound a group.
    private static let hedgingComparatives: Set<String> = ["meer", "minder"]

    /// Where the words of a group's bound before `index` start: 'onder de', 'boven de', 'vanaf'.
    private static func boundMarker(before index: Int, _ tokens: [Token]) -> Int? {
        if Lexicon.bandBounds.contains(phrase(tokens, endingBefore: index)) { return index - 2 }
        return index >= 1 && tokens[index - 1].isWord("vanaf") ? index - 1 : nil
    }

    /// How many tokens after a group's bound the group's value may stand ('onder de 30 verzuimden gemiddeld 3,0').
    static let groupValueReach = 6
}
