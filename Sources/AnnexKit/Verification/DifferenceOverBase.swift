/// A change in percent after a difference and its base: 'Dat zijn er 450 meer dan in 2022 (9.000), een toename van
/// 5,0 procent.' The count before 'meer' or 'minder' and 'dan' is the difference, the value the comparison names its
/// base; the change runs from the base to the base plus the signed difference (9.000 → 9.450: +5,0%). A difference is
/// never a level: without its base the change takes nothing from it. A change that makes a comparison of its own
/// ('… en 24 procent meer dan in 2021 (1.000)') is not the one of another comparison's difference.
extension ClaimParser {
    /// The base and the base plus the difference, for a change in percent at `index` after the sentence's one
    /// difference from a compared value of `unit`, when that value is a start without an end (`bases`).
    func differenceOverBase(for index: Int, unit: NumberUnit) -> (from: Operand?, to: Operand?)? {
        guard unit == .count, tokens[index].number?.unit == .percent else { return nil }
        let differences = numbers(.count, in: 0..<index).filter { Self.isDifference($0, tokens) }
        guard differences.count == 1, let difference = differences.first,
            let comparative = Self.differenceComparative(difference, tokens), comparative + 1 < index,
            tokens[comparative + 1].isWord("dan"),
            let base = analysis.numberIndices.first(where: { $0 > comparative + 1 }), base < index,
            bases.contains(base), !otherComparisonBases(of: index).contains(base), let size = tokens[difference].number,
            let start = tokens[base].number, size.hedge == nil, start.hedge == nil, size.isAmount == start.isAmount
        else { return nil }
        let sign = Lexicon.increase.contains(tokens[comparative].text) ? 1 : -1
        let end = start.value + Exact(sign) * size.value
        guard end > Exact(0) else { return nil }
        let written = WrittenNumber(
            value: end, unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
            text: PlainNumber.format(end), hedge: nil)
        let frame = analysis.frame(for: index, discourse: discourse)
        let binding = OperandBinding(size.isRounded || start.isRounded ? .roundedConstruction : .construction)
        let line = analysis.line(of: difference)
        let later = Operand(written, year: frame.later, token: nil, line: line, binding: binding)
        return (operand(base, year: frame.base), later)
    }
}
