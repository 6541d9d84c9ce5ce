/// A side of a written formula (`FormulaStep`): consistent when it allows the value of the side before it (under
/// either reading of a '× 100' when only one side writes percentages), inconsistent when it allows neither.
struct FormulaChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        guard let step = claim.formula, let last = step.values.last else {
            return context.unverifiable(claim, .noOperands)
        }
        let value = step.values.first { context.fits(claim, $0) } ?? last
        let format: Shown.Format =
            claim.claimed.number.map { $0.unit == .count } ?? true
            ? .decimal(step.decimals) : .percent(decimals: step.decimals)
        let computation = Computation(basis: .text, form: .formula(step.written), result: Shown(value, format))
        return context.judge(
            claim, range: .point(value), value: value, computation: computation,
            sources: step.operands.map(CheckContext.source))
    }
}
