/// Draws a choropleth map: a panel per period side by side, at one geographic scale and on one
/// scale of classes, with province or district borders over the regions and a legend that names
/// every class and every hatching used.
///
/// RD New coordinates are drawn as they are (metres east and north), scaled to the panel and
/// rounded to a tenth of a pixel; points that then repeat the one before are left out, which is
/// the only simplification. Every region is one `<path>` that carries its code (`data-code`).
struct MapSVG {
    let chart: Chart
    let map: ChoroplethMap
    let words: FigureWording
    /// The panels' paths drawn before for other figures of the report.
    var paths = MapPaths()

    typealias Style = FigureStyle

    /// The extent of all panels, so every panel has the same scale.
    private var extent: (minX: Double, minY: Double, maxX: Double, maxY: Double) {
        var box = (minX: Double.infinity, minY: Double.infinity, maxX: -Double.infinity, maxY: -Double.infinity)
        for point in map.panels.lazy.flatMap({ $0.shapes }).flatMap({ $0.rings }).joined() {
            box = (min(box.minX, point.x), min(box.minY, point.y), max(box.maxX, point.x), max(box.maxY, point.y))
        }
        return box.minX.isFinite ? box : (0, 0, 1, 1)
    }

    private var format: CellFormat {
        map.panels.lazy.flatMap(\.shapes).compactMap(\.value).first?.format ?? .count
    }

    func draw() -> FigureDrawing {
        let box = extent
        let scale = Style.mapPanelWidth / max(box.maxX - box.minX, 1)
        let panelHeight = (box.maxY - box.minY) * scale
        let top = Style.margin + Style.lineHeight + 4
        var drawing = FigureDrawing(width: 0, height: 0)
        let palette = Style.palette(map.classes.count)
        for (index, panel) in map.panels.enumerated() {
            let left = Style.margin + Double(index) * (Style.mapPanelWidth + Style.margin)
            let placement = MapPaths.Placement(minX: box.minX, maxY: box.maxY, scale: scale, left: left, top: top)
            drawing.markup.text(panel.period.label, x: left, y: Style.margin + Style.fontSize,
                                [("font-weight", "bold")])
            drawPanel(&drawing, panel, palette: palette, placement: placement)
        }
        let legendLeft = Style.margin + Double(map.panels.count) * (Style.mapPanelWidth + Style.margin)
        let legendBottom = drawLegend(&drawing, left: legendLeft, top: top, palette: palette)
        drawing.width = legendLeft + Style.legendWidth + Style.margin
        drawing.height = max(top + panelHeight, legendBottom) + Style.margin
        return drawing
    }

    private func drawPanel(_ drawing: inout FigureDrawing, _ panel: MapPanel, palette: [String],
                           placement: MapPaths.Placement) {
        // Municipalities are outlined; a region of several municipalities gets its outline drawn apart.
        let strokes: SVGMarkup.Attributes = map.level == .gemeente
            ? [("stroke", Style.regionStroke), ("stroke-width", "0.3")] : [("stroke", "none")]
        drawing.markup.open("g", [("class", "panel"), ("data-period", panel.period.label),
                                  ("data-year", String(panel.year)), ("stroke-linejoin", "round"),
                                  ("fill-rule", "evenodd")] + strokes)
        var dotted = ByteBuffer()
        let shapePaths = paths.paths(panel.shapes.map(\.rings), closed: true, at: placement) {
            path($0, closed: true, at: placement)
        }
        // A pattern's fill, made once for the panel's shapes (a map may have hundreds without a figure).
        var patternFills: [FigurePattern: String] = [:]
        // A shape's title (its region's name and its value as shown), made in one buffer for all of them.
        var title = ByteBuffer()
        let wording = words.wording
        // Each shape read where it lies in the panel (taken out of the list, it would be copied whole), and
        // written a part at a time.
        for index in panel.shapes.indices {
            let d = shapePaths[index]
            let status = panel.shapes[index].value?.amount.status ?? .missing
            let fill: String
            if let classIndex = panel.shapes[index].classIndex {
                fill = palette[classIndex]
                if status == .estimated { dotted.append(d) }
            } else {
                let pattern = FigurePattern.map(status) ?? .missing
                if let made = patternFills[pattern] {
                    fill = made
                } else {
                    drawing.patterns.insert(pattern)
                    fill = "url(#\(pattern.id(chart.id)))"
                    patternFills[pattern] = fill
                }
            }
            drawing.markup.tag("path")
            drawing.markup.attribute("class", "region")
            drawing.markup.attribute("data-code", panel.shapes[index].region.code)
            drawing.markup.path(d)
            drawing.markup.attribute("fill", fill)
            drawing.markup.openTag()
            title.removeAll()
            title.append(wording.regionName(panel.shapes[index].region))
            title.append(": " as StaticString)
            if let value = panel.shapes[index].value {
                words.appendValue(value, to: &title)
            } else {
                title.append(wording.numbers.missingMarker)
            }
            drawing.markup.leaf("title", text: title)
            drawing.markup.close("path")
        }
        if dotted.count > 0 {
            drawing.patterns.insert(.estimated)
            let dots = "url(#\(FigurePattern.estimated.id(chart.id)))"
            drawing.markup.leaf("path", path: dotted, [("fill", dots)])
        }
        drawing.markup.close("g")
        let linePaths = paths.paths([panel.outlines, panel.borders], closed: false, at: placement) {
            path($0, closed: false, at: placement)
        }
        for (lines, width, d) in [(panel.outlines, "0.8", linePaths[0]), (panel.borders, "1.2", linePaths[1])]
        where !lines.isEmpty {
            drawing.markup.leaf("path", path: d, [("fill", "none"), ("stroke", Style.border), ("stroke-width", width),
                                                  ("stroke-linejoin", "round")])
        }
    }

    /// Path data of rings (closed) or lines: absolute start, then relative steps in tenths of a pixel. Each
    /// ring or line is written into room enough for all its points, and taken back when it has too few
    /// points left (after those that repeat the one before) to be drawn.
    private func path(_ lines: [[MapPoint]], closed: Bool, at placement: MapPaths.Placement) -> ByteBuffer {
        var d = ByteBuffer()
        for line in lines where !line.isEmpty {
            d.append(upTo: line.count * Self.stepBytes + Self.lineBytes) { room in
                var out = ByteCursor(room)
                var last = placement.project(line[0]), points = 1
                out.put(UInt8(ascii: "M"))
                out.put(tenths: last.0, leadingZero: true)
                out.put(UInt8(ascii: " "))
                out.put(tenths: last.1, leadingZero: true)
                out.put(UInt8(ascii: "l"))
                for point in line.dropFirst() {
                    let projected = placement.project(point)
                    guard projected != last else { continue }
                    let dx = projected.0 - last.0, dy = projected.1 - last.1
                    // A '-' separates numbers by itself.
                    if points > 1 && dx >= 0 { out.put(UInt8(ascii: " ")) }
                    out.put(tenths: dx, leadingZero: false)
                    if dy >= 0 { out.put(UInt8(ascii: " ")) }
                    out.put(tenths: dy, leadingZero: false)
                    (last, points) = (projected, points + 1)
                }
                guard points >= (closed ? 3 : 2) else { return 0 }
                if closed { out.put(UInt8(ascii: "z")) }
                return out.count
            }
        }
        return d
    }

    /// The most bytes a step of a path takes (a space and a number, twice), and what a ring or line takes
    /// besides its steps ('M', its start, 'l', 'z').
    private static let stepBytes = 2 * (1 + ByteCursor.maximumTenthsBytes)
    private static let lineBytes = 4 + 2 * ByteCursor.maximumTenthsBytes

    /// The legend right of the panels: what is mapped, every class, every hatching used; returns its bottom.
    private func drawLegend(_ drawing: inout FigureDrawing, left: Double, top: Double, palette: [String]) -> Double {
        var y = top + Style.fontSize
        for line in Style.wrap(words.wording.measure(map.measure), width: Style.legendWidth) {
            drawing.markup.text(line, x: left, y: y, [("font-weight", "bold")])
            y += Style.lineHeight
        }
        y += 4
        func entry(_ text: String, fill: String, overlay: FigurePattern? = nil) {
            let square = SVGMarkup.swatch(left: left, baseline: y)
            drawing.markup.leaf("rect", square + [("fill", fill), ("stroke", Style.regionStroke)])
            if let overlay { drawing.markup.leaf("rect", square + [("fill", "url(#\(overlay.id(chart.id)))")]) }
            for (index, line) in Style.wrap(text, width: Style.legendWidth - Style.swatchSize - 6).enumerated() {
                if index > 0 { y += Style.lineHeight }
                drawing.markup.text(line, x: left + Style.swatchSize + 6, y: y)
            }
            y += Style.lineHeight + 4
        }
        drawing.markup.open("g", [("class", "legend")])
        for (index, mapClass) in map.classes.enumerated() {
            drawing.markup.open("g", [("class", "legend-class"),
                                      ("data-lower", mapClass.lower.map(PlainNumber.format) ?? ""),
                                      ("data-upper", mapClass.upper.map(PlainNumber.format) ?? "")])
            entry(words.classLabel(mapClass, format: format), fill: palette[index])
            drawing.markup.close("g")
        }
        let statuses = map.panels.flatMap { $0.shapes.map { $0.value?.amount.status ?? .missing } }
        for status in FigureSVG.marks(statuses) {
            guard let pattern = FigurePattern.map(status) else { continue }
            drawing.patterns.insert(pattern)
            if status == .estimated {
                entry(words.mark(status), fill: palette[palette.count / 2], overlay: pattern)
            } else {
                entry(words.mark(status), fill: "url(#\(pattern.id(chart.id)))")
            }
        }
        drawing.markup.close("g")
        return y
    }
}
