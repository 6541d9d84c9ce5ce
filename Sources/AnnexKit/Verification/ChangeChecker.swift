/// Relative changes: 'steeg met 13,4%', 'een daling van 25 procent', '(+5,9%)', 'verdubbelde',
/// '2,5 keer zo groot'. Recomputed as 100 × (end − start) / start (a factor: end / start) from the
/// text's own start and end values, else from the data.
///
/// Diagnoses: computed against the later value (between two groups: against the other group); the wrong
/// direction word; percentage points taken for percent (a change of a share); the change between another pair of
/// years; and, without any figures, a decrease of more than 100% of a count.
struct ChangeChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        if let impossible = impossibleDecrease(claim, context) { return impossible }
        let span: ChangeSpan
        // 'Het aandeel ambulant daalde met 3,1%': the change of the share, not of the count.
        let aboutShare = context.analysis.tokens.contains { $0.kind == .word && Lexicon.shareWords.contains($0.text) }
        switch context.span(claim, share: aboutShare && claim.from == nil && claim.to == nil) {
        case .success(let found): span = found
        case .failure(let failure): return context.unverifiable(claim, failure.doubt)
        }
        guard
            let value = change(from: .point(span.from.value), to: .point(span.to.value), factor: claim.isFactor)?.point,
            let range = change(from: span.from.bounds, to: span.to.bounds, factor: claim.isFactor)
        else {
            return context.unverifiable(claim, .noOperands, sources: span.sources)
        }
        let result =
            claim.isFactor ? Shown(value, .factor(decimals: 1)) : Shown.percent(value, like: claim, signed: true)
        let computation = Computation(
            basis: span.basis, form: .change(from: CheckContext.shown(span.from), to: CheckContext.shown(span.to)),
            result: result)
        return context.judge(
            claim, range: range, value: value, computation: computation, sources: span.sources, doubts: span.doubts
        ) {
            diagnosis(claim, span, value: value, context: context)
        }
    }

    /// 100 × (to − from) / from, or to / from for a factor; nil when `from` may be zero.
    func change(from: Interval, to: Interval, factor: Bool) -> Interval? {
        guard let ratio = to / from else { return nil }
        return factor ? ratio : (ratio - .point(Exact(1))).scaled(by: Exact(100))
    }

    /// A decrease of more than 100% of something that cannot fall below zero.
    private func impossibleDecrease(_ claim: Claim, _ context: CheckContext) -> VerifiedClaim? {
        guard !claim.isFactor, claim.claimed.direction == -1, let bound = claim.claimed.accepted.upper,
            bound < Exact(-100),
            !context.analysis.tokens.contains(where: { $0.kind == .word && Lexicon.signedQuantities.contains($0.text) })
        else {
            return nil
        }
        return context.verified(
            claim, .inconsistent, recomputed: nil, ClaimFinding(diagnosis: .impossibleDecrease), sources: [])
    }

    private func diagnosis(_ claim: Claim, _ span: ChangeSpan, value: Exact, context: CheckContext) -> Diagnosis? {
        guard !claim.isFactor else { return nil }
        let from = span.from.value
        let to = span.to.value
        if !to.isZero, context.claimFits(magnitude: (from / to - Exact(1)) * Exact(100), claim) {
            return span.from.ofContrastedGroup ? .otherGroupBase : .laterBase(period: span.periods.later)
        }
        if claim.claimed.direction != nil, value.signum != 0, value.signum != claim.claimed.direction,
            context.claimFits(magnitude: value, claim)
        {
            return .wrongDirection(actual: value.signum)
        }
        if span.from.unit == .percent, context.fits(claim, to - from) { return .pointsForPercent(points: to - from) }
        // 'van 118 naar 131,2, 13,2 procent hoger': an index's points taken for percent.
        if span.from.unit == .count, ClaimParser.namesIndex(context.analysis.tokens), context.fits(claim, to - from) {
            return .indexPointsForPercent(points: to - from)
        }
        guard let binding = span.binding, span.basis == .data,
            let periods = context.index?.periods[binding.measure.table]
        else { return nil }
        for (position, earlier) in periods.enumerated() {
            for later in periods[(position + 1)...]
            where (earlier, later) != (span.periods.earlier ?? "", span.periods.later ?? "") {
                guard case .success(let a) = context.figure(binding, earlier),
                    case .success(let b) = context.figure(binding, later),
                    let x = a.amount.exact, let y = b.amount.exact, !x.isZero,
                    context.fits(claim, (y / x - Exact(1)) * Exact(100))
                else { continue }
                return .otherYears(earlier: earlier, later: later)
            }
        }
        return nil
    }
}

extension CheckContext {
    /// Whether the claim's number, whatever its direction, fits a magnitude.
    func claimFits(magnitude: Exact, _ claim: Claim) -> Bool {
        claim.claimed.accepted.magnitude.contains(magnitude.magnitude)
    }
}
