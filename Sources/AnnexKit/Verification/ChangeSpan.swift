/// The start and end value of a change, difference or change in points: as the text states them,
/// completed from the data where it does not.
struct ChangeSpan {
    let from: Operand
    let to: Operand
    let basis: Basis
    let sources: [String]
    let doubts: [Doubt]
    /// The data binding, when the data gave a value.
    let binding: Binding?
    /// The periods compared, when known ('2019', '2020').
    let periods: (earlier: String?, later: String?)
}

extension CheckContext {
    /// The span of a claim: the text's own start and end value; else the data's for the claim's
    /// measure, region and periods (the year before the claim's year when it names only one), with
    /// the text's end value where it gives one ('met 5,9% naar 19.910').
    func span(_ claim: Claim, share: Bool = false) -> Result<ChangeSpan, CheckFailure> {
        if let from = claim.from, let to = claim.to {
            return .success(
                ChangeSpan(
                    from: from, to: to, basis: .text, sources: [Self.source(from), Self.source(to)], doubts: [],
                    binding: nil, periods: (from.year.map(String.init), to.year.map(String.init))))
        }
        if binder == nil { return .failure(.init(claim.from == nil && claim.to == nil ? .noData : .noOperands)) }
        let binding: Binding
        switch bind(claim) {
        case .success(let bound): binding = bound
        case .failure(let failure): return .failure(failure)
        }
        let frame = frame(claim)
        // 'toegenomen ten opzichte van 2022': the period after the base.
        let next = frame.base.flatMap { base in
            index?.periods[binding.measure.table].flatMap { periods in
                periods.firstIndex(of: String(base)).flatMap {
                    periods.indices.contains($0 + 1) ? Int(periods[$0 + 1]) : nil
                }
            }
        }
        // A table of two periods needs no year.
        let only = index?.periods[binding.measure.table].flatMap { $0.count == 2 ? Int($0[1]) : nil }
        guard let later = frame.later ?? claim.to?.year ?? next ?? only else { return .failure(.init(.periodUnknown)) }
        let laterPeriod = String(later)
        guard
            let earlier = (frame.base ?? claim.from?.year).map(String.init)
                ?? index?.previous(binding.measure.table, laterPeriod)
        else {
            return .failure(.init(.periodNotInData(table: binding.measure.table, period: laterPeriod)))
        }
        var sources: [String] = []
        func value(_ stated: Operand?, _ period: String) -> Result<Operand, CheckFailure> {
            if let stated {
                sources.append(Self.source(stated))
                return .success(stated)
            }
            let result = share ? shareOperand(binding, period) : figure(binding, period).map { (operand($0), [$0]) }
            return result.map { operand, figures in
                sources += figures.map(Circularity.describe)
                return operand
            }
        }
        switch (value(claim.from, earlier), value(claim.to, laterPeriod)) {
        case (.success(let from), .success(let to)):
            let basis: Basis = claim.from == nil && claim.to == nil ? .data : .mixed
            return .success(
                ChangeSpan(
                    from: from, to: to, basis: basis, sources: sources, doubts: binding.doubts, binding: binding,
                    periods: (earlier, laterPeriod)))
        case (.failure(let failure), _), (_, .failure(let failure)):
            return .failure(failure)
        }
    }

    /// A category's share of its total (or a region's share of the country) in a period, as an operand in percent.
    func shareOperand(_ binding: Binding, _ period: String) -> Result<(Operand, [FigureRecord]), CheckFailure> {
        guard let index else { return .failure(.init(.noData)) }
        let table = binding.measure.table
        let total = index.partOf[table]?[binding.measure.measure]
        guard total != nil || binding.region != Region.netherlands.code else { return .failure(.init(.noWhole)) }
        let wholeBinding = Binding(
            measure: MeasureBinding(table: table, measure: total ?? binding.measure.measure),
            region: total == nil ? Region.netherlands.code : binding.region,
            regionName: total == nil ? Region.netherlands.name : binding.regionName, doubts: [])
        switch (figure(binding, period), figure(wholeBinding, period)) {
        case (.success(let part), .success(let whole)):
            guard let p = part.amount.exact, let w = whole.amount.exact, !w.isZero else {
                return .failure(.init(.noWhole))
            }
            let percent = p / w * Exact(100)
            let number = WrittenNumber(
                value: percent, unit: .percent, decimals: 1, step: Exact(1, over: 10), isRounded: false,
                sign: nil, text: "", hedge: nil)
            let operand = Operand(number, year: Int(period), token: nil, line: 0, binding: OperandBinding(.reportData))
            return .success((operand, [part, whole]))
        case (.failure(let failure), _), (_, .failure(let failure)):
            return .failure(failure)
        }
    }

    /// How an operand is shown in a finding.
    static func shown(_ operand: Operand) -> Shown {
        Shown(
            operand.value, operand.unit == .count ? .count : .percent(decimals: 1),
            period: operand.year.map(String.init))
    }
}
