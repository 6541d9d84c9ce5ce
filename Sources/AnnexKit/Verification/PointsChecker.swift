/// Changes in percentage points: 'steeg van 86,0% naar 87,2%, een stijging van 1,2 procentpunt',
/// 'het aandeel ambulant steeg met 1,2 procentpunt'. Recomputed as end − start from the text's two
/// percentages, else from the data: a category's share of its total (or a region's share of the
/// country) in the two years. Diagnosis: a relative change written as points.
struct PointsChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        let span: ChangeSpan
        switch context.span(claim, share: true) {
        case .success(let found): span = found
        case .failure(let failure): return context.unverifiable(claim, failure.doubt)
        }
        if span.from.unit != .percent, span.to.unit != .percent { return relative(claim, span, context) }
        let value = span.to.value - span.from.value
        let range = span.to.bounds - span.from.bounds
        let decimals = max(1, claim.claimed.number?.decimals ?? 1)
        let computation = Computation(
            basis: span.basis, form: .change(from: CheckContext.shown(span.from), to: CheckContext.shown(span.to)),
            result: Shown(value, .points(decimals: decimals)))
        return context.judge(
            claim, range: range, value: value, computation: computation, sources: span.sources, doubts: span.doubts
        ) {
            guard !span.from.value.isZero else { return nil }
            let relative = (span.to.value / span.from.value - Exact(1)) * Exact(100)
            return context.fits(claim, relative) ? .percentForPoints(relative: relative) : nil
        }
    }

    /// Points claimed for two amounts (`ClaimParser.pointsOfAmounts(at:)`): judged as the change in percent they
    /// mean, 100 × (end − start) / start.
    private func relative(_ claim: Claim, _ span: ChangeSpan, _ context: CheckContext) -> VerifiedClaim {
        let checker = ChangeChecker()
        guard
            let value = checker.change(from: .point(span.from.value), to: .point(span.to.value), factor: false)?.point,
            let range = checker.change(from: span.from.bounds, to: span.to.bounds, factor: false)
        else {
            return context.unverifiable(claim, .noOperands, sources: span.sources)
        }
        let computation = Computation(
            basis: span.basis, form: .change(from: CheckContext.shown(span.from), to: CheckContext.shown(span.to)),
            result: Shown.percent(value, like: claim, signed: true))
        return context.judge(
            claim, range: range, value: value, computation: computation, sources: span.sources, doubts: span.doubts
        ) { nil }
    }
}
