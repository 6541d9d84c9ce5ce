/// Two rows of the table right above set against each other in prose under it by their labels: 'Retail scoort 7
/// procentpunt hoger dan horeca' under 'Horeca  78', 'Retail  85' titled '(%)' (85 − 78 = 7 points). The row named
/// after 'dan' is the base, the one named before the number the other side; a comparative right after the number (a
/// noun between allowed) gives the sign. Read only when the number is its sentence's only one, the rows are the whole
/// block of value lines right above, and each side names exactly one row (`LabelledRowShare.sharesStem`), no rest row.
extension ClaimParser {
    /// The base row and the other row a comparison at `index` of `unit` sets against each other, with its sign.
    func comparedRows(at index: Int, unit: NumberUnit) -> (from: Operand, to: Operand, sign: Int)? {
        let rows = discourse.wholeLineRun
        guard rows.count >= Self.leastParts, rows.allSatisfy({ $0.value.unit == unit }),
            analysis.numberIndices == [index],
            let comparative = tokens[(index + 1)...].prefix(Self.comparativeReach).firstIndex(where: {
                $0.kind == .word && Lexicon.comparatives.contains($0.text)
            }),
            let than = tokens[(comparative + 1)...].prefix(Self.comparativeReach)
                .firstIndex(where: { $0.isWord("dan") })
        else { return nil }
        let base = rowsNamed(in: (than + 1)..<tokens.count, of: rows)
        let other = rowsNamed(in: 0..<index, of: rows)
        guard base.count == 1, other.count == 1, base[0] != other[0] else { return nil }
        var (from, to) = (rows[base[0]].value, rows[other[0]].value)
        from.binding = OperandBinding(.labelledLine)
        to.binding = OperandBinding(.labelledLine)
        return (from, to, Lexicon.increase.contains(tokens[comparative].text) ? 1 : -1)
    }

    /// The positions of the rows whose label has a word of the tokens in `range`, or one of its stem.
    private func rowsNamed(in range: Range<Int>, of rows: [CarriedLine]) -> [Int] {
        let words = Set(analysis.words(range)).subtracting(Lexicon.grammarWords)
        return rows.indices.filter { row in
            rows[row].label.words.contains { label in words.contains { Self.labelNames(label, $0) } }
        }
    }

    /// The most tokens from the number to its comparative, and from that to 'dan' ('7 procentpunt hoger dan', '1.620
    /// fte meer dan').
    static let comparativeReach = 3
}
