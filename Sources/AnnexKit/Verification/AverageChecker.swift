/// Averages over the years of a table (or of 'de periode 2019 - 2023'): 'gemiddeld 3.470 meldingen
/// per jaar' (the mean of the counts), 'gemiddeld 15,8% van de verzoeken' (the mean of the yearly
/// shares, or the pooled share: both are accepted).
struct AverageChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        if claim.groupSizesMissing { return context.unverifiable(claim, .groupSizesMissing) }
        if claim.parts.count >= 2 {
            guard ReadingSanity.meanIsPossible(claim.claimed, values: claim.parts, in: context.analysis.tokens) else {
                return context.unverifiable(claim, .impossibleReading(.mean))
            }
            let count = Exact(claim.parts.count)
            let value = claim.parts.map(\.value).reduce(Exact(0), +) / count
            let range = claim.parts.dropFirst().map(\.bounds).reduce(claim.parts[0].bounds, +).scaled(
                by: Exact(1) / count)
            let decimals = max(1, claim.claimed.number?.decimals ?? 1)
            let format: Shown.Format = claim.claimed.number?.unit == .percent ? .percent(decimals: decimals) : .count
            let computation = Computation(
                basis: .text, form: .meanOf(claim.parts.map { Shown($0.value, format) }),
                result: Shown(value, format))
            return context.judge(
                claim, range: range, value: value, computation: computation,
                sources: claim.parts.map(CheckContext.source))
        }
        guard let index = context.index else { return context.unverifiable(claim, .noData) }
        let binding: Binding
        switch context.bind(claim) {
        case .success(let bound): binding = bound
        case .failure(let failure): return context.unverifiable(claim, failure.doubt)
        }
        let table = binding.measure.table
        var periods = index.periods[table] ?? []
        let frame = context.frame(claim)
        if frame.isSpan, let first = frame.base, let last = frame.later {
            // A mean over years the table lacks is not the mean the text states.
            if let absent = (first...last).first(where: { !periods.contains(String($0)) }) {
                return context.unverifiable(claim, .periodNotInData(table: table, period: String(absent)))
            }
            periods = periods.filter { Int($0).map { (first...last).contains($0) } ?? false }
        }
        guard periods.count >= 2, let span = periods.first.map({ "\($0)–\(periods.last!)" }) else {
            return context.unverifiable(claim, .tooFewPeriods)
        }
        let percent = claim.claimed.number?.unit == .percent
        let total = percent ? index.partOf[table]?[binding.measure.measure] : nil
        if percent && total == nil && binding.region == Region.netherlands.code {
            return context.unverifiable(claim, .noWhole)
        }
        var parts: [FigureRecord] = []
        var wholes: [FigureRecord] = []
        for period in periods {
            switch context.figure(binding, period) {
            case .success(let figure): parts.append(figure)
            case .failure(let failure): return context.unverifiable(claim, failure.doubt)
            }
            guard percent else { continue }
            let whole = Binding(
                measure: MeasureBinding(table: table, measure: total ?? binding.measure.measure),
                region: total == nil ? Region.netherlands.code : binding.region, regionName: "", doubts: [])
            switch context.figure(whole, period) {
            case .success(let figure): wholes.append(figure)
            case .failure(let failure): return context.unverifiable(claim, failure.doubt)
            }
        }
        let values = parts.map { $0.amount.exact! }
        let sources = (parts + wholes).map(Circularity.describe)
        let count = Exact(values.count)
        let computation: (Exact) -> Computation = { value in
            Computation(
                basis: .data, form: .mean(span: span),
                result: percent ? .percent(value, like: claim, signed: false) : Shown(value, .count))
        }
        guard percent else {
            let mean = values.reduce(Exact(0), +) / count
            return context.judge(
                claim, range: .point(mean), value: mean, computation: computation(mean), sources: sources,
                doubts: binding.doubts)
        }
        let shares = zip(values, wholes.map { $0.amount.exact! }).map { $1.isZero ? Exact(0) : $0 / $1 * Exact(100) }
        let mean = shares.reduce(Exact(0), +) / count
        let wholeSum = wholes.map { $0.amount.exact! }.reduce(Exact(0), +)
        let pooled = wholeSum.isZero ? mean : values.reduce(Exact(0), +) / wholeSum * Exact(100)
        let best = context.fits(claim, pooled) && !context.fits(claim, mean) ? pooled : mean
        return context.judge(
            claim, range: .point(best), value: best, computation: computation(best), sources: sources,
            doubts: binding.doubts)
    }
}
