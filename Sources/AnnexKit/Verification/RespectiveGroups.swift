/// Two groups joined by 'en' and their values joined by 'en' in the same order ('Mannen en vrouwen waren met 1.900
/// en 400 verdachten ongelijk vertegenwoordigd: mannen kwamen bijna vijf keer zo vaak voor'): the first value is
/// the first group's, the second the second's. A comparison between them runs from the group it compares with ('als
/// vrouwen') to the group its clause names as its subject.
extension ClaimParser {
    /// The values a factor at `index` compares, from the base group's to the subject's; nil unless the sentence
    /// joins exactly two groups and exactly two values by 'en' and the factor's clause names one group as its
    /// subject or as what it compares with (not both, not the same one twice).
    func respectiveValues(for index: Int) -> (from: Operand, to: Operand)? {
        let valuePairs = joined(before: tokens.count) { token in token.number.map { $0.unit != .points } ?? false }
        guard valuePairs.count == 1, let values = valuePairs.first,
            tokens[values.first].number?.unit == tokens[values.second].number?.unit
        else { return nil }
        let groupPairs = joined(before: values.first) { token in
            token.kind == .word && ContrastedGroups.isContent(token.text) && Lexicon.hedges[token.text] == nil
        }
        guard groupPairs.count == 1, let groups = groupPairs.first else { return nil }
        let names = [tokens[groups.first].text, tokens[groups.second].text]
        let clause = analysis.clause(of: index)
        guard !clause.contains(groups.first), !clause.contains(values.second) else { return nil }
        let compared = clause.first { Self.isComparisonMarker(at: $0, analysis) } ?? clause.upperBound
        func sides(_ range: Range<Int>) -> Set<Int> {
            Set(range.filter { tokens[$0].kind == .word }.flatMap { position in
                (0..<2).filter { ContrastedGroups.related(tokens[position].text, names[$0]) }
            })
        }
        let (subjects, bases) = (sides(clause.lowerBound..<min(index, compared)), sides(compared..<clause.upperBound))
        let subject: Int
        if subjects.count == 1, let only = subjects.first, !bases.contains(only), bases.count <= 1 {
            subject = only
        } else if subjects.isEmpty, bases.count == 1, let base = bases.first {
            subject = 1 - base
        } else {
            return nil
        }
        let operands = [operand(values.first), operand(values.second)]
        return (operands[1 - subject], operands[subject])
    }

    /// The two values a list after 'respectievelijk' gives two groups joined by 'en' before it ('De bals op zaterdag
    /// en maandag trokken respectievelijk 1.340 en 1.120 bezoekers'), in that order, each group named by its word
    /// beside the 'en': a contrast of two groups for the sentence after to compare ('Op maandag kwamen er 220 minder
    /// dan op zaterdag'). Nil unless they are the sentence's only numbers, of one unit, and the stretch before
    /// 'respectievelijk' joins exactly two words of content so.
    func respectiveContrast() -> (values: [Int], groups: ContrastedGroups)? {
        let marks = tokens.indices.filter { tokens[$0].isWord("respectievelijk") && tokens[$0].depth == 0 }
        guard marks.count == 1, let mark = marks.first, mark + 1 < tokens.count,
            let unit = tokens[mark + 1].number?.unit
        else { return nil }
        let values = respectiveList(after: mark, of: unit)
        guard values.count == 2, analysis.numberIndices == values, values.allSatisfy({ Self.isValue($0, tokens) })
        else { return nil }
        let stretch = analysis.stretches[mark]
        let groupPairs = joined(before: mark) { token in
            token.kind == .word && ContrastedGroups.isContent(token.text) && Lexicon.hedges[token.text] == nil
        }.filter { analysis.stretches[$0.first] == stretch }
        guard groupPairs.count == 1, let groups = groupPairs.first,
            !ContrastedGroups.related(tokens[groups.first].text, tokens[groups.second].text)
        else { return nil }
        return (values, ContrastedGroups(respective: [tokens[groups.first].text, tokens[groups.second].text]))
    }

    /// The pairs of tokens before `end` that `isMember` accepts and that 'en' joins with nothing else between.
    private func joined(before end: Int, _ isMember: (Token) -> Bool) -> [(first: Int, second: Int)] {
        (1..<max(1, min(end, tokens.count) - 1)).filter { join in
            tokens[join].isWord("en") && isMember(tokens[join - 1]) && isMember(tokens[join + 1])
        }.map { ($0 - 1, $0 + 1) }
    }
}

/// 'Via telefoon, chat en e-mail kwamen respectievelijk 1.840.000, 412.000 en 268.000 vragen binnen', '… stierven er
/// respectievelijk 11.840 en 8.210 door varroa en door problemen met de koningin': after 'respectievelijk' a list of
/// counts (joined by ',' and a last 'en') takes, in its order, the labels of a list of as many items joined so,
/// either the words that open its stretch before 'respectievelijk' (with no number among them; the last label no
/// longer than the longest other, as the verb follows it) or a phrase that opens with a preposition right after the
/// last count. Each count is named by its own label's words and the words after the list, which name them all alike
/// ('vragen'), not by the labels after it ('door varroa' is not 8.210's). The labels may follow 'respectievelijk'
/// after a list of counts before it ('hadden er 612, 298 en 136 betrekking op respectievelijk casino, sport en
/// overige spelsoorten'): then, up to the stretch's end, the labels after it pair off with that list in its order.
extension ClaimParser {
    /// The words of the label each count after 'respectievelijk' takes, by the count's token; empty when the sentence
    /// has no such list, more than one 'respectievelijk', or labels that do not pair off with the counts.
    func respectiveLabelWords() -> [Int: [String]] {
        let marks = tokens.indices.filter { tokens[$0].isWord("respectievelijk") && tokens[$0].depth == 0 }
        guard marks.count == 1, let mark = marks.first else { return [:] }
        var values = respectiveList(after: mark, of: .count)
        if values.isEmpty { values = listedCounts(before: mark) }
        guard values.count >= 2, let last = values.last else { return [:] }
        let labels: [[String]]
        if last < mark {
            let closing = tokens[(mark + 1)...].firstIndex { Self.breaksLabels($0) || $0.number != nil } ?? tokens.count
            labels = labelItems(in: (mark + 1)..<closing)
        } else if let opening = openingLabels(before: mark) {
            labels = opening
        } else if last + 1 < tokens.count, tokens[last + 1].kind == .word,
            Lexicon.prepositions.contains(tokens[last + 1].text)
        {
            let closing = tokens[(last + 1)...].firstIndex { Self.breaksLabels($0) || $0.number != nil } ?? tokens.count
            labels = labelItems(in: (last + 1)..<closing)
        } else {
            return [:]
        }
        guard labels.count == values.count else { return [:] }
        // Words after the list name every count alike ('vragen'; 'betrekking' before labels after 'respectievelijk').
        let shared = namingWords(of: last).filter { word in !labels.contains { $0.contains(word) } }
        return Dictionary(uniqueKeysWithValues: zip(values, labels.map { $0 + shared }))
    }

    /// The labels of a list that opens the stretch before the 'respectievelijk' at `mark` (after ';', ':' or a
    /// bracket), split at ',' and 'en'/'of': the verb after the list joins its last label ('e-mail kwamen'), and
    /// listed labels are alike, so the last is cut to the length, in words of content, of the longest other. Nil when
    /// that stretch holds a number; empty when an item has no word of content.
    func openingLabels(before mark: Int) -> [[String]]? {
        let opening = (tokens[..<mark].lastIndex { Self.breaksLabels($0) }).map { $0 + 1 } ?? 0
        guard !tokens[opening..<mark].contains(where: { $0.number != nil }) else { return nil }
        let items = labelItems(in: opening..<mark)
        let longest = items.dropLast().map(\.count).max() ?? 0
        return items.dropLast() + items.suffix(1).map { Array($0.prefix(longest)) }
    }

    /// The numbers of `unit` listed right after the word at `mark`, joined by ',' and by 'en' before the last; empty
    /// when the list does not close with 'en'.
    func respectiveList(after mark: Int, of unit: NumberUnit) -> [Int] {
        var values: [Int] = []
        var position = mark + 1
        while position < tokens.count, tokens[position].number?.unit == unit {
            values.append(position)
            guard position + 2 < tokens.count, tokens[position + 2].number?.unit == unit else { break }
            let joiner = tokens[position + 1]
            if joiner.isWord("en") {
                values.append(position + 2)
                break
            }
            guard joiner.isMark(",") else { break }
            position += 2
        }
        return values.last.map { tokens[$0 - 1].isWord("en") } == true ? values : []
    }

    /// The counts of a list that ends before the 'respectievelijk' at `mark` in its stretch, joined by ',' and by 'en'
    /// before the last, with only words after it up to the mark ('612, 298 en 136 betrekking op'); empty when there is
    /// none.
    private func listedCounts(before mark: Int) -> [Int] {
        let stretches = analysis.stretches
        guard let last = analysis.numberIndices.last(where: { $0 < mark }), stretches[last] == stretches[mark],
            tokens[last].number?.unit == .count, tokens[(last + 1)..<mark].allSatisfy({ $0.kind == .word }),
            last >= 2, tokens[last - 1].isWord("en")
        else { return [] }
        var values = [last]
        var position = last
        while position >= 2, tokens[position - 2].number?.unit == .count,
            tokens[position - 1].isWord("en") && position == last || tokens[position - 1].isMark(",")
        {
            position -= 2
            values.insert(position, at: 0)
        }
        return values.count >= 2 ? values : []
    }

    /// The items of a list in `range`, split at ',' and at 'en' or 'of', each as its words of content that are no
    /// finite verb nor preposition ('via'); empty when an item has none.
    private func labelItems(in range: Range<Int>) -> [[String]] {
        var items: [[String]] = [[]]
        for token in tokens[range] {
            if token.isMark(",") || (token.kind == .word && Lexicon.listJoiners.contains(token.text)) {
                items.append([])
            } else if token.kind == .word, ContrastedGroups.isContent(token.text),
                !Lexicon.finiteVerbs.contains(token.text), !Lexicon.prepositions.contains(token.text)
            {
                items[items.count - 1].append(token.text)
            }
        }
        return items.contains(where: \.isEmpty) ? [] : items
    }

    /// Whether a token ends the stretch a list of labels may stand in: ';', ':' or a bracket.
    private static func breaksLabels(_ token: Token) -> Bool {
        token.kind == .mark && [";", ":", "(", ")"].contains(token.text)
    }
}
