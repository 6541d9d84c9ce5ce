/// Rankings: a region's figure and the place the sentence gives it ('Rotterdam (1.723), gevolgd door
/// Amsterdam (1.500)'). The figure is checked as a count; when it is right, its place among the
/// table's regions (ties share a place) must be the one written. Diagnosis: who holds that place.
struct RankChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        let counts = CountChecker()
        guard case .success(let (binding, figure)) = counts.lookUp(claim, context) else {
            return counts.check(claim, in: context)
        }
        let result = counts.judge(claim, binding: binding, figure: figure, context: context)
        guard result.verdict == .consistent, let position = claim.position, let index = context.index,
            let value = figure.amount.exact
        else { return result }
        let ranked = index.ranked(figure.table, figure.measure, figure.period).filter { $0.amount.status == .ok }
        let rank = 1 + ranked.prefix { $0.amount.exact! > value }.count
        guard rank != position, ranked.indices.contains(position - 1) else { return result }
        let holder = ranked[position - 1]
        let diagnosis = Diagnosis.rankOrder(
            region: binding.regionName, rank: rank, position: position,
            holder: holder.region.name, holderValue: holder.amount.exact!)
        return context.verified(
            claim, .inconsistent, recomputed: value,
            ClaimFinding(computation: result.finding.computation, diagnosis: diagnosis), sources: result.sources)
    }
}
