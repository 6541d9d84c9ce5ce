/// The words of the figures in the annex's language: captions, sources, the names of series and
/// categories, legend labels, and the text alternative that says what a figure shows and its main
/// facts (highest, lowest, the change), made from the numbers it draws.
struct FigureWording: Sendable {
    let wording: Wording
    let tables: [String: ComputedTable]

    init(_ wording: Wording, report: ComputedReport) {
        self.wording = wording
        tables = Dictionary(uniqueKeysWithValues: report.tables.map { ($0.id, $0) })
    }

    private var numbers: NumberStyle { wording.numbers }

    // MARK: Caption, sheet, source

    func title(_ chart: Chart) -> String { wording.report.figures[chart.id]?.title ?? chart.spec.title }

    /// 'Figuur 3. Injus-meldingen …'
    func caption(_ chart: Chart) -> String {
        wording(.figureCaption, ["number": String(chart.number), "title": title(chart)])
    }

    /// 'Figuur 3', the name of the figure's worksheet.
    func sheet(_ chart: Chart) -> String { wording(.figureSheet, ["number": String(chart.number)]) }

    /// The source line of the figure: that of its tables, each part once.
    func source(_ chart: Chart) -> String {
        var parts: [String] = []
        for part in chart.tables.flatMap({ tables[$0].map(wording.sourceParts) ?? [] }) where !parts.contains(part) {
            parts.append(part)
        }
        return parts.joined(separator: "; ")
    }

    /// The tables holding the figure's numbers, by id and title.
    func numberTables(_ chart: Chart) -> [(id: String, title: String)] {
        chart.tables.compactMap { id in tables[id].map { (id, wording.title($0)) } }
    }

    // MARK: Labels and values

    func label(_ label: ChartLabel, in chart: Chart) -> String {
        switch label {
        case .period(let period): period.label
        case .comparison(let from, let to): "\(from.label)–\(to.label)"
        case .row(let table, let row): tables[table].map { wording.label($0.rows[row], in: $0) } ?? ""
        case .measure(let reference): wording.measure(reference)
        case .given(let text): wording.report.figures[chart.id]?.labels[text] ?? text
        case .joined(let parts): parts.map { self.label($0, in: chart) }.joined(separator: " ")
        }
    }

    /// The label of a category of a chart; in a ranking with its rank ('1. Amsterdam').
    func category(_ index: Int, of data: ChartData, in chart: Chart) -> String {
        let text = label(data.categories[index], in: chart)
        return data.ranks.isEmpty ? text : "\(data.ranks[index]). \(text)"
    }

    /// A value as the annex writes it: its marker when it has none, '≥' before an incomplete sum.
    func value(_ value: ChartValue) -> String { numbers.format(value.amount, as: value.format) }

    /// A value as `value` writes it, appended to `out`.
    func appendValue(_ value: ChartValue, to out: inout ByteBuffer) {
        numbers.appendFormat(value.amount, as: value.format, to: &out)
    }

    /// A value in a sentence: estimates say so, in words rather than by their marker.
    func spoken(_ value: ChartValue) -> String {
        guard value.amount.status == .estimated, let exact = value.amount.exact else { return self.value(value) }
        return wording(.rankingEstimated, ["value": numbers.value(exact, as: value.format)])
    }

    /// The label of a map class: 'minder dan 10', '10 tot 50', '50 of meer'.
    func classLabel(_ mapClass: MapClass, format: CellFormat) -> String {
        func bound(_ exact: Exact) -> String { numbers.format(.value(exact), as: format) }
        switch (mapClass.lower, mapClass.upper) {
        case (nil, nil): return wording(.legendAll)
        case (nil, let upper?): return wording(.legendBelow, ["upper": bound(upper)])
        case (let lower?, nil): return wording(.legendAbove, ["lower": bound(lower)])
        case (let lower?, let upper?): return wording(.legendBetween, ["lower": bound(lower), "upper": bound(upper)])
        }
    }

    /// The legend entry of a value that is not drawn at its size (or, estimated, drawn with dots).
    func mark(_ status: Status) -> String {
        switch status {
        case .ok: ""
        case .estimated: wording(.legendEstimated)
        case .incomplete: wording(.legendIncomplete)
        case .missing, .notApplicable: wording(.legendMissing, ["marker": numbers.missingMarker])
        case .suppressed: wording(.legendSuppressed, ["marker": numbers.suppressedMarker])
        case .notComparable: wording(.legendNotComparable, ["marker": numbers.notComparableMarker])
        }
    }

    // MARK: Text alternative

    /// What the figure shows and its main facts, in sentences.
    func description(_ chart: Chart) -> String {
        switch chart.content {
        case .chart(let data): chartDescription(chart, data)
        case .map(let map): mapDescription(chart, map)
        }
    }

    /// 'Rotterdam en Amsterdam (1.723)': the names that share one value.
    private func named(_ names: [String], _ value: ChartValue) -> String {
        wording(.altValue, ["name": wording.list(names, limit: 3), "value": spoken(value)])
    }

    /// 'Instroom: hoogste 2019 (31.456), laagste 2020 (21.735).', or the one value when all are equal; `value`
    /// gives a category's value where it lies (a list of them all would copy every one).
    private func extremes(_ series: String, highest: [Int], lowest: [Int], name: (Int) -> String,
                          value: (Int) -> ChartValue?) -> String? {
        guard let top = highest.first.flatMap(value), let bottom = lowest.first.flatMap(value) else { return nil }
        if highest == lowest { return wording(.altOnly, ["series": series, "value": named(highest.map(name), top)]) }
        return wording(.altExtremes, ["series": series, "highest": named(highest.map(name), top),
                                      "lowest": named(lowest.map(name), bottom)])
    }

    /// 'Nederland: verschil 2022–2023 +13,4%.'
    private func change(_ series: String, from: Period, to: Period, _ value: ChartValue) -> String {
        wording(.altChange, ["series": series, "from": from.label, "to": to.label, "change": spoken(value)])
    }

    private func chartDescription(_ chart: Chart, _ data: ChartData) -> String {
        let kind: String = switch chart.spec.kind {
        case .line: wording(.altKindLine)
        case .bars: wording(chart.spec.stacked ? .altKindStacked : .altKindBars)
        case .change: wording(.altKindChange)
        case .ranking, .map: wording(.altKindRanking, ["count": String(data.categories.count)])
        }
        let names = data.series.map { label($0.label, in: chart) }
        var sentences = [wording(.altChart, ["kind": kind, "series": wording.conjunction(names)])]
        let category = { (index: Int) in self.label(data.categories[index], in: chart) }
        for (series, name) in zip(data.series, names) {
            if !data.ranks.isEmpty {
                let entries = zip(data.ranks, series.values).enumerated().map { index, ranked in
                    wording(.rankingEntry, ["rank": String(ranked.0), "region": category(index),
                                            "value": spoken(ranked.1)])
                }
                sentences.append(wording(.altRanking, ["series": name, "entries": entries.joined(separator: ", ")]))
                continue
            }
            if let text = extremes(name, highest: series.highest, lowest: series.lowest, name: category,
                                   value: { series.values[$0] }) {
                sentences.append(text)
            }
            sentences += gaps(name, series.values.map(\.amount.status)) { String($0) }
            if let value = series.change, case .period(let from)? = data.categories.first,
               case .period(let to)? = data.categories.last {
                sentences.append(change(name, from: from, to: to, value))
            }
        }
        return sentences.joined(separator: " ")
    }

    /// How many values of a series have no figure, and how many only an incomplete one.
    private func gaps(_ series: String, _ statuses: [Status], count: (Int) -> String) -> [String] {
        let incomplete = statuses.filter { $0 == .incomplete }.count
        let without = statuses.filter { !$0.hasValue && $0 != .notApplicable }.count
        return (without > 0 ? [wording(.altWithout, ["series": series, "count": count(without)])] : [])
            + (incomplete > 0 ? [wording(.altIncomplete, ["series": series, "count": count(incomplete)])] : [])
    }

    private func mapDescription(_ chart: Chart, _ map: ChoroplethMap) -> String {
        let kind: Phrase = switch map.level {
        case .gemeente: .altKindMapGemeente
        case .arrondissement: .altKindMapArrondissement
        default: .altKindMapProvincie
        }
        let periods = map.panels.map(\.period)
        var sentences = [wording(.altMap, ["kind": wording(kind), "measure": wording.measure(map.measure),
                                           "periods": wording.conjunction(periods.map(\.label)),
                                           "classes": String(map.classes.count)])]
        let (one, other): (Phrase, Phrase) = map.level == .gemeente
            ? (.countMunicipalityOne, .countMunicipalityOther) : (.countRegionOne, .countRegionOther)
        for panel in map.panels {
            let name = { (index: Int) in self.wording.regionName(panel.shapes[index].region) }
            if let text = extremes(panel.period.label, highest: panel.highest, lowest: panel.lowest, name: name,
                                   value: { panel.shapes[$0].value }) {
                sentences.append(text)
            }
            // On a map every region is drawn: one without a figure is hatched, whatever the reason. Each shape's
            // status is read where the shape lies (taken out of the list, the shape would be copied whole).
            let statuses = panel.shapes.indices.map { index -> Status in
                let status = panel.shapes[index].value?.amount.status ?? .missing
                return status == .notApplicable ? .missing : status
            }
            sentences += gaps(panel.period.label, statuses) { wording.counted($0, one: one, other: other) }
        }
        if let total = map.total, let table = tables[total.values[0].cell.table] {
            let row = table.rows[total.row]
            let region = row.region.map(wording.regionName) ?? wording.label(row, in: table)
            let values = zip(total.values, periods).map { value, period in
                wording(.altValueIn, ["value": spoken(value), "period": period.label])
            }
            sentences.append(wording(.altTotal, ["region": region, "values": wording.conjunction(values)]))
            if let value = total.change, let from = periods.first, let to = periods.last {
                sentences.append(change(region, from: from, to: to, value))
            }
        }
        return sentences.joined(separator: " ")
    }
}
