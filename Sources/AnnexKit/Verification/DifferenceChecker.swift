/// Absolute changes and differences: 'nam toe met 14 tbs-gestelden', 'een toename van 50 meldingen',
/// '50 meer dan de 200 van 2022', and between two measures of one table ('er stroomden 6.590 meer
/// mensen in dan uit'). Recomputed as end − start from the text, else from the data. Diagnosis: the
/// wrong direction word.
struct DifferenceChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        if claim.from == nil && claim.to == nil, let between = betweenMeasures(claim, context) { return between }
        let span: ChangeSpan
        switch context.span(claim) {
        case .success(let found): span = found
        case .failure(let failure): return context.unverifiable(claim, failure.doubt)
        }
        let value = span.to.value - span.from.value
        let computation = Computation(
            basis: span.basis, form: .change(from: CheckContext.shown(span.from), to: CheckContext.shown(span.to)),
            result: Shown(value, .signedCount))
        return context.judge(
            claim, range: span.to.bounds - span.from.bounds, value: value, computation: computation,
            sources: span.sources, doubts: span.doubts
        ) {
            value.signum != 0 && value.signum != claim.claimed.direction && context.claimFits(magnitude: value, claim)
                ? .wrongDirection(actual: value.signum) : nil
        }
    }

    /// 'A meer … dan B' where the sentence names exactly two measures of one table, in that order.
    private func betweenMeasures(_ claim: Claim, _ context: CheckContext) -> VerifiedClaim? {
        let tokens = context.analysis.tokens
        guard claim.site + 1 < tokens.count,
            tokens[claim.site + 1].isWord("meer") || tokens[claim.site + 1].isWord("minder"),
            let binder = context.binder
        else { return nil }
        let named = binder.namedMeasures(for: claim.site)
        guard named.count == 2, named[0].table == named[1].table else { return nil }
        let place = binder.region(for: claim.site)
        let frame = context.frame(claim)
        guard let later = frame.later.map(String.init) else { return context.unverifiable(claim, .periodUnknown) }
        let bindings = named.map { Binding(measure: $0, region: place.code, regionName: place.name, doubts: []) }
        switch (context.figure(bindings[0], later), context.figure(bindings[1], later)) {
        case (.success(let a), .success(let b)):
            guard let x = a.amount.exact, let y = b.amount.exact else { return nil }
            let value = x - y
            let computation = Computation(
                basis: .data, form: .between(first: named[0].id, second: named[1].id),
                result: Shown(value, .signedCount, period: later))
            return context.judge(
                claim, range: .point(value), value: value, computation: computation,
                sources: [a, b].map(Circularity.describe))
        case (.failure(let failure), _), (_, .failure(let failure)):
            return context.unverifiable(claim, failure.doubt)
        }
    }
}
