/// A list of the parts of one whole whose last item is their total, read as one sentence with its title
/// ('Inkomsten van het toernooi: - inschrijfgeld: € 6.300 - kantine: € 4.200 - Totaal: € 10.500'): for prose right
/// under it, a table whose rows are the items and whose whole is the total item, as a memo closed by a total line is
/// (`Discourse.rowsAndTotal`): 'Het inschrijfgeld was goed voor 60 procent van de inkomsten.' names its part by the
/// item's label (`ClaimParser.labelledRowShare`).
extension ClaimParser {
    /// The sentence as such a list, as `Discourse.Table` (its title the words before the first item): at least
    /// `Discourse.fewestRows` items and a last line labelled by a word of totalling alone ('Totaal'), no line naming a
    /// moment, each item a part (`namesPart`: no 'waarvan', mean or change), all values unsigned counts or amounts of
    /// one currency, and the items adding up to the total exactly: lines that do not may be a selection of the parts.
    /// None under a title that names a selection ('De drie grootste posten:').
    func listClosedByTotal() -> Discourse.Table? {
        guard let lines = analysis.labelledLines, lines.count > Discourse.fewestRows, let first = lines[0].label.first,
            !analysis.namesSelection(0..<first)
        else { return nil }
        let read = lines.map { analysis.read($0) }
        let numbers = lines.compactMap { tokens[$0.value].number }
        let values = lines.map { operand($0.value).carriedOverByLabel }
        guard let total = read.last, Self.totalledWords(total.words)?.isEmpty == true, total.moments.isEmpty,
            numbers.count == lines.count, numbers.allSatisfy({ $0.unit == .count && $0.sign == nil }),
            Set(numbers.map(\.currency)).count == 1,
            read.dropLast().allSatisfy({ $0.moments.isEmpty && Self.namesPart($0.words) }),
            Operand(summing: Array(values.dropLast())).value == values[values.count - 1].value
        else { return nil }
        let items = zip(read.dropLast().map(\.words), values.dropLast()).map { (label: $0, count: $1) }
        return (items, values[values.count - 1], analysis.words(0..<first), false)
    }
}
