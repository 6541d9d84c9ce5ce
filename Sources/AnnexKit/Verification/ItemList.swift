/// A list of the parts of one whole, one labelled value a line, read as one sentence with the title over it:
/// 'Meldingen per categorie: • geluid: 1.204 • afval: 866 • parkeren: 431'. For a total line right under it
/// ('Totaal aantal meldingen: 2.501', `totalLineReading()`), when the total names what the list holds.
struct ItemList: Sendable {
    /// The values of its items, in order.
    let values: [Operand]
    /// The words of the title over its items, lower case: in its own sentence, or the title right above it.
    var lead: [String]
    /// The words of each item's label, lower case.
    let labels: [[String]]

    /// Whether the list holds what `noun` names, the head of a total's label ('kosten' of 'Totale kosten'): its
    /// title names it ('Meldingen per categorie' for 'meldingen', 'Projectkosten' for 'kosten'), or every item does
    /// ('personeelskosten', 'huisvestingskosten'). A total of another thing than its items ('Totale kosten' under
    /// items of income) is none of theirs.
    func holds(_ noun: String) -> Bool {
        let names = { (word: String) in ClaimParser.namesUnit(word, noun) || ClaimParser.isForm(noun, of: word) }
        return lead.contains(where: names) || labels.allSatisfy { $0.contains(where: names) }
    }
}

extension ClaimParser {
    /// The sentence as such a list: a run of at least `leastParts` labelled lines (`SentenceAnalysis.labelledLines`)
    /// of counts or amounts, no percentages, whose labels name no moment (a series of periods is summed by the periods
    /// a total names) and each a part (`namesPart`: no part of a part, total, mean or stated change), and no value
    /// signed as a change ('+24'), under a title that names no selection (`SentenceAnalysis.namesSelection`: 'Top
    /// drie …', 'De vijf grootste posten', 'Meldingen, waaronder:'). None otherwise.
    func itemList() -> ItemList? {
        guard let lines = analysis.labelledLines, lines.count >= Self.leastParts, let first = lines[0].label.first,
            !analysis.namesSelection(0..<first)
        else { return nil }
        let read = lines.map { analysis.read($0) }
        let values = lines.map { operand($0.value).carriedOverByLabel }
        guard values.allSatisfy({ $0.unit == .count }),
            lines.allSatisfy({ tokens[$0.value].number?.sign == nil }),
            read.allSatisfy({ $0.moments.isEmpty && Self.namesPart($0.words) })
        else { return nil }
        return ItemList(values: values, lead: analysis.words(0..<first), labels: read.map(\.words))
    }
}
