/// Means of groups recombined by the groups' sizes ('respectievelijk 400, 600 en 1.000 cliënten … 6, 9 en 12
/// weken; gewogen … 9,9 weken'): the sum of each mean times its size, over the sum of the sizes. Rounded means
/// allow every weighted mean their rounding allows.
struct WeightedMeanChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        guard claim.parts.count == claim.weights.count, claim.parts.count >= 2 else {
            return context.unverifiable(claim, .noOperands)
        }
        let total = claim.weights.map(\.value).reduce(Exact(0), +)
        guard !total.isZero,
            ReadingSanity.meanIsPossible(claim.claimed, values: claim.parts, in: context.analysis.tokens)
        else {
            return context.unverifiable(claim, .impossibleReading(.mean))
        }
        let pairs = zip(claim.parts, claim.weights)
        let value = pairs.map { $0.value * $1.value }.reduce(Exact(0), +) / total
        let weighted = pairs.map { $0.bounds.scaled(by: $1.value) }
        let range = weighted.dropFirst().reduce(weighted[0], +).scaled(by: Exact(1) / total)
        let decimals = max(1, claim.claimed.number?.decimals ?? 1)
        let format: Shown.Format = claim.claimed.number?.unit == .percent ? .percent(decimals: decimals) : .count
        let computation = Computation(
            basis: .text,
            form: .weightedMean(
                values: claim.parts.map { Shown($0.value, format) },
                weights: claim.weights.map { Shown($0.value, .count) }),
            result: Shown(value, format))
        return context.judge(
            claim, range: range, value: value, computation: computation,
            sources: (claim.parts + claim.weights).map(CheckContext.source))
    }
}
