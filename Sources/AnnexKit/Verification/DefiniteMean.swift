/// A mean that a definite noun phrase opening its sentence names, of the values the sentence before lists: 'Het
/// ongewogen gemiddelde van deze drie provincies is 105 dagen.', 'Het gemiddelde rapportcijfer voor de stadslijnen:
/// 7,7.' after '… gaven de vier stadslijnen een 7,6, een 7,9, een 7,4 en een 8,1.'
///
/// The article (or 'hun') before 'gemiddelde' makes the mean one of a set the reader already knows. The clause says
/// which set by one of: a size of its own as large as the list ('van deze drie provincies'); the noun of a set the
/// sentence before counts as many as it lists values ('de vier stadslijnen' … 'voor de stadslijnen'); 'ongewogen', a
/// plain mean of values; or a word that refers back ('daarmee', 'dus'). 'gewogen' (weighed by sizes the text does not
/// give) reads nothing.
extension ClaimParser {
    /// The values of the sentence before that a mean at `index` is of (see the type): the mean is a count after the
    /// definite phrase, its sentence's only number but for a size of its set between them;
    /// the sentence before holds a list of at least two counts in the mean's currency, of one noun where they name
    /// one, and no other count but a size as large as the list that comes before it. Empty otherwise.
    func definiteMeanOfList(_ index: Int) -> [Operand] {
        guard let number = tokens[index].number, number.unit == .count, let cue = definiteMeanCue(), cue < index else {
            return []
        }
        let list = discourse.lastList
        let size = Exact(list.count)
        let others = analysis.numberIndices.filter { $0 != index }
        guard list.count >= Self.leastParts, list.allSatisfy({ $0.unit == .count }), others.count <= 1,
            others.allSatisfy({ $0 > cue && $0 < index && tokens[$0].number?.value == size })
        else { return [] }
        // The counts of the sentence before: the list, after at most one size of the set it lists.
        var counted = discourse.lastCountedValues
        let sizes = counted.first.map { $0.operand.value == size && $0.noun != nil ? [$0] : [] } ?? []
        counted.removeFirst(sizes.count)
        // The values are of one kind: those that name a noun after them name one ('1.900 bezoekers, die 412, 388 en
        // 455 broden' lists no values of one mean).
        guard counted.count == list.count, Set(counted.compactMap(\.noun)).count <= 1,
            zip(counted, list).allSatisfy({ $0.operand.value == $1.value && $0.currency == number.currency })
        else { return [] }
        let phrase = 1..<index
        let namesSet = sizes.contains { size in
            phrase.contains { tokens[$0].kind == .word && size.counts(tokens[$0].text) }
        }
        guard !others.isEmpty || namesSet || tokens[phrase].contains(where: { $0.isWord("ongewogen") })
            || refersBack(phrase)
        else { return [] }
        return list
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

    /// The words that open a definite phrase of a mean: articles and the possessive of a set.
    private static let definiteOpeners: Set<String> = ["het", "de", "hun"]

    /// How far after the article 'gemiddelde' may stand ('Het ongewogen gemiddelde').
    private static let definiteMeanReach = 2
}
