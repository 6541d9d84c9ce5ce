/// Sums: parts the text names and the total it gives them ('A (1.500) en B (1.723) samen 3.223',
/// 'in totaal 100%: 64,5% ambulant, 21% klinisch en 14,5% verblijf'). Recomputed as the sum of the
/// parts; rounded parts (percentages, '2,4 miljoen') may add up to anything their rounding allows.
struct SumChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        guard claim.parts.count >= 2 else { return context.unverifiable(claim, .noOperands) }
        guard ReadingSanity.sumIsPossible(claim.claimed, parts: claim.parts) else {
            return context.unverifiable(claim, .impossibleReading(.sum))
        }
        let value = claim.parts.map(\.value).reduce(Exact(0), +)
        let range = claim.parts.dropFirst().map(\.bounds).reduce(claim.parts[0].bounds, +)
        let format: Shown.Format =
            claim.claimed.number?.unit == .count ? .count : .percent(decimals: claim.claimed.number?.decimals ?? 1)
        let computation = Computation(
            basis: .text, form: .sum(claim.parts.map { Shown($0.value, format) }),
            result: Shown(value, format))
        return context.judge(
            claim, range: range, value: value, computation: computation, sources: claim.parts.map(CheckContext.source))
    }
}
