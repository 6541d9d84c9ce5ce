/// A year that shares an item of a list with one value: 'In 2020 telde de club 820 leden, in 2021 905 en in 2022
/// 984', '1.500 bomen geplant in 2019, 1.650 in 2020 …'. An item runs from a separator (the sentence's start, ',',
/// ';', ':', or 'en' after a value) to the next (',', ';', ':', '.', 'en'), within one depth of parentheses. Its
/// one year, opening the item or after 'in', is the year of its one value; a year after another word ('sinds 2019',
/// 'dan 2020') dates no value, and an item followed by 'en' and a year ('500 in 2019 en 2020') spans both.
extension SentenceAnalysis {
    /// The year written beside a value of a series (`explicitYear(of:)`), else its list item's.
    func listedYear(of index: Int) -> (year: Int, token: Int)? { explicitYear(of: index) ?? itemYear(of: index) }

    /// The year of the list item that holds the value at `index` (see the extension), or nil.
    func itemYear(of index: Int) -> (year: Int, token: Int)? {
        let depth = tokens[index].depth
        var start = index
        while start > 0, tokens[start - 1].depth == depth, !opensListItem(after: start - 1) { start -= 1 }
        var end = index + 1
        while end < tokens.count, tokens[end].depth == depth, !closesListItem(end) { end += 1 }
        if end + 1 < tokens.count, tokens[end].isWord("en"), tokens[end + 1].year != nil { return nil }
        let item = start..<end
        let years = item.filter { tokens[$0].year != nil }
        guard years.count == 1, let year = tokens[years[0]].year, numberIndices.filter(item.contains) == [index],
            years[0] == start || tokens[years[0] - 1].isWord("in"), !isBaseYear(years[0])
        else { return nil }
        return (year, years[0])
    }

    /// Whether the token at `index` ends the item before it: ',', ';', ':', or 'en' right after a value.
    private func opensListItem(after index: Int) -> Bool {
        let token = tokens[index]
        return Self.itemMarks.contains(token.text) && token.kind == .mark
            || token.isWord("en") && index > 0 && tokens[index - 1].kind == .number
    }

    /// Whether the token at `index` closes the item it follows: ',', ';', ':', '.', or 'en'.
    private func closesListItem(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.kind == .mark && (Self.itemMarks.contains(token.text) || token.text == ".") || token.isWord("en")
    }

    /// The marks that separate the items of a list.
    private static let itemMarks: Set<String> = [",", ";", ":"]
}
