/// Shares that name their whole in words right after them while the counts stand in the sentence before: 'Van de 4.000
/// meldingen kwamen er 1.000 uit Rotterdam … Rotterdam is daarmee goed voor 25% van de meldingen', '… 25% van al onze
/// medewerkers', '… 20% van de bakkerijen met tekortkomingen'. The words name one of the wholes that sentence counts.

/// A count of a sentence with the words of content that name what it counts: those after it in its clause, up to the
/// next number that is no count of time ('96.000 inwoners van 65 jaar en ouder': inwoners, jaar, ouder).
struct NamedCount: Sendable {
    let operand: Operand
    let words: [String]
}

/// The group a share names as its whole by the words right after it ('van de meldingen').
struct WholeName: Equatable {
    /// The noun after the article ('meldingen').
    let noun: String
    /// The words of content after 'met' that pick a subgroup ('tekortkomingen' of 'bakkerijen met tekortkomingen').
    let qualifier: [String]
    /// Whether 'alle' or 'al' names the outermost whole ('van alle ouders', 'van al onze medewerkers').
    let outermost: Bool
}

extension ClaimParser {
    /// The counts of the sentence that are no count of time and no group's size, with the words that name them; the
    /// whole the sentence opens with is named by its words before it too ('Van de totale lasten van € 214,6 miljoen
    /// ging …': 'lasten' names 214,6, not the part after it), a number by a noun apposed to it ('op een omzet van 95
    /// miljoen euro', `apposedName(of:)`), which names none before it, or by the subject whose level it states ('De
    /// omzet kwam uit op € 1,86 mln', `levelSubject(of:)`); a count after 'respectievelijk' by its own label
    /// (`respectiveLabelWords`).
    func namedCounts() -> [NamedCount] {
        let opening = openingWhole()
        let labelled = respectiveLabelWords()
        let leading = leadingLabels()
        return nameableCounts.map { index in
            if let label = labelled[index] { return NamedCount(operand: operand(index).carriedOver, words: label) }
            let before =
                index == opening
                ? tokens[1..<index].filter { $0.kind == .word }.map(\.text)
                : apposedName(of: index).map { [$0.noun] } ?? levelSubject(of: index).map { [$0] } ?? []
            let after = namingWords(of: index, before: namingLimit(of: index))
            let words = before.filter(ContrastedGroups.isContent) + after + (leading[index] ?? [])
            return NamedCount(operand: operand(index).carriedOver, words: words)
        }
    }

    /// The counts of the sentence that are no count of time and no group's size.
    var nameableCounts: [Int] {
        numbers(.count, in: tokens.indices).filter { !countsTime($0) && !isSampleSize($0) }
    }

    /// The words of content after the count at `index` in its clause, up to the next number that is no count of time
    /// (and up to `limit`, when given); none for the part of a pair 'M van (in totaal) W', whose words name W.
    func namingWords(of index: Int, before limit: Int? = nil) -> [String] {
        if pairedWhole(of: index) != nil || endsLabelledItem(index) { return [] }
        let clause = analysis.clause(of: index)
        let next = analysis.numberIndices.first { $0 > index && !countsTime($0) } ?? clause.upperBound
        return tokens[(index + 1)..<max(index + 1, min(next, clause.upperBound, limit ?? clause.upperBound))].filter {
            $0.kind == .word && ContrastedGroups.isContent($0.text)
        }.map(\.text)
    }

    /// Whether the count at `index` ends an item of a list written label first ('studenten 48 en zakelijk 115',
    /// 'huur € 6.250, …'): a word of content right before it (or before its currency sign) and ',' or 'en' right after
    /// it, so the words after it label the next item.
    private func endsLabelledItem(_ index: Int) -> Bool {
        let start = index >= 1 && tokens[index - 1].isMark("€") ? index - 1 : index
        guard start >= 1, index + 1 < tokens.count, tokens[start - 1].kind == .word,
            ContrastedGroups.isContent(tokens[start - 1].text), !Lexicon.prepositions.contains(tokens[start - 1].text)
        else { return false }
        return tokens[index + 1].isMark(",") || tokens[index + 1].isWord("en")
    }

    /// The labels of the items of a list written label first ('…: dirigent € 14.400, zaalhuur € 6.250 en overig
    /// € 2.700', 'P-Noord 7.230, P-Zuid 6.480'), by the count each names: the words of content (at most
    /// `leadingLabelReach`, no verb or preposition) between the ',', ':', ';' or 'en' that opens the item and the
    /// count or its currency sign, the item closed by ',', 'en', ';' or the sentence's end. Only for at least two
    /// such items in one sentence.
    func leadingLabels() -> [Int: [String]] {
        var labels: [Int: [String]] = [:]
        for index in nameableCounts {
            let start = index >= 1 && tokens[index - 1].isMark("€") ? index - 1 : index
            let closes = index + 1 == tokens.count || [",", ";", "."].contains { tokens[index + 1].isMark($0) }
                || tokens[index + 1].isWord("en")
            let words = tokens[..<start].reversed().prefix { $0.kind == .word && !$0.isWord("en") }
            let opening = start - words.count - 1
            guard closes, !words.isEmpty, words.count <= Self.leadingLabelReach, opening >= 0,
                tokens[opening].isWord("en") || [",", ":", ";"].contains(where: { tokens[opening].isMark($0) }),
                words.allSatisfy({
                    ContrastedGroups.isContent($0.text) && !Lexicon.prepositions.contains($0.text)
                        && !Lexicon.finiteVerbs.contains($0.text)
                })
            else { continue }
            labels[index] = words.reversed().map(\.text)
        }
        return labels.count >= 2 ? labels : [:]
    }

    /// The most words a label written before its count may have ('muziek en solisten' is cut at 'en').
    private static let leadingLabelReach = 3

    /// The count of the share's own sentence that the words after the share (`wholeName`) name, when the whole the
    /// sentence marks does not ('Van de 312 huurders waren er 118 jonger dan 30 jaar; 41 van hen …, ofwel 13 procent
    /// van de jongeren' takes 118, not 312): the one count before the share at `start`, not `part`, whose words name
    /// the noun. None with 'met …' or 'alle'.
    func ownNamedWhole(ofShareAt start: Int, end: Int, marked: Int, part: Int?) -> Int? {
        guard let name = wholeName(afterShareEndingAt: end), name.qualifier.isEmpty, !name.outermost,
            !Self.names(namingWords(of: marked), name.noun)
        else { return nil }
        // Words from the share on are its own ('met 11,4 miljoen euro de helft van de lasten'), no count's name.
        let named = nameableCounts.filter {
            $0 < start && $0 != part && $0 != marked && Self.names(namingWords(of: $0, before: start), name.noun)
        }
        return named.count == 1 ? named[0] : nil
    }

    /// The group named by 'van', one or more articles and a noun right after a share ending at `end` ('62,5% van de
    /// meldingen', '25% van al onze medewerkers'), with the words after 'met' that follow the noun; nil when a number
    /// or no noun follows.
    func wholeName(afterShareEndingAt end: Int) -> WholeName? {
        guard end < tokens.count, tokens[end].isWord("van") else { return nil }
        var position = end + 1
        while position < tokens.count, tokens[position].kind == .word,
            Self.namingArticles.contains(tokens[position].text)
        {
            position += 1
        }
        guard position > end + 1, position < tokens.count, tokens[position].kind == .word,
            ContrastedGroups.isContent(tokens[position].text)
        else { return nil }
        let outermost = tokens[(end + 1)..<position].contains { Self.outermostArticles.contains($0.text) }
        guard position + 1 < tokens.count, tokens[position + 1].isWord("met") else {
            return WholeName(noun: tokens[position].text, qualifier: [], outermost: outermost)
        }
        let clauseEnd = analysis.clause(of: position).upperBound
        let qualifier = tokens[(position + 2)..<clauseEnd].prefix { $0.kind == .word }.map(\.text)
            .filter(ContrastedGroups.isContent)
        guard !qualifier.isEmpty else { return nil }
        return WholeName(noun: tokens[position].text, qualifier: qualifier, outermost: outermost)
    }

    /// The part and whole of a share ending at `end` that names its whole in words, from the sentence before, when
    /// the share's own sentence has no count (`namedWhole(afterShareEndingAt:)`): the part is the one count there
    /// whose words name something the share's clause names before the share ('Rotterdam is daarmee goed voor …' takes
    /// '1.000 uit Rotterdam') or, when none does, whose words name something the clause names after the whole ('…
    /// van de leden een vrouw' takes '40 vrouwen'), else, for a share that refers back with a verb before it or no
    /// words after the whole, the part that sentence states of the whole matched. Nil when no whole matches; a nil
    /// part when none does, or when the share turns polarity against that sentence (`turnsPolarity`).
    func namedWholeShare(at start: Int, end: Int) -> (Operand?, Operand?)? {
        guard let found = namedWhole(afterShareEndingAt: end), let before = scopedSentenceBefore,
            let name = wholeName(afterShareEndingAt: end)
        else { return nil }
        let clause = analysis.clause(of: start)
        let claimWords = tokens[clause.lowerBound..<start].filter {
            $0.kind == .word && ContrastedGroups.isContent($0.text) && !Self.areForms($0.text, name.noun)
        }.map(\.text)
        // Words after the whole may name the part instead ('64 leden, onder wie 40 vrouwen. Daarmee is 62,5% van de
        // leden een vrouw.'); a qualifier after 'met' names the whole's subgroup, no part.
        let noun = (end..<clause.upperBound).first { tokens[$0].text == name.noun } ?? clause.upperBound
        let after = name.qualifier.isEmpty && noun < clause.upperBound ? tokens[(noun + 1)..<clause.upperBound] : []
        let partWords = after.filter { $0.kind == .word && ContrastedGroups.isContent($0.text) }.map(\.text)
        let naming = { (words: [String]) in
            let named = words + words.compactMap { Self.firstPart(of: $0, onHead: name.noun) }
            return before.namedCounts.filter { count in
                !Self.isSame(count.operand, found.whole)
                    && count.words.contains { word in named.contains { Self.areForms($0, word) } }
            }
        }
        // '… van wie 140 in de stad wonen. Daarmee woont 30% van de leden buiten de stad.': a share that speaks of the
        // complement of what the sentence before counted may be the rest's share: no part of that sentence is its.
        if turnsPolarity { return (nil, found.whole) }
        let words = naming(claimWords).isEmpty ? partWords : claimWords
        let named = naming(words)
        if named.count == 1 { return (named[0].operand, found.whole) }
        // 'Regio Noord was daarmee goed voor …' after '1.136 uit regio Noord, 994 uit regio Midden …': 'regio' names
        // them all, 'noord' one.
        if let told = TellingWords.item(
            amongst: named.count, by: words,
            names: { index, word in named[index].words.contains { Self.areForms(word, $0) } })
        {
            return (named[told].operand, found.whole)
        }
        // '… van wie 30 tenoren. Daarmee is 40% van de leden ouder dan zestig.': a predicate wholly after the whole
        // whose words name no count names a property none of the counts has, and no part of them.
        if named.isEmpty, claimWords.isEmpty, !partWords.isEmpty { return (nil, found.whole) }
        if named.isEmpty, refersBack(tokens.indices), let stated = before.partAndWhole,
            Self.isSame(stated.whole, found.matched)
        {
            return (stated.part, found.whole)
        }
        return (nil, found.whole)
    }

    /// The whole a share ending at `end` names in words, when its own sentence counts nothing of that name: the one
    /// count of the sentence before whose words name its noun (a form, or a compound's head: 'ouderen' names '96.000
    /// inwoners van 65 jaar en ouder'); with 'met …', the part that sentence states of that count when it names the
    /// words after 'met' ('Bij 420 van de 3.500 bakkerijen zijn tekortkomingen gevonden' for 'van de bakkerijen met
    /// tekortkomingen'); with 'alle' or 'al', the outermost whole: the sentence's stated whole, then the whole each
    /// sentence before states of it, while it counts the noun too ('Van de 1.240 ouders … 310 … Van die 310 ouders …'
    /// for 'van alle ouders'). `matched` is the count the words named before that. With no count that matches, a
    /// whole a related word names (`relatedWhole(of:in:)`). Two counts that match, or none and no related whole:
    /// nil. A compound on a head of number names what its first part counts ('van het ledenbestand' the '151
    /// leden', `countedName`); the share's own `part` may count that noun too ('23 leden …, ruim 15 procent van het
    /// ledenbestand'): only another count of it in the share's sentence is a whole of its own.
    func namedWhole(afterShareEndingAt end: Int, part: Int? = nil) -> (whole: Operand, matched: Operand)? {
        guard let written = wholeName(afterShareEndingAt: end), let before = scopedSentenceBefore else { return nil }
        let name = Self.countedName(written)
        let own = zip(nameableCounts, namedCounts()).filter { $0.0 != part }.map(\.1)
        guard !own.contains(where: { Self.names($0, name.noun) }) else { return nil }
        let matching = before.namedCounts.filter { Self.names($0, name.noun) }.map(\.operand)
        let stated = before.partAndWhole
        let matched: Operand
        if matching.count == 1 {
            matched = matching[0]
        } else if name.outermost, let whole = stated?.whole, matching.contains(where: { Self.isSame($0, whole) }) {
            matched = whole
        } else if matching.isEmpty, name.qualifier.isEmpty, !name.outermost,
            let related = relatedWhole(of: name.noun, in: before)
        {
            return (related, related)
        } else {
            return nil
        }
        if !name.qualifier.isEmpty {
            let words = Set(before.namedCounts.flatMap(\.words)).union(before.valueWords)
            guard let stated, Self.isSame(stated.whole, matched),
                name.qualifier.contains(where: { qualifier in words.contains { Self.areForms($0, qualifier) } })
            else { return nil }
            return (stated.part, matched)
        }
        guard name.outermost else { return (matched, matched) }
        var whole = matched
        for summary in discourse.earlier.reversed() {
            guard let stated = summary.partAndWhole else { break }
            if Self.isSame(stated.whole, whole) { continue }
            let countsNoun = summary.namedCounts.contains {
                Self.isSame($0.operand, stated.whole) && Self.names($0, name.noun)
            }
            guard stated.part.value == whole.value, countsNoun else { break }
            whole = stated.whole
        }
        return (whole, matched)
    }

    /// The first part of a compound whose head is a form of `noun` ('thuis' of 'thuiswedstrijd' for the whole
    /// 'wedstrijden'): a member of the whole of that kind, which a count named by that part counts ('1.486
    /// wedstrijden, waarvan 1.112 thuis. Bijna driekwart van de wedstrijden was een thuiswedstrijd.'); nil for any
    /// other word, and for a part shorter than `leastCompoundHead`.
    static func firstPart(of word: String, onHead noun: String) -> String? {
        guard word.count >= 2 * leastCompoundHead else { return nil }
        return (leastCompoundHead...(word.count - leastCompoundHead)).lazy.map { word.prefix($0) }
            .first { areForms(String(word.dropFirst($0.count)), noun) }.map(String.init)
    }

    /// The name with the noun a compound on a head of number counts in place of that compound: its first part
    /// ('ledenbestand', 'ledental', 'bezoekersaantal': the number of members, of visitors); the name as written for
    /// any other noun, and for a first part shorter than `leastCompoundHead` ('aantal' alone).
    static func countedName(_ name: WholeName) -> WholeName {
        WholeName(noun: countedNoun(name.noun), qualifier: name.qualifier, outermost: name.outermost)
    }

    /// The first part of a compound on a head of number (`countedByCompound`: 'leden' of 'ledental'), else `word`.
    static func countedNoun(_ word: String) -> String { countedByCompound(word) ?? word }

    /// What a compound on a head of number (`numberHeads`) counts: its first part ('leden' of 'ledental' and
    /// 'ledenbestand', 'bezoekers' of 'bezoekersaantal'); nil for any other word, for a first part shorter than
    /// `leastCompoundHead` ('getal', 'aantal' alone) and for a compound of a stable ('paardenstal').
    static func countedByCompound(_ word: String) -> String? {
        guard !word.hasSuffix(stable), let head = numberHeads.first(where: { word.hasSuffix($0) }),
            word.count - head.count >= leastCompoundHead
        else { return nil }
        return String(word.dropLast(head.count))
    }

    /// The noun of a stable, whose compounds end as a compound on 'tal' does ('paardenstal').
    static let stable = "stal"

    /// Heads that make a compound the number of what its first part names, longest first ('aantal' before 'tal').
    static let numberHeads = ["aantal", "bestand", "tal"]

    /// Whether a count's words name `noun`: one of them is a form of it or a compound whose head it is.
    private static func names(_ count: NamedCount, _ noun: String) -> Bool { names(count.words, noun) }

    /// Whether one of `words` is a form of `noun` or a compound whose head it is.
    static func names(_ words: [String], _ noun: String) -> Bool {
        words.contains { namesUnit($0, noun) || isForm(noun, of: $0) }
    }

    /// Whether two operands are one number of the text: the same value at the same place.
    static func isSame(_ one: Operand, _ other: Operand) -> Bool {
        one.value == other.value && one.token == other.token && one.line == other.line
    }

    /// Words between 'van' and the noun of a whole named in words ('van de', 'van alle', 'van al onze').
    static let namingArticles: Set<String> = ["de", "het", "alle", "al", "onze", "hun"]

    /// Articles that name the outermost whole ('alle ouders', 'al onze medewerkers').
    static let outermostArticles: Set<String> = ["alle", "al"]
}
