/// Sums: parts the text names and the total it gives them ('A (1.500) en B (1.723) samen 3.223',
/// 'in totaal 100%: 64,5% ambulant, 21% klinisch en 14,5% verblijf'). Recomputed as the sum of the
/// parts; rounded parts (percentages, '2,4 miljoen') may add up to anything their rounding allows. The
/// rest of a whole ('…, 31 procent … en 19 procent …; de overige 10 procent', 'Van de 1.250 … 610 … en 390 …; de
/// overige 250') is the whole less the other parts (`Remainder.swift`).
struct SumChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        // A rest needs its whole and one other part; a sum two parts.
        guard claim.parts.count >= (claim.whole == nil ? 2 : 1) else { return context.unverifiable(claim, .noOperands) }
        let sum = claim.parts.map(\.value).reduce(Exact(0), +)
        let sumRange = Self.range(of: claim)
        // Parts beyond their whole leave no rest: the whole is of something else.
        let partsFit = claim.whole.map { whole in
            sumRange.lower.flatMap { least in whole.bounds.upper.map { least <= $0 } } ?? true
        }
        guard partsFit ?? ReadingSanity.sumIsPossible(claim.claimed, parts: claim.parts) else {
            return context.unverifiable(claim, .impossibleReading(.sum))
        }
        let format: Shown.Format =
            claim.claimed.number?.unit == .count ? .count : .percent(decimals: claim.claimed.number?.decimals ?? 1)
        let shown = claim.parts.map { Shown($0.value, format) }
        // The rest of a whole: the whole less the parts.
        let value = claim.whole.map { $0.value - sum } ?? sum
        let range = claim.whole.map { $0.bounds - sumRange } ?? sumRange
        let form = claim.whole.map { Computation.Form.remainder(whole: Shown($0.value, format), parts: shown) }
        let computation = Computation(basis: .text, form: form ?? .sum(shown), result: Shown(value, format))
        return context.judge(
            claim, range: range, value: value, computation: computation, sources: claim.parts.map(CheckContext.source))
    }

    /// The values the parts may add up to: their bounds summed; for shares that the claim says make up the whole
    /// (100%), each share within its rounding, as shares rounded one by one need not add up to 100 ('17,5% + 15,9% +
    /// 11,9% + 14,6% + 40,2%' is 100,1 as written, and may be 100,0 exactly).
    private static func range(of claim: Claim) -> Interval {
        let splitsWhole = claim.whole == nil && claim.parts.allSatisfy { $0.unit == .percent }
            && claim.claimed.number.map { $0.unit == .percent && $0.value == Exact(TableTotal.wholeShare) } == true
        let bounds = claim.parts.map { part in
            splitsWhole ? part.roundedBounds : part.bounds
        }
        return bounds.dropFirst().reduce(bounds[0], +)
    }
}
