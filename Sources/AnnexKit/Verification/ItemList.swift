/// A list of the parts of one whole, one labelled value a line, read as one sentence with the title over it:
/// 'Meldingen per categorie: • geluid: 1.204 • afval: 866 • parkeren: 431'. For a total line right under it
/// ('Totaal aantal meldingen: 2.501', `totalLineReading()`).
extension ClaimParser {
    /// The values of the sentence's lines, in order, when it is such a list: a run of at least `leastParts`
    /// labelled lines (`SentenceAnalysis.labelledLines`) of counts or amounts, no percentages, whose labels name no
    /// moment (a series of periods is summed by the periods a total names) and no part of a part, total, mean or
    /// change (`isPlainLabel`), under a title that names no selection ('Meldingen, waaronder:', 'o.a.'). None
    /// otherwise.
    func itemList() -> [Operand] {
        guard let lines = analysis.labelledLines, lines.count >= Self.leastParts, let first = lines[0].label.first,
            !analysis.namesSelection(0..<first)
        else { return [] }
        let read = lines.map { analysis.read($0) }
        let values = lines.map { operand($0.value).carriedOverByLabel }
        guard values.allSatisfy({ $0.unit == .count }),
            read.allSatisfy({ $0.moments.isEmpty && Self.isPlainLabel($0.words) })
        else { return [] }
        return values
    }
}
