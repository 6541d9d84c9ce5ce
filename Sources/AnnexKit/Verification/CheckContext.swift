/// Checks one kind of claim.
protocol ClaimChecker {
    func check(_ claim: Claim, in context: CheckContext) -> VerifiedClaim
}

/// What every checker needs: the sentence, the binder to the report's data (nil without a report),
/// and the way from a recomputation to a verdict.
struct CheckContext {
    let analysis: SentenceAnalysis
    let discourse: Discourse
    let binder: DataBinder?

    var index: FigureIndex? { binder?.index }
    var lines: ClosedRange<Int> { analysis.sentence.lines }

    // MARK: Verdicts

    func verified(
        _ claim: Claim, _ verdict: Verdict, recomputed: Exact?, _ finding: ClaimFinding, sources: [String]
    ) -> VerifiedClaim {
        VerifiedClaim(
            line: analysis.line(of: claim.site), quote: analysis.sentence.text,
            sentenceLines: analysis.sentence.lines, kind: claim.kind,
            written: claim.claimed.text, claimed: claim.claimed.value, recomputed: recomputed, verdict: verdict,
            finding: finding, sources: sources)
    }

    func unverifiable(_ claim: Claim, _ doubt: Doubt, sources: [String] = []) -> VerifiedClaim {
        verified(claim, .unverifiable, recomputed: nil, ClaimFinding(doubt: doubt), sources: sources)
    }

    /// The verdict on a claim given the values the recomputation allows (`range`; a point when every
    /// operand is exact) and its result from the numbers as written (`value`): consistent when the
    /// claim allows one of them; inconsistent when even its loose reading allows none, nothing about the
    /// binding to the data is in doubt and every operand of the text is strongly bound to the claim
    /// (`OperandBinding`); otherwise unverifiable. `diagnose` explains an inconsistency.
    func judge(
        _ claim: Claim, range: Interval, value: Exact, computation: Computation, sources: [String],
        doubts: [Doubt] = [], diagnose: () -> Diagnosis? = { nil }
    ) -> VerifiedClaim {
        let compared = claim.claimed.direction == nil && !claim.isFactor ? range.magnitude : range
        if claim.claimed.accepted.intersects(compared) {
            return verified(
                claim, .consistent, recomputed: value, ClaimFinding(computation: computation), sources: sources)
        }
        if claim.claimed.plausible.intersects(compared) {
            return verified(
                claim, .unverifiable, recomputed: value,
                ClaimFinding(doubt: .vague(word: claim.claimed.text), computation: computation), sources: sources)
        }
        if let doubt = doubts.first ?? (claim.mayContradict ? nil : .weaklyBound) ?? unstatedScale(claim, value) {
            return verified(
                claim, .unverifiable, recomputed: value, ClaimFinding(doubt: doubt, computation: computation),
                sources: sources)
        }
        return verified(
            claim, .inconsistent, recomputed: value, ClaimFinding(computation: computation, diagnosis: diagnose()),
            sources: sources)
    }

    /// Whether a value (signed as the claim is) would make the claim right.
    func fits(_ claim: Claim, _ value: Exact) -> Bool {
        claim.claimed.accepted.contains(claim.claimed.direction == nil && !claim.isFactor ? value.magnitude : value)
    }

    // MARK: Data

    /// A count of the data for a binding and period: its figure, or why it cannot be used (missing,
    /// estimated, transcribed from or corrected on this very passage).
    func figure(_ binding: Binding, _ period: String, region: String? = nil) -> Result<FigureRecord, CheckFailure> {
        guard let index else { return .failure(.init(.noData)) }
        guard index.periods[binding.measure.table]?.contains(period) == true else {
            return .failure(.init(.periodNotInData(table: binding.measure.table, period: period)))
        }
        guard let figure = index.count(binding.measure.table, region ?? binding.region, binding.measure.measure, period)
        else {
            return .failure(.init(.regionNotInData(region: region ?? binding.regionName, table: binding.measure.table)))
        }
        if let binder, let doubt = Circularity.doubt(figure, lines: lines, source: binder.source) {
            return .failure(.init(doubt, figure))
        }
        switch figure.amount.status {
        case .ok: return .success(figure)
        case .estimated: return .failure(.init(.estimated(figure: Circularity.describe(figure)), figure))
        default:
            return .failure(
                .init(.figureMissing(figure: Circularity.describe(figure), status: figure.amount.status), figure))
        }
    }

    struct CheckFailure: Error {
        let doubt: Doubt
        let figure: FigureRecord?

        init(_ doubt: Doubt, _ figure: FigureRecord? = nil) { (self.doubt, self.figure) = (doubt, figure) }
    }

    /// The binding of the claim's number to the data, or why there is none.
    func bind(_ claim: Claim) -> Result<Binding, CheckFailure> {
        guard let binder else { return .failure(.init(.noData)) }
        switch binder.bind(claim.site) {
        case .success(let binding): return .success(binding)
        case .failure(let failure): return .failure(.init(failure.doubt))
        }
    }

    /// The periods of the claim's number.
    func frame(_ claim: Claim) -> PeriodFrame { analysis.frame(for: claim.site, discourse: discourse) }

    /// An operand from a figure of the data.
    func operand(_ figure: FigureRecord) -> Operand {
        let value = figure.amount.exact ?? Exact(0)
        return Operand(
            WrittenNumber(
                value: value, unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
                text: Circularity.describe(figure), hedge: nil),
            year: Int(figure.period), token: nil, line: figure.provenance?.line ?? 0,
            binding: OperandBinding(.reportData))
    }

    /// How an operand of the text is listed among the sources ('text:156: 2019 = 31456', as file:line).
    static func source(_ operand: Operand) -> String {
        "text:\(operand.line): " + (operand.year.map { "\($0) = " } ?? "") + PlainNumber.format(operand.value)
    }
}

extension Shown {
    /// A percentage as a claim writes it, at its decimals (at least one).
    static func percent(_ value: Exact, like claim: Claim, signed: Bool) -> Shown {
        let decimals = max(1, claim.claimed.number?.decimals ?? 1)
        return Shown(value, signed ? .signedPercent(decimals: decimals) : .percent(decimals: decimals))
    }
}
