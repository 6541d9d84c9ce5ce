/// Two rows of the table right above set against each other in prose under it by their labels: 'Retail scoort 7
/// procentpunt hoger dan horeca' under 'Horeca  78', 'Retail  85' titled '(%)' (85 − 78 = 7 points), and 'Op platte
/// daken lagen 20% meer panelen dan op schuine daken' under 'Platte daken  4.200', 'Schuine daken  3.500' (a change in
/// percent of two counts: 4.200 over 3.500 is +20%). The row named after 'dan' is the base, the one named before the
/// number the other side; a comparative right after the number (a noun between allowed) gives the sign. Read only
/// when the number is its sentence's only one, the rows are the whole block of value lines right above, of one
/// currency, and the words of each side tell one row apart (`toldRow`: 'daken' names every row and tells none), no
/// rest row unless the side names a rest. The items of a list ('- damwanden: 5,9') are no such lines: under a title
/// '(%)' their bare values are shares, which a change in percent may compare in points. Without such lines the rows
/// of a table between bars or at tabs right above are read (`tableRows`: 'Zaterdag trok 45% meer bezoekers dan
/// maandag' under 'Dag | Bezoekers | Incidenten'). A label that names a moment is named by its words: 'Q3' by 'het
/// derde (kwartaal)', 'juni' by 'juni'.
extension ClaimParser {
    /// The base row and the other row a comparison at `index` of `unit` sets against each other, with its sign.
    func comparedRows(at index: Int, unit: NumberUnit) -> (from: Operand, to: Operand, sign: Int)? {
        guard analysis.numberIndices == [index],
            let comparative = tokens[(index + 1)...].prefix(Self.comparativeReach).firstIndex(where: {
                $0.kind == .word && Lexicon.comparatives.contains($0.text)
            }),
            let than = tokens[(comparative + 1)...].prefix(Self.comparativeReach)
                .firstIndex(where: { $0.isWord("dan") }),
            let rows = lineRows(of: unit) ?? tableRows(of: unit)
        else { return nil }
        guard let base = Self.toldRow(amongst: rows.labels, by: Set(analysis.words((than + 1)..<tokens.count))),
            let other = Self.toldRow(amongst: rows.labels, by: Set(analysis.words(0..<index))), base != other
        else { return nil }
        var (from, to) = (rows.values[base], rows.values[other])
        from.binding = OperandBinding(.labelledLine)
        to.binding = OperandBinding(.labelledLine)
        return (from, to, Lexicon.increase.contains(tokens[comparative].text) ? 1 : -1)
    }

    /// The value lines right above as rows to compare: their labels' words, with the words that name their moments
    /// ('juni', 'derde' of 'Q3': `LabelMoment.names`), and their values; none unless at least `leastParts` of `unit`
    /// and one currency.
    private func lineRows(of unit: NumberUnit) -> (labels: [[String]], values: [Operand])? {
        let rows = discourse.wholeLineRun
        guard rows.count >= Self.leastParts, rows.allSatisfy({ $0.value.unit == unit }),
            Set(rows.map { $0.value.written.flatMap { $0.tokens[$0.index].number?.currency } ?? "" }).count == 1
        else { return nil }
        return (rows.map { $0.label.words + $0.label.moments.flatMap(\.names) }, rows.map(\.value))
    }

    /// The most tokens from the number to its comparative, and from that to 'dan' ('7 procentpunt hoger dan', '1.620
    /// fte meer dan').
    static let comparativeReach = 3
}
