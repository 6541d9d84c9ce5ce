/// Figures: 'In 2022 ontving Rotterdam 1.723 meldingen', 'in totaal 15.337', 'naar 17.386', 'Rotterdam
/// (1.723)'. Compared with the data's figure for the measure, region and year the sentence names; a
/// rounded count with its exact value beside it ('ruim 30.000 (30.412)') with that value; a quantity of time
/// restated in another unit ('84 dagen, twaalf weken') with the other.
/// Diagnosis: the number is another region's figure.
struct CountChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        if claim.factors.count == 2, let scale = claim.scale { return product(claim, scale: scale, context) }
        if let exact = claim.exact, let conversion = claim.conversion {
            let value = conversion.converted(exact.value)
            return context.judge(
                claim, range: conversion.converted(exact.bounds), value: value,
                computation: Computation(
                    basis: .text, form: .converted(Shown(exact.value, .count), conversion),
                    result: Shown(value, .count)),
                sources: [CheckContext.source(exact)])
        }
        if let exact = claim.exact {
            return context.judge(
                claim, range: exact.bounds, value: exact.value,
                computation: Computation(
                    basis: .text, form: .exact(Shown(exact.value, .count)), result: Shown(exact.value, .count)),
                sources: [CheckContext.source(exact)])
        }
        if let items = claim.listSize {
            let value = Exact(items)
            return context.judge(
                claim, range: .point(value), value: value,
                computation: Computation(basis: .text, form: .items(items), result: Shown(value, .count)), sources: [])
        }
        switch lookUp(claim, context) {
        case .failure(let failure):
            return context.unverifiable(
                claim, failure.doubt, sources: failure.figure.map { [Circularity.describe($0)] } ?? [])
        case .success(let (binding, figure)):
            return judge(claim, binding: binding, figure: figure, context: context)
        }
    }

    /// A count the text states as the product of a rate and its units, or of a share and its whole: each factor
    /// written rounded within its rounding ('13,2 procent' of '4,31 miljoen' is 13,15 to 13,25 procent of 4,305
    /// to 4,315 miljoen), as the count may be computed from what they were rounded from. A share in words ('een
    /// kwart') is right within its band; a count that fits only its wider band of doubt is left unverifiable.
    private func product(_ claim: Claim, scale: Exact, _ context: CheckContext) -> VerifiedClaim {
        let (factor, units) = (claim.factors[0], claim.factors[1])
        guard let range = factor.roundedBounds * units.roundedBounds else {
            return context.unverifiable(claim, .noOperands)
        }
        let doubts: [Doubt] =
            factor.wordBand.flatMap { band in
                (band.doubt * units.roundedBounds).map { wider in
                    let fits = claim.claimed.accepted.intersects(wider.scaled(by: Exact(1) / scale))
                    return fits ? [Doubt.vague(word: band.text)] : []
                }
            } ?? []
        let value = factor.value * units.value / scale
        let shown =
            factor.unit == .percent
            ? Shown(factor.value, .percent(decimals: factor.value.isInteger ? 0 : 1)) : CheckContext.shown(factor)
        return context.judge(
            claim, range: range.scaled(by: Exact(1) / scale), value: value,
            computation: Computation(
                basis: .text, form: .product([shown, CheckContext.shown(units)]), result: Shown(value, .count)),
            sources: [CheckContext.source(factor), CheckContext.source(units)], doubts: doubts)
    }

    /// The data's figure for a claimed count.
    func lookUp(_ claim: Claim, _ context: CheckContext) -> Result<(Binding, FigureRecord), CheckContext.CheckFailure> {
        let binding: Binding
        switch context.bind(claim) {
        case .success(let bound): binding = bound
        case .failure(let failure): return .failure(failure)
        }
        let frame = context.frame(claim)
        guard let period = frame.later.map(String.init), !frame.isSpan else { return .failure(.init(.periodUnknown)) }
        return context.figure(binding, period).map { (binding, $0) }
    }

    func judge(_ claim: Claim, binding: Binding, figure: FigureRecord, context: CheckContext) -> VerifiedClaim {
        let value = figure.amount.exact!
        let computation = Computation(
            basis: .data, form: .figure(region: binding.regionName, period: figure.period),
            result: Shown(value, .count))
        return context.judge(
            claim, range: .point(value), value: value, computation: computation,
            sources: [Circularity.describe(figure)], doubts: binding.doubts
        ) {
            guard let index = context.index else { return nil }
            let other = index.ranked(figure.table, figure.measure, figure.period).first { record in
                record.region != figure.region && record.amount.exact.map { context.fits(claim, $0) } == true
            }
            return other.map { .otherRegion(region: $0.region.name) }
        }
    }
}
