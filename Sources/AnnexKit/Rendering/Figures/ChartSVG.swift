/// Draws a line or bar chart: a value axis from zero with ticks and grid lines, the categories
/// along the other axis (regions top to bottom for horizontal bars), a label with every bar's
/// value, and a legend of the series and of the marks used.
///
/// Every bar and point carries the table cell it is drawn from (`data-cell`) and its value, so
/// what it shows can be checked against the table.
struct ChartSVG {
    let chart: Chart
    let data: ChartData
    let words: FigureWording

    typealias Style = FigureStyle

    private var format: CellFormat {
        data.series.lazy.flatMap(\.values).first?.format ?? .count
    }

    private var stacked: Bool { chart.spec.stacked }
    private var isLine: Bool { chart.spec.kind == .line }

    /// The extent of the values: the lowest and highest bar end (sums of segments when stacked).
    private var extent: (minimum: Double, maximum: Double) {
        var low = 0.0, high = 0.0
        for index in data.categories.indices {
            let values = data.series.compactMap { $0.values[index].amount.exact?.coordinate }
            if stacked {
                low = min(low, values.filter { $0 < 0 }.reduce(0, +))
                high = max(high, values.filter { $0 > 0 }.reduce(0, +))
            } else {
                low = min(low, values.min() ?? 0)
                high = max(high, values.max() ?? 0)
            }
        }
        return (low, high)
    }

    func categoryLabel(_ index: Int) -> String {
        let label = words.label(data.categories[index], in: chart)
        return data.ranks.isEmpty ? label : "\(data.ranks[index]). \(label)"
    }

    func draw() -> FigureDrawing {
        var drawing = FigureDrawing(width: Style.chartWidth, height: 0)
        let bottom = data.horizontal ? drawHorizontal(&drawing) : drawVertical(&drawing)
        drawing.height = drawLegend(&drawing, top: bottom + Style.margin + Style.lineHeight / 2) + Style.margin
        return drawing
    }

    // MARK: Vertical: categories along the bottom

    private func drawVertical(_ drawing: inout FigureDrawing) -> Double {
        let (minimum, maximum) = extent
        let probe = AxisScale(minimum: minimum, maximum: maximum, decimals: format.decimals, start: 0, end: 1)
        let tickWidth = probe.ticks.map { Style.width(tickLabel($0), size: Style.smallFontSize) }.max() ?? 0
        let left = Style.margin + tickWidth + 8, right = Style.chartWidth - Style.margin
        let top = Style.margin, bottom = top + Style.plotHeight
        let scale = AxisScale(minimum: minimum, maximum: maximum, decimals: format.decimals, start: bottom, end: top)
        drawGrid(&drawing.markup, scale: scale, across: (left, right), vertical: false)
        let slot = (right - left) / Double(max(data.categories.count, 1))
        for index in data.categories.indices {
            let center = left + slot * (Double(index) + 0.5)
            drawing.markup.leaf("text", [("x", SVGMarkup.number(center)), ("y", SVGMarkup.number(bottom + Style.lineHeight)),
                                         ("text-anchor", "middle")], text: categoryLabel(index))
            if isLine { continue }
            let group = slot * Style.groupShare
            let width = stacked ? group : group / Double(data.series.count)
            drawBars(&drawing, category: index, scale: scale, thickness: width) { series in
                center - group / 2 + (stacked ? 0 : Double(series) * width)
            }
        }
        if isLine { drawLines(&drawing.markup, scale: scale, x: { left + slot * (Double($0) + 0.5) }) }
        drawZero(&drawing.markup, scale: scale, across: (left, right), vertical: false)
        return bottom + Style.lineHeight
    }

    // MARK: Horizontal: a row per category, top to bottom

    private func drawHorizontal(_ drawing: inout FigureDrawing) -> Double {
        let (minimum, maximum) = extent
        let labelWidth = data.categories.indices.map { Style.width(categoryLabel($0)) }.max() ?? 0
        let valueWidth = data.series.flatMap(\.values).map { Style.width(words.value($0), size: Style.smallFontSize) }.max() ?? 0
        let left = Style.margin + labelWidth + 8, right = Style.chartWidth - Style.margin - valueWidth - 6
        let thickness = Style.barThickness
        let row = (stacked ? thickness : thickness * Double(data.series.count)) + Style.groupGap
        let top = Style.margin, bottom = top + row * Double(data.categories.count)
        let scale = AxisScale(minimum: minimum, maximum: maximum, decimals: format.decimals, start: left, end: right)
        drawGrid(&drawing.markup, scale: scale, across: (top, bottom), vertical: true)
        for index in data.categories.indices {
            let y = top + row * Double(index) + Style.groupGap / 2
            drawing.markup.leaf("text", [("x", SVGMarkup.number(left - 6)), ("y", SVGMarkup.number(y + (row - Style.groupGap) / 2 + 4)),
                                         ("text-anchor", "end")], text: categoryLabel(index))
            drawBars(&drawing, category: index, scale: scale, thickness: thickness) { series in
                y + (stacked ? 0 : Double(series) * thickness)
            }
        }
        drawZero(&drawing.markup, scale: scale, across: (top, bottom), vertical: true)
        return bottom + Style.lineHeight
    }

    // MARK: Bars, lines, axes

    /// The bars of one category; `offset` gives each series' position across the bars.
    private func drawBars(_ drawing: inout FigureDrawing, category: Int, scale: AxisScale, thickness: Double,
                          offset: (Int) -> Double) {
        var ends = (positive: 0.0, negative: 0.0)
        for (index, series) in data.series.enumerated() {
            let value = series.values[category]
            let across = offset(index)
            guard let exact = value.amount.exact, value.amount.status.hasValue else {
                drawValueLabel(&drawing.markup, value, at: scale.zero, across: across + thickness / 2, positive: true, thickness: thickness)
                continue
            }
            let amount = exact.coordinate
            let base = stacked ? (amount >= 0 ? ends.positive : ends.negative) : 0
            let end = base + amount
            if stacked { if amount >= 0 { ends.positive = end } else { ends.negative = end } }
            let (from, to) = (scale.position(base), scale.position(end))
            let rectangle: SVGMarkup.Attributes = data.horizontal
                ? [("x", SVGMarkup.number(min(from, to))), ("y", SVGMarkup.number(across)),
                   ("width", SVGMarkup.number(abs(to - from))), ("height", SVGMarkup.number(thickness))]
                : [("x", SVGMarkup.number(across)), ("y", SVGMarkup.number(min(from, to))),
                   ("width", SVGMarkup.number(thickness)), ("height", SVGMarkup.number(abs(to - from)))]
            var attributes: SVGMarkup.Attributes = [("class", "bar"), ("data-cell", cell(value)), ("data-value", PlainNumber.format(exact))]
            attributes += rectangle + [("fill", Style.seriesColours[index % Style.seriesColours.count])]
            if let dash = outline(value.amount.status) {
                attributes += [("stroke", Style.text), ("stroke-width", "1.5"), ("stroke-dasharray", dash)]
            }
            drawing.markup.leaf("rect", attributes)
            if let pattern = FigurePattern.series(index) {
                drawing.patterns.insert(pattern)
                drawing.markup.leaf("rect", rectangle + [("fill", "url(#\(pattern.id(chart.id)))")])
            }
            // Stacked segments carry their value inside, where it fits.
            let inside = stacked && data.series.count > 1
            let room = data.horizontal ? Style.width(words.value(value), size: Style.smallFontSize) + 4 : Style.lineHeight
            if !inside || abs(to - from) >= room {
                drawValueLabel(&drawing.markup, value, at: inside ? (from + to) / 2 : to, across: across + thickness / 2,
                               positive: amount >= 0, thickness: thickness, inside: inside)
            }
        }
    }

    /// Dashes around a bar whose value is not simply counted: estimated or incomplete.
    private func outline(_ status: Status) -> String? {
        switch status {
        case .estimated: "4 2"
        case .incomplete: "1 2"
        default: nil
        }
    }

    private func cell(_ value: ChartValue) -> String {
        "\(value.cell.table):\(value.cell.row):\(value.cell.column)"
    }

    /// A value written at the end of its bar (or, for a value without a figure, its marker at zero).
    private func drawValueLabel(_ markup: inout SVGMarkup, _ value: ChartValue, at position: Double, across: Double,
                                positive: Bool, thickness: Double, inside: Bool = false) {
        let text = words.value(value)
        guard !text.isEmpty, inside || Style.width(text, size: Style.smallFontSize) <= thickness + 8 || data.horizontal else { return }
        var attributes: SVGMarkup.Attributes
        if data.horizontal {
            let x = inside ? position : position + (positive ? 4 : -4)
            attributes = [("x", SVGMarkup.number(x)), ("y", SVGMarkup.number(across + 4)),
                          ("text-anchor", inside ? "middle" : positive ? "start" : "end")]
        } else {
            let y = inside ? position + 4 : position + (positive ? -4 : Style.smallFontSize)
            attributes = [("x", SVGMarkup.number(across)), ("y", SVGMarkup.number(y)), ("text-anchor", "middle")]
        }
        attributes.append(("font-size", SVGMarkup.number(Style.smallFontSize)))
        if value.amount.status == .estimated { attributes.append(("font-style", "italic")) }
        if inside { attributes += [("stroke", Style.background), ("stroke-width", "3"), ("paint-order", "stroke")] }
        markup.leaf("text", attributes, text: text)
    }

    private func drawLines(_ markup: inout SVGMarkup, scale: AxisScale, x: (Int) -> Double) {
        for (index, series) in data.series.enumerated() {
            let colour = Style.seriesColours[index % Style.seriesColours.count]
            // A value without a figure breaks the line.
            var runs: [[(Int, Double)]] = [[]]
            for (category, value) in series.values.enumerated() {
                if let exact = value.amount.exact, value.amount.status.hasValue {
                    runs[runs.count - 1].append((category, exact.coordinate))
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            let dash = Style.dashes[index % Style.dashes.count]
            for run in runs where run.count > 1 {
                let points = run.map { "\(SVGMarkup.number(x($0.0))),\(SVGMarkup.number(scale.position($0.1)))" }.joined(separator: " ")
                markup.leaf("polyline", [("points", points), ("fill", "none"), ("stroke", colour), ("stroke-width", "2")]
                            + (dash.isEmpty ? [] : [("stroke-dasharray", dash)]))
            }
            for (category, value) in series.values.enumerated() {
                guard let exact = value.amount.exact, value.amount.status.hasValue else { continue }
                marker(&markup, index: index, x: x(category), y: scale.position(exact.coordinate),
                       attributes: [("class", "point"), ("data-cell", cell(value)), ("data-value", PlainNumber.format(exact))])
            }
        }
    }

    /// The marker of series `index` at a point: circle, square, triangle or diamond.
    private func marker(_ markup: inout SVGMarkup, index: Int, x: Double, y: Double, attributes: SVGMarkup.Attributes = []) {
        let colour = Style.seriesColours[index % Style.seriesColours.count]
        let r = 4.5
        let paint: SVGMarkup.Attributes = [("fill", colour), ("stroke", Style.background), ("stroke-width", "1")]
        func n(_ value: Double) -> String { SVGMarkup.number(value) }
        switch Style.markers[index % Style.markers.count] {
        case "circle":
            markup.leaf("circle", attributes + [("cx", n(x)), ("cy", n(y)), ("r", n(r))] + paint)
        case "square":
            markup.leaf("rect", attributes + [("x", n(x - r)), ("y", n(y - r)), ("width", n(2 * r)), ("height", n(2 * r))] + paint)
        case "triangle":
            markup.leaf("path", attributes + [("d", "M\(n(x)) \(n(y - r - 1))L\(n(x + r + 1)) \(n(y + r))L\(n(x - r - 1)) \(n(y + r))Z")] + paint)
        default:
            markup.leaf("path", attributes + [("d", "M\(n(x)) \(n(y - r - 1))L\(n(x + r + 1)) \(n(y))L\(n(x)) \(n(y + r + 1))"
                                               + "L\(n(x - r - 1)) \(n(y))Z")] + paint)
        }
    }

    private func tickLabel(_ tick: Exact) -> String { words.wording.numbers.format(.value(tick), as: format) }

    /// Grid lines and tick labels of the value axis.
    private func drawGrid(_ markup: inout SVGMarkup, scale: AxisScale, across: (Double, Double), vertical: Bool) {
        for tick in scale.ticks {
            let at = SVGMarkup.number(scale.position(tick.coordinate))
            let (from, to) = (SVGMarkup.number(across.0), SVGMarkup.number(across.1))
            markup.leaf("line", (vertical ? [("x1", at), ("y1", from), ("x2", at), ("y2", to)] : [("x1", from), ("y1", at), ("x2", to), ("y2", at)])
                        + [("stroke", Style.grid)])
            let label: SVGMarkup.Attributes = vertical
                ? [("x", at), ("y", SVGMarkup.number(across.1 + Style.lineHeight)), ("text-anchor", "middle")]
                : [("x", SVGMarkup.number(across.0 - 6)), ("y", SVGMarkup.number(scale.position(tick.coordinate) + 4)), ("text-anchor", "end")]
            markup.leaf("text", label + [("font-size", SVGMarkup.number(Style.smallFontSize))], text: tickLabel(tick))
        }
    }

    /// The zero line, over the bars.
    private func drawZero(_ markup: inout SVGMarkup, scale: AxisScale, across: (Double, Double), vertical: Bool) {
        let at = SVGMarkup.number(scale.zero)
        let (from, to) = (SVGMarkup.number(across.0), SVGMarkup.number(across.1))
        markup.leaf("line", (vertical ? [("x1", at), ("y1", from), ("x2", at), ("y2", to)] : [("x1", from), ("y1", at), ("x2", to), ("y2", at)])
                    + [("stroke", Style.axis), ("stroke-width", "1.5")])
    }

    // MARK: Legend

    /// The legend below the chart, entries side by side; returns its bottom.
    private func drawLegend(_ drawing: inout FigureDrawing, top: Double) -> Double {
        var x = Style.margin, y = top
        func place(_ text: String) -> (Double, Double) {
            let width = Style.swatchSize + 6 + Style.width(text) + 18
            if x > Style.margin && x + width > Style.chartWidth - Style.margin { (x, y) = (Style.margin, y + Style.lineHeight + 4) }
            defer { x += width }
            return (x, y)
        }
        for (index, series) in data.series.enumerated() where data.series.count > 1 || isLine {
            let text = words.label(series.label, in: chart)
            let (left, baseline) = place(text)
            if isLine {
                let mid = baseline - 4
                let dash = Style.dashes[index % Style.dashes.count]
                drawing.markup.leaf("line", [("x1", SVGMarkup.number(left - 4)), ("y1", SVGMarkup.number(mid)),
                                             ("x2", SVGMarkup.number(left + Style.swatchSize + 4)), ("y2", SVGMarkup.number(mid)),
                                             ("stroke", Style.seriesColours[index % Style.seriesColours.count]), ("stroke-width", "2")]
                                    + (dash.isEmpty ? [] : [("stroke-dasharray", dash)]))
                marker(&drawing.markup, index: index, x: left + Style.swatchSize / 2, y: mid)
            } else {
                swatch(&drawing, at: left, baseline: baseline, fill: Style.seriesColours[index % Style.seriesColours.count],
                       overlay: FigurePattern.series(index))
            }
            drawing.markup.leaf("text", [("x", SVGMarkup.number(left + Style.swatchSize + 6)), ("y", SVGMarkup.number(baseline))], text: text)
        }
        for status in FigureSVG.marks(data.series.flatMap { $0.values.map(\.amount.status) }) {
            let text = words.mark(status)
            let (left, baseline) = place(text)
            if let dash = outline(status) {
                drawing.markup.leaf("rect", [("x", SVGMarkup.number(left)), ("y", SVGMarkup.number(baseline - Style.swatchSize + 2)),
                                             ("width", SVGMarkup.number(Style.swatchSize)), ("height", SVGMarkup.number(Style.swatchSize)),
                                             ("fill", "none"), ("stroke", Style.text), ("stroke-width", "1.5"), ("stroke-dasharray", dash)])
            }
            drawing.markup.leaf("text", [("x", SVGMarkup.number(left + Style.swatchSize + 6)), ("y", SVGMarkup.number(baseline))], text: text)
        }
        return y + 4
    }

    /// A legend swatch: a square of `fill`, with a pattern over it.
    private func swatch(_ drawing: inout FigureDrawing, at left: Double, baseline: Double, fill: String, overlay: FigurePattern?) {
        let square: SVGMarkup.Attributes = [("x", SVGMarkup.number(left)), ("y", SVGMarkup.number(baseline - Style.swatchSize + 2)),
                                             ("width", SVGMarkup.number(Style.swatchSize)), ("height", SVGMarkup.number(Style.swatchSize))]
        drawing.markup.leaf("rect", square + [("fill", fill)])
        if let overlay {
            drawing.patterns.insert(overlay)
            drawing.markup.leaf("rect", square + [("fill", "url(#\(overlay.id(chart.id)))")])
        }
    }
}
