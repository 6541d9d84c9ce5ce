/// A total the next sentence states as the result of the values the sentence before gives: 'De omzet uit A bedroeg
/// € 1,72 miljoen en uit B € 0,64 miljoen. De totale omzet kwam daarmee op € 2,36 miljoen.' ('daarmee' or 'hiermee'
/// before the 'op' of a verb of coming to a level), or 'A, B en C behaalden een omzet van respectievelijk … . … van de
/// totale omzet van € 3,12 miljoen' (the total named as 'totale', of a noun the sentence before counts). The values are
/// the sentence's parts only when no count of the total's own sentence stands before it and they reach at least
/// the share of it a split covers (`ReadingSanity.splitReading`): a count of another kind or a stock that flows change
/// ('De voorraad kwam daarmee op 52.100' after 1.400 built and 300 demolished) is none of their sums. A value 'over
/// het hele jaar' after a sentence whose values are named by parts of that year (quarters, halves, months) may be their
/// sum (the year's count of a flow) or not (a stock's level, a mean): they may confirm it, never contradict it.
extension ClaimParser {
    /// The total at the site the sentence states as the result of the counts of the sentence before, with those
    /// counts as its parts (see the type's comment); nil when it states none.
    func resultTotal() -> (total: Int, parts: [Operand])? {
        for index in tokens.indices where tokens[index].depth == 0 {
            if let (_, end) = analysis.firstPhrase(Self.resultCues, at: index), let total = total(after: end - 1),
                let parts = resultParts(of: total)
            {
                // 'daarmee' says the values make up the total: short of it, they are wrong.
                return (total, parts.values)
            }
            if let (_, end) = analysis.firstPhrase(Self.wholeYearCues, at: index), discourse.lastNamesPartsOfYear,
                let total = total(after: end - 1), let parts = resultParts(of: total)
            {
                // 'Over het hele jaar …' after the quarters or halves of that year: the year's count of a flow is their
                // sum, its level of a stock or a mean is not, so they may confirm it, never contradict it.
                return (total, parts.values.map { $0.adding(.partOfList) })
            }
            if tokens[index].isWord("totale"), index + 3 < tokens.count, tokens[index + 1].kind == .word,
                tokens[index + 2].isWord("van"), let total = total(after: index + 2),
                namedByLastCounts(tokens[index + 1].text), let parts = resultParts(of: total)
            {
                // A total named only by its noun may be of more than the values listed: short of it, they confirm it,
                // never contradict it.
                return (total, parts.reach == .split ? parts.values : parts.values.map { $0.adding(.partOfList) })
            }
        }
        return nil
    }

    /// The counts of the sentence before as the parts of the count at `total`, and how far they reach it: nil when it
    /// is no plain count (a mean, a rate, a ratio or share), a count of its sentence stands before it, or they are
    /// fewer than two, of another currency, or fall short of what a split covers.
    private func resultParts(of total: Int) -> (values: [Operand], reach: ReadingSanity.SplitReading)? {
        // A mean or a ratio named before it ('De gemiddelde prijs komt daarmee op', 'Het recyclingpercentage komt
        // daarmee op 70,1') is no total.
        guard let number = tokens[total].number, number.unit == .count, !isAveraged(total), !aboutAverage,
            rateScale(of: total) == nil, !namesQuotient(before: total),
            numbers(.count, in: 0..<total).isEmpty
        else { return nil }
        let parts = precedingCounts(.count, total: total)
        let counted = discourse.lastCountedValues.filter { value in parts.contains { $0.value == value.operand.value } }
        guard parts.count >= Self.leastParts, counted.allSatisfy({ $0.currency == number.currency }) else { return nil }
        let reach = ReadingSanity.splitReading(number.value.magnitude, partsSum: parts.map(\.value).reduce(0, +))
        guard reach != .none else { return nil }
        // 'De omzet uit A … De totale parkeeromzet kwam daarmee op …': a compound of the noun the values are of names
        // them as they are named in the sentence that refers back to them.
        let other = totalsAnotherNoun(total, than: discourse.lastCountsNoun)
            && !(discourse.lastCountsNoun.flatMap { noun in totalledNoun(of: total).map { Self.namesUnit($0, noun) } }
                ?? false)
        // 'Het aantal aanvragen kwam daarmee op 1.500' after counts of granted permits: a count of another noun.
        let partNouns = counted.compactMap(\.noun)
        let otherCounted = wordsAfterAantal(before: total).map { words in
            !partNouns.isEmpty && !words.contains { word in
                partNouns.contains { Self.areForms(word, $0) || Self.namesUnit(word, $0) }
            }
        } ?? false
        return (other || otherCounted ? parts.map { $0.adding(.otherTotal) } : parts, reach)
    }

    /// The words between 'aantal' and the total at `total` in its clause ('Het aantal nieuwe bomen komt hiermee op'),
    /// or with `inSentence` in its sentence: what the total counts; nil when no 'aantal' stands there. A compound of
    /// number puts what it counts first ('Het ledental bedroeg 151': `countedByNumberNoun`).
    func wordsAfterAantal(before total: Int, inSentence: Bool = false) -> [String]? {
        let start = inSentence ? 0 : analysis.clause(of: total).lowerBound
        guard let word = (start..<total).last(where: {
                tokens[$0].kind == .word && Self.countedByNumberNoun(tokens[$0].text) != nil
            }),
            let counted = Self.countedByNumberNoun(tokens[word].text)
        else { return nil }
        let after = tokens[(word + 1)..<total].filter { $0.kind == .word }.map(\.text)
        return counted.isEmpty ? after : [counted] + after
    }

    /// What a noun of number counts on its own: nothing for 'aantal' (the words after it name it: 'het aantal
    /// leden'), the first part of a compound on a head of number (`countedByCompound`: 'ledental', 'inwonertal',
    /// 'bezoekersaantal': 'leden', 'inwoner', 'bezoekers'); nil for any other word.
    static func countedByNumberNoun(_ word: String) -> String? {
        word == "aantal" ? "" : countedByCompound(word)
    }

    /// Whether a word before the number at `index` in its clause has the head of a ratio's or a share's noun
    /// ('weerstandsratio', 'recyclingpercentage', 'bezettingsgraad', 'aandeel'): the number is a quotient.
    private func namesQuotient(before index: Int) -> Bool {
        let heads = Self.ratioHeads + Self.namedShareHeads + Lexicon.shareWords
        return (analysis.clause(of: index).lowerBound..<index).contains { position in
            tokens[position].kind == .word && heads.contains { tokens[position].text.hasSuffix($0) }
        }
    }

    /// Whether the sentence before names `noun` in a clause that holds its values ('een omzet van respectievelijk
    /// …' for 'de totale omzet'), or a compound of it, or a word it is a compound of.
    private func namedByLastCounts(_ noun: String) -> Bool {
        (discourse.earlier.last?.valueWords ?? []).contains { Self.namesUnit($0, noun) || Self.namesUnit(noun, $0) }
    }

    /// Words before the 'op' of a verb of coming to a level that refer back to what made it up ('kwam daarmee op').
    static let resultCues = ["daarmee op", "hiermee op"]
    /// Words that state a value over the whole year whose parts the sentence before gives ('Over het hele jaar …').
    static let wholeYearCues = [
        "over het hele jaar", "over het gehele jaar", "over heel het jaar", "in het hele jaar", "in het gehele jaar",
    ]
}

extension Discourse {
    /// Whether the last sentence names its values by parts of a year: quarters, halves or months ('Q1 212, Q2 198',
    /// 'In het eerste halfjaar …, in het tweede …', 'in maart').
    var lastNamesPartsOfYear: Bool {
        (earlier.last?.valueWords ?? []).contains { word in
            Self.yearPartWords.contains(word)
                || LabelMoment.named(by: word).map { $0.kind == .quarter || $0.kind == .month } ?? false
        }
    }

    /// Nouns of the parts of a year.
    private static let yearPartWords: Set<String> = [
        "kwartaal", "kwartalen", "halfjaar", "halfjaren", "helft", "maand", "maanden",
    ]
}
