/// Shares: '16.166 ambulante plaatsingen (86%)' of the 18.792 the text names, 'de helft (98) van de
/// 200', 'bijna de helft (48 procent)', and from the data a category's share of its total, a
/// region's share of the country, or several categories together ('ambulant en klinisch samen
/// 66,7%'). Recomputed as 100 × part / whole. Diagnosis: a sum of parts' shares each rounded first.
struct ShareChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        if let part = claim.part ?? Self.joined(claim.parts), let whole = claim.whole {
            guard let range = part.bounds / whole.bounds, !whole.value.isZero else {
                return context.unverifiable(claim, .noWhole)
            }
            guard ReadingSanity.shareIsPossible(part: part, whole: whole) else {
                return context.unverifiable(claim, .impossibleReading(.share))
            }
            let value = part.value / whole.value * Exact(100)
            let computation = Computation(
                basis: .text, form: .share(part: CheckContext.shown(part), whole: CheckContext.shown(whole)),
                result: .percent(value, like: claim, signed: false))
            let parts = claim.part.map { [$0] } ?? claim.parts
            return context.judge(
                claim, range: range.scaled(by: Exact(100)), value: value, computation: computation,
                sources: (parts + [whole]).map(CheckContext.source)
            ) {
                Self.roundedParts(claim.parts.map(\.value), of: whole.value, claim, context)
            }
        }
        guard context.binder != nil else { return context.unverifiable(claim, .noData) }
        if let together = groupShare(claim, context) { return together }
        let binding: Binding
        switch context.bind(claim) {
        case .success(let bound): binding = bound
        case .failure(let failure): return context.unverifiable(claim, failure.doubt)
        }
        let frame = context.frame(claim)
        guard let period = frame.later.map(String.init), !frame.isSpan else {
            return context.unverifiable(claim, .periodUnknown)
        }
        switch context.shareOperand(binding, period) {
        case .failure(let failure): return context.unverifiable(claim, failure.doubt)
        case .success(let (share, figures)):
            let computation = Computation(
                basis: .data,
                form: .share(
                    part: Shown(figures[0].amount.exact!, .count, period: period),
                    whole: Shown(figures[1].amount.exact!, .count, period: period)),
                result: .percent(share.value, like: claim, signed: false))
            return context.judge(
                claim, range: .point(share.value), value: share.value, computation: computation,
                sources: figures.map(Circularity.describe), doubts: binding.doubts)
        }
    }

    /// The parts a share takes together ('A (1.200) en B (900) samen 42 procent van de 5.000'), as one part: their
    /// sum, within the sum of their bounds; nil for fewer than two.
    private static func joined(_ parts: [Operand]) -> Operand? {
        guard parts.count >= 2 else { return nil }
        return Operand(summing: parts)
    }

    /// Several categories of one total together ('ambulant en klinisch samen 66,7%').
    private func groupShare(_ claim: Claim, _ context: CheckContext) -> VerifiedClaim? {
        guard let binder = context.binder, let index = context.index,
            context.analysis.tokens.contains(where: { $0.isWord("samen") })
        else { return nil }
        let parts = binder.namedMeasures(for: claim.site).filter { index.partOf[$0.table]?[$0.measure] != nil }
        guard parts.count >= 2 else { return nil }
        let totals = Set(parts.map { index.partOf[$0.table]![$0.measure]! })
        guard Set(parts.map(\.table)).count == 1, totals.count == 1 else {
            return context.unverifiable(claim, .partsOfDifferentTotals)
        }
        let place = binder.region(for: claim.site)
        guard let period = context.frame(claim).later.map(String.init) else {
            return context.unverifiable(claim, .periodUnknown)
        }
        var figures: [FigureRecord] = []
        for measure in parts + [MeasureBinding(table: parts[0].table, measure: totals.first!)] {
            switch context.figure(
                Binding(measure: measure, region: place.code, regionName: place.name, doubts: []), period)
            {
            case .success(let figure): figures.append(figure)
            case .failure(let failure): return context.unverifiable(claim, failure.doubt)
            }
        }
        let whole = figures.removeLast().amount.exact!
        guard !whole.isZero else { return context.unverifiable(claim, .noWhole) }
        let values = figures.map { $0.amount.exact! }
        let together = values.reduce(Exact(0), +)
        let value = together / whole * Exact(100)
        let computation = Computation(
            basis: .data,
            form: .share(
                part: Shown(together, .count, period: period),
                whole: Shown(whole, .count, period: period)),
            result: .percent(value, like: claim, signed: false))
        return context.judge(
            claim, range: .point(value), value: value, computation: computation,
            sources: (figures.map(Circularity.describe))
        ) {
            Self.roundedParts(values, of: whole, claim, context)
        }
    }

    /// The diagnosis that the claim is the sum of the parts' shares each rounded as the claim is written ('25 + 35 +
    /// 15' for 61, 85 and 37 of 240), when that sum fits it; nil for fewer than two parts.
    private static func roundedParts(_ values: [Exact], of whole: Exact, _ claim: Claim, _ context: CheckContext)
        -> Diagnosis?
    {
        guard values.count >= 2, !whole.isZero, let step = claim.claimed.number?.step else { return nil }
        let rounded = values.map { ($0 / whole * Exact(100) / step).rounded(toDecimals: 0) * step }
        return context.fits(claim, rounded.reduce(Exact(0), +))
            ? .roundedParts(rounded, decimals: claim.claimed.number?.decimals ?? 0) : nil
    }
}
