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

    private func colour(_ series: Int) -> String { Style.seriesColours[series % Style.seriesColours.count] }

    func categoryLabel(_ index: Int) -> String { words.category(index, of: data, in: chart) }

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
            drawing.markup.text(categoryLabel(index), x: center, y: bottom + Style.lineHeight,
                                [("text-anchor", "middle")])
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
        let values = data.series.flatMap(\.values)
        let valueWidth = values.map { Style.width(words.value($0), size: Style.smallFontSize) }.max() ?? 0
        let left = Style.margin + labelWidth + 8, right = Style.chartWidth - Style.margin - valueWidth - 6
        let thickness = Style.barThickness
        let row = (stacked ? thickness : thickness * Double(data.series.count)) + Style.groupGap
        let top = Style.margin, bottom = top + row * Double(data.categories.count)
        let scale = AxisScale(minimum: minimum, maximum: maximum, decimals: format.decimals, start: left, end: right)
        drawGrid(&drawing.markup, scale: scale, across: (top, bottom), vertical: true)
        for index in data.categories.indices {
            let y = top + row * Double(index) + Style.groupGap / 2
            drawing.markup.text(categoryLabel(index), x: left - 6, y: y + (row - Style.groupGap) / 2 + 4,
                                [("text-anchor", "end")])
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
                drawValueLabel(&drawing.markup, value, at: scale.zero, across: across + thickness / 2, positive: true,
                               thickness: thickness)
                continue
            }
            let amount = exact.coordinate
            let base = stacked ? (amount >= 0 ? ends.positive : ends.negative) : 0
            let end = base + amount
            if stacked { if amount >= 0 { ends.positive = end } else { ends.negative = end } }
            let (from, to) = (scale.position(base), scale.position(end))
            let rectangle = data.horizontal
                ? SVGMarkup.box(x: min(from, to), y: across, width: abs(to - from), height: thickness)
                : SVGMarkup.box(x: across, y: min(from, to), width: thickness, height: abs(to - from))
            var attributes: SVGMarkup.Attributes = [("class", "bar"), ("data-cell", cell(value)),
                                                    ("data-value", PlainNumber.format(exact))]
            attributes += rectangle + [("fill", colour(index))]
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
            let room = data.horizontal ? Style.width(words.value(value), size: Style.smallFontSize) + 4
                : Style.lineHeight
            if !inside || abs(to - from) >= room {
                let at = inside ? (from + to) / 2 : to
                drawValueLabel(&drawing.markup, value, at: at, across: across + thickness / 2, positive: amount >= 0,
                               thickness: thickness, inside: inside)
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
        let fits = inside || data.horizontal || Style.width(text, size: Style.smallFontSize) <= thickness + 8
        guard !text.isEmpty, fits else { return }
        var attributes: SVGMarkup.Attributes = [("font-size", SVGMarkup.number(Style.smallFontSize))]
        if value.amount.status == .estimated { attributes.append(("font-style", "italic")) }
        if inside { attributes += [("stroke", Style.background), ("stroke-width", "3"), ("paint-order", "stroke")] }
        if data.horizontal {
            let anchor = inside ? "middle" : positive ? "start" : "end"
            markup.text(text, x: inside ? position : position + (positive ? 4 : -4), y: across + 4,
                        [("text-anchor", anchor)] + attributes)
        } else {
            let y = inside ? position + 4 : position + (positive ? -4 : Style.smallFontSize)
            markup.text(text, x: across, y: y, [("text-anchor", "middle")] + attributes)
        }
    }

    private func drawLines(_ markup: inout SVGMarkup, scale: AxisScale, x: (Int) -> Double) {
        for (index, series) in data.series.enumerated() {
            // A value without a figure breaks the line.
            var runs: [[(Int, Double)]] = [[]]
            for (category, value) in series.values.enumerated() {
                if let exact = value.amount.exact, value.amount.status.hasValue {
                    runs[runs.count - 1].append((category, exact.coordinate))
                } else if !runs[runs.count - 1].isEmpty {
                    runs.append([])
                }
            }
            for run in runs where run.count > 1 {
                let points = run.map { SVGMarkup.number(x($0.0)) + "," + SVGMarkup.number(scale.position($0.1)) }
                markup.leaf("polyline", [("points", points.joined(separator: " ")), ("fill", "none")] + stroke(index))
            }
            for (category, value) in series.values.enumerated() {
                guard let exact = value.amount.exact, value.amount.status.hasValue else { continue }
                let identity: SVGMarkup.Attributes = [("class", "point"), ("data-cell", cell(value)),
                                                      ("data-value", PlainNumber.format(exact))]
                marker(&markup, index: index, x: x(category), y: scale.position(exact.coordinate), attributes: identity)
            }
        }
    }

    /// The line of series `index`: its colour and dashes.
    private func stroke(_ index: Int) -> SVGMarkup.Attributes {
        let dash = Style.dashes[index % Style.dashes.count]
        return [("stroke", colour(index)), ("stroke-width", "2")] + (dash.isEmpty ? [] : [("stroke-dasharray", dash)])
    }

    /// The marker of series `index` at a point: circle, square, triangle or diamond.
    private func marker(_ markup: inout SVGMarkup, index: Int, x: Double, y: Double,
                        attributes: SVGMarkup.Attributes = []) {
        let r = 4.5
        let paint: SVGMarkup.Attributes = [("fill", colour(index)), ("stroke", Style.background), ("stroke-width", "1")]
        func n(_ value: Double) -> String { SVGMarkup.number(value) }
        switch Style.markers[index % Style.markers.count] {
        case "circle":
            markup.leaf("circle", attributes + [("cx", n(x)), ("cy", n(y)), ("r", n(r))] + paint)
        case "square":
            markup.leaf("rect", attributes + SVGMarkup.box(x: x - r, y: y - r, width: 2 * r, height: 2 * r) + paint)
        case "triangle":
            let d = "M\(n(x)) \(n(y - r - 1))L\(n(x + r + 1)) \(n(y + r))L\(n(x - r - 1)) \(n(y + r))Z"
            markup.leaf("path", attributes + [("d", d)] + paint)
        default:
            let d = "M\(n(x)) \(n(y - r - 1))L\(n(x + r + 1)) \(n(y))L\(n(x)) \(n(y + r + 1))L\(n(x - r - 1)) \(n(y))Z"
            markup.leaf("path", attributes + [("d", d)] + paint)
        }
    }

    private func tickLabel(_ tick: Exact) -> String { words.wording.numbers.value(tick, as: format) }

    /// Grid lines and tick labels of the value axis.
    private func drawGrid(_ markup: inout SVGMarkup, scale: AxisScale, across: (Double, Double), vertical: Bool) {
        let small: SVGMarkup.Attributes = [("font-size", SVGMarkup.number(Style.smallFontSize))]
        for tick in scale.ticks {
            let at = scale.position(tick.coordinate)
            if vertical {
                markup.line(from: (at, across.0), to: (at, across.1), [("stroke", Style.grid)])
                markup.text(tickLabel(tick), x: at, y: across.1 + Style.lineHeight, [("text-anchor", "middle")] + small)
            } else {
                markup.line(from: (across.0, at), to: (across.1, at), [("stroke", Style.grid)])
                markup.text(tickLabel(tick), x: across.0 - 6, y: at + 4, [("text-anchor", "end")] + small)
            }
        }
    }

    /// The zero line, over the bars.
    private func drawZero(_ markup: inout SVGMarkup, scale: AxisScale, across: (Double, Double), vertical: Bool) {
        let at = scale.zero
        let ends = vertical ? ((at, across.0), (at, across.1)) : ((across.0, at), (across.1, at))
        markup.line(from: ends.0, to: ends.1, [("stroke", Style.axis), ("stroke-width", "1.5")])
    }

    // MARK: Legend

    /// The legend below the chart, entries side by side; returns its bottom.
    private func drawLegend(_ drawing: inout FigureDrawing, top: Double) -> Double {
        var x = Style.margin, y = top
        /// Where an entry goes, with or without a swatch before its text.
        func place(_ text: String, swatch: Bool = true) -> (Double, Double) {
            let width = (swatch ? Style.swatchSize + 6 : 0) + Style.width(text) + 18
            if x > Style.margin && x + width > Style.chartWidth - Style.margin {
                (x, y) = (Style.margin, y + Style.lineHeight + 4)
            }
            defer { x += width }
            return (x, y)
        }
        for (index, series) in data.series.enumerated() where data.series.count > 1 || isLine {
            let text = words.label(series.label, in: chart)
            let (left, baseline) = place(text)
            if isLine {
                let middle = baseline - 4
                drawing.markup.line(from: (left - 4, middle), to: (left + Style.swatchSize + 4, middle), stroke(index))
                marker(&drawing.markup, index: index, x: left + Style.swatchSize / 2, y: middle)
            } else {
                let square = SVGMarkup.swatch(left: left, baseline: baseline)
                drawing.markup.leaf("rect", square + [("fill", colour(index))])
                if let overlay = FigurePattern.series(index) {
                    drawing.patterns.insert(overlay)
                    drawing.markup.leaf("rect", square + [("fill", "url(#\(overlay.id(chart.id)))")])
                }
            }
            drawing.markup.text(text, x: left + Style.swatchSize + 6, y: baseline)
        }
        for status in FigureSVG.marks(data.series.flatMap { $0.values.map(\.amount.status) }) {
            // A value with a figure has its outline as swatch; one without is named by its marker only.
            let text = words.mark(status)
            let dash = outline(status)
            let (left, baseline) = place(text, swatch: dash != nil)
            if let dash {
                drawing.markup.leaf("rect", SVGMarkup.swatch(left: left, baseline: baseline)
                                    + [("fill", "none"), ("stroke", Style.text), ("stroke-width", "1.5"),
                                       ("stroke-dasharray", dash)])
            }
            drawing.markup.text(text, x: left + (dash == nil ? 0 : Style.swatchSize + 6), y: baseline)
        }
        return y + 4
    }
}
