/// Index numbers against their base year. An index stated with its base year is 100 in that year: '(2015 = 100)'
/// gives the 100 as a number of the sentence (read with its start and end values, `fromTos`); 'basisjaar 2015'
/// ('De index (basisjaar 2015) stond in 2024 op 131,2') names the year only, and the 100 is the index's by
/// construction. A change against that year ('sinds 2015', 'ten opzichte van 2015', 'dan in 2015') is then of 100 to
/// the index level the sentence gives before the change. An index level alone is no claim, and a change against
/// another year than the base needs that year's level.
extension ClaimParser {
    /// The value an index takes in its base year.
    static let indexBaseValue = 100

    /// Whether a sentence speaks of an index: a word of it names one ('prijsindex', 'indexcijfer') or its base year
    /// ('basisjaar').
    static func namesIndex(_ tokens: [Token]) -> Bool {
        tokens.contains { $0.kind == .word && ($0.text.contains("index") || $0.text == "basisjaar") }
    }

    /// The start and end value of a change at `index` against the base year a 'basisjaar' names: 100 in that year,
    /// and the last count before the change that is no year's other than a later one; nil when the sentence names no
    /// base year, when the change is against another year, or when it gives no level.
    func indexBaseChange(for index: Int) -> (from: Operand, to: Operand)? {
        guard let base = namedBaseYear(), analysis.baseYears(in: (index + 1)..<tokens.count).contains(where: {
            $0.year == base.year
        }) || analysis.baseYears(in: 0..<index).contains(where: { $0.year == base.year && $0.token > base.token })
        else { return nil }
        let levels = analysis.numberIndices.filter { position in
            position < index && tokens[position].number?.unit == .count && Self.isValue(position, tokens)
                && (analysis.ownYear(of: position)?.year).map { $0 > base.year } ?? true
        }
        guard let level = levels.last else { return nil }
        let hundred = WrittenNumber(
            value: Exact(Self.indexBaseValue), unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
            text: String(Self.indexBaseValue), hedge: nil)
        let from = Operand(
            hundred, year: base.year, token: nil, line: analysis.line(of: base.token),
            binding: OperandBinding(.construction))
        return (from, operand(level))
    }

    /// The year right after 'basisjaar' ('basisjaar 2015', 'basisjaar: 2015'), when no '= 100' follows it (that form
    /// gives its 100 as a number of its own).
    private func namedBaseYear() -> (year: Int, token: Int)? {
        guard let word = tokens.firstIndex(where: { $0.isWord("basisjaar") }) else { return nil }
        var position = word + 1
        if position < tokens.count, tokens[position].isMark(":") { position += 1 }
        guard position < tokens.count, let year = tokens[position].year,
            !(position + 1 < tokens.count && tokens[position + 1].isMark("="))
        else { return nil }
        return (year, position)
    }
}
