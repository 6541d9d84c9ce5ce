/// Rates: 'A … op B: X per N' is right when N × A / B rounds to X (or is what its hedge allows).
struct RatioChecker: ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim {
        let tokens = context.analysis.tokens
        // '153,4 megaton … 8,6 ton per inwoner', '4.100 ton … gemiddeld 52,3 kilo': the part in the claim's unit.
        // '€ 895 miljoen gedeeld door 4,12 miljard stelen: 21,7 cent': a part in euros, a rate in cents.
        let claimedNoun = ReadingSanity.noun(after: claim.site, in: tokens)
        let part = claim.part.flatMap { stated -> Operand? in
            let money = stated.token.flatMap { tokens[$0].number.flatMap { MeasureUnit(currency: $0.currency) } }
            let factor: Exact?
            if let money, let claimed = claimedNoun.flatMap(MeasureUnit.init(noun:)) {
                factor = money.factor(to: claimed)
            } else {
                let noun = stated.token.flatMap { ReadingSanity.noun(after: $0, in: tokens) }
                factor = Self.factor(from: noun, to: claimedNoun)
            }
            return factor.map { Operand(stated, scaledBy: $0) }
        }
        // '€ 3,42 per kilo (€ 28,8 mln omzet op 8.412 ton aanvoer)': the whole in the unit the rate is per.
        let whole = claim.whole.map { stated -> Operand in
            let noun = stated.token.flatMap { ReadingSanity.noun(after: $0, in: tokens) }
            let per = Self.perUnit(ofRateAt: claim.site, in: context.analysis)
            let factor = noun.flatMap(MeasureUnit.init(noun:)).flatMap { from in
                per.flatMap(MeasureUnit.init(noun:)).flatMap(from.factor(to:))
            }
            return factor.map { Operand(stated, scaledBy: $0) } ?? stated
        }
        guard let part, let whole, let scale = claim.scale, !whole.value.isZero,
            let range = part.bounds / whole.bounds
        else {
            return context.unverifiable(claim, context.binder == nil ? .noData : .noOperands)
        }
        let value = part.value / whole.value * scale
        let decimals = claim.claimed.number?.decimals ?? 0
        let computation = Computation(
            basis: .text, form: .share(part: CheckContext.shown(part), whole: CheckContext.shown(whole)),
            result: Shown(value, .rate(decimals: decimals, scale: scale)))
        return context.judge(
            claim, range: range.scaled(by: scale), value: value, computation: computation,
            sources: [CheckContext.source(part), CheckContext.source(whole)])
    }

    /// The noun the rate at `site` is per, past its scale ('opbrengst per kilo', '72 liter per 100 kilo'): after
    /// the one 'per' of its clause; nil with none or several.
    static func perUnit(ofRateAt site: Int, in analysis: SentenceAnalysis) -> String? {
        let tokens = analysis.tokens
        let pers = analysis.clause(of: site).filter { tokens[$0].isWord("per") }
        guard pers.count == 1, let per = pers.first else { return nil }
        return ClaimParser.perNamedNoun(at: per, in: tokens)
    }

    /// The factor that turns a part written in `noun` into one in `unit`: of two units of measure (`MeasureUnit`),
    /// how many of the one the other is ('ton' against 'kilo': 1.000), nil when they are of different families
    /// (hours against kilometres); else the factor of a metric prefix (`MetricPrefix`).
    static func factor(from noun: String?, to unit: String?) -> Exact? {
        if let from = noun.flatMap(MeasureUnit.init(noun:)), let to = unit.flatMap(MeasureUnit.init(noun:)) {
            return from.factor(to: to)
        }
        return MetricPrefix.factor(from: noun, to: unit)
    }
}
