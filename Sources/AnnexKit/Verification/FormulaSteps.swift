/// The steps of a formula the text writes out (`WrittenFormula`): each side after the first claims the value of the
/// side before it, exactly for an expression of numbers as written ('= 27,6 / 4'), to its rounding for a number
/// ('≈ 6,83'). A formula's numbers are its own: no prose reading takes them (`Tokenizer.formulaTerms`).
struct FormulaStep: Sendable {
    /// The values the side before may have in the claim's unit, the first as written: when one side holds a
    /// percentage and the other none ('(4,5 / 63,4) × 100 ≈ 7,1%'), the second reads the '× 100' as the percent.
    let values: [Exact]
    /// The side before as the text writes it.
    let written: String
    /// The decimals the value is shown at.
    let decimals: Int
    /// The numbers of the side before.
    let operands: [Operand]
}

extension ClaimParser {
    /// The claims of the formulas the sentence writes out: one for each side after the first.
    func formulaReadings() -> [Claim] {
        WrittenFormula.formulas(in: tokens).flatMap { formula in
            formula.sides.indices.dropFirst().compactMap { formulaStep(formula, side: $0) }
        }
    }

    /// The claim of the side `side` of `formula`: the value of the side before; nil when either has no value.
    private func formulaStep(_ formula: WrittenFormula, side: Int) -> Claim? {
        let (before, after) = (formula.expressions[side - 1], formula.expressions[side])
        guard let value = formula.value(of: before, in: tokens) else { return nil }
        let claimed: Claimed
        let site: Int
        var unit = Exact(1)
        if case .number(let index) = after, let number = tokens[index].term {
            (site, claimed) = (index, precise(number, direction: nil, derived: true))
            unit = Exact(1) / WrittenFormula.scale(of: number)
        } else {
            guard let bounds = formula.bounds(of: after, in: tokens), let exact = formula.value(of: after, in: tokens),
                let first = formula.numbers(of: after).first
            else { return nil }
            site = first
            claimed = Claimed(
                value: exact, accepted: bounds, plausible: bounds, text: written(formula.sides[side]), direction: nil,
                number: nil)
        }
        var values = [value * unit]
        let percentages = [before, after].map { formula.holdsPercentage($0, in: tokens) }
        if percentages[0] != percentages[1] {
            let factor = Exact(WrittenFormula.percentFactor)
            values.append(percentages[0] ? values[0] * factor : values[0] / factor)
        }
        let numbers = formula.sides.joined().compactMap { WrittenFormula.term(tokens[$0]) }
        let decimals = claimed.number?.decimals ?? (numbers.map(\.decimals).max() ?? 0) + 1
        let operands = formula.numbers(of: before).compactMap { index in
            tokens[index].term.map { Operand($0, year: nil, token: index, line: analysis.line(of: index)) }
        }
        var claim = Claim(kind: formula.kind(of: formula.expressions[0], in: tokens), site: site, claimed: claimed)
        claim.formula = FormulaStep(
            values: values, written: written(formula.sides[side - 1]), decimals: decimals, operands: operands)
        return claim
    }

    /// The text of a run of tokens, as written.
    private func written(_ range: Range<Int>) -> String {
        String(scalars: analysis.scalars[tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end])
    }
}
