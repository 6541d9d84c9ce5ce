import CXlsxWriter
import Foundation

/// Places a figure on its XLSX worksheet: a native Excel chart drawn from the cells of the sheet's
/// table (so a user can restyle it and it stays the table's numbers), or, for a map, its PNG. Both
/// carry the figure's text alternative, which Excel shows as alt text.
enum XLSXFigures {
    /// A chart's size in Excel's default chart size (480 × 288 pixels).
    static let chartScale = (x: 1.5, y: 1.4)

    /// A map's PNG is taken from `pngs` and handed to libxlsxwriter as its placeholder in `pictures`.
    static func place(_ figure: SheetFigure, on layout: SheetLayout, sheet: UnsafeMutablePointer<lxw_worksheet>,
                      workbook: UnsafeMutablePointer<lxw_workbook>, pngs: FigurePNGs,
                      pictures: XLSXPictures) -> lxw_error {
        let description = strdup(figure.description)
        defer { free(description) }
        guard let chart = figure.chart, let table = layout.table else {
            var options = lxw_image_options()
            options.description = description
            guard let png = pngs.png(figure.image) else {
                return LXW_ERROR_PARAMETER_VALIDATION
            }
            let bytes = pictures.placeholder(for: png)
            return worksheet_insert_image_buffer_opt(sheet, lxw_row_t(figure.row), lxw_col_t(figure.column), bytes,
                                                     bytes.count, &options)
        }
        guard let drawn = workbook_add_chart(workbook, chartType(chart)) else { return LXW_ERROR_MEMORY_MALLOC_FAILED }
        addSeries(chart, table: table, sheet: layout.name, to: drawn)
        chart_title_set_name(drawn, figure.title)
        var titleFont = lxw_chart_font()
        titleFont.size = 12
        titleFont.bold = UInt8(LXW_TRUE.rawValue)
        chart_title_set_name_font(drawn, &titleFont)
        chart_legend_set_position(drawn, UInt8(LXW_CHART_LEGEND_BOTTOM.rawValue))
        let numberFormat = XLSXLayout.numberFormat(chart.format, status: .ok, nilMarker: "0")
        // A bar chart's value axis is its x axis; reading top to bottom, its categories run from the top.
        let (x, y) = (drawn.pointee.x_axis, drawn.pointee.y_axis)
        let (categoryAxis, valueAxis) = chart.horizontal ? (y, x) : (x, y)
        chart_axis_set_num_format(valueAxis, numberFormat)
        // Category labels beside the lowest value, so they stay clear of negative bars.
        chart_axis_set_label_position(categoryAxis, UInt8(LXW_CHART_AXIS_LABEL_POSITION_LOW.rawValue))
        if chart.horizontal {
            chart_axis_set_reverse(categoryAxis)
            chart_axis_set_crossing_max(categoryAxis)
        }
        var options = lxw_chart_options()
        options.description = description
        options.x_scale = chartScale.x
        options.y_scale = chartScale.y
        return worksheet_insert_chart_opt(sheet, lxw_row_t(figure.row), lxw_col_t(figure.column), drawn, &options)
    }

    static func chartType(_ chart: SheetChart) -> UInt8 {
        let type: lxw_chart_type = switch (chart.kind, chart.horizontal, chart.stacked) {
        case (.line, _, _): LXW_CHART_LINE
        case (_, true, true): LXW_CHART_BAR_STACKED
        case (_, true, false): LXW_CHART_BAR
        case (_, false, true): LXW_CHART_COLUMN_STACKED
        case (_, false, false): LXW_CHART_COLUMN
        }
        return UInt8(type.rawValue)
    }

    /// A series per column after the first: name from the header, categories from the first column.
    static func addSeries(_ chart: SheetChart, table: TableObject, sheet: String,
                          to drawn: UnsafeMutablePointer<lxw_chart>) {
        let first = lxw_row_t(table.headerRow + 1), last = lxw_row_t(table.lastRow)
        let numberFormat = XLSXLayout.numberFormat(chart.format, status: .ok, nilMarker: "0")
        for index in chart.estimated.indices {
            let column = lxw_col_t(index + 1)
            guard let series = chart_add_series(drawn, nil, nil) else { continue }
            chart_series_set_categories(series, sheet, first, 0, last, 0)
            chart_series_set_values(series, sheet, first, column, last, column)
            chart_series_set_name_range(series, sheet, lxw_row_t(table.headerRow), column)
            let hex = FigureStyle.seriesColours[index % FigureStyle.seriesColours.count].dropFirst()
            let colour = lxw_color_t(hex, radix: 16)!
            var line = lxw_chart_line(color: colour, none: 0, width: 2.25, dash_type: lineDash(index), transparency: 0)
            var fill = lxw_chart_fill(color: colour, none: 0, transparency: 0)
            if chart.kind == .line {
                chart_series_set_line(series, &line)
                chart_series_set_marker_type(series, marker(index))
                chart_series_set_marker_fill(series, &fill)
                continue
            }
            if index > 0 {
                // The same hatching as the SVG tells the series apart without colour.
                let hatching = UInt8(LXW_CHART_PATTERN_WIDE_UPWARD_DIAGONAL.rawValue)
                var pattern = lxw_chart_pattern(fg_color: 0xFFFFFF, bg_color: colour, type: hatching)
                chart_series_set_pattern(series, &pattern)
            } else {
                chart_series_set_fill(series, &fill)
            }
            chart_series_set_labels(series)
            chart_series_set_labels_num_format(series, numberFormat)
            setEstimated(chart.estimated[index], rows: Int(last - first) + 1, on: series)
        }
    }

    /// Estimated values get a dashed border, as in the SVG.
    static func setEstimated(_ estimated: [Int], rows: Int, on series: UnsafeMutablePointer<lxw_chart_series>) {
        guard !estimated.isEmpty else { return }
        let dash = UInt8(LXW_CHART_LINE_DASH_DASH.rawValue)
        var dashed = lxw_chart_line(color: 0x1A1A1A, none: 0, width: 1.5, dash_type: dash, transparency: 0)
        withUnsafeMutablePointer(to: &dashed) { line in
            var points = (0..<rows).map { row in
                estimated.contains(row) ? lxw_chart_point(line: line, fill: nil, pattern: nil) : lxw_chart_point()
            }
            points.withUnsafeMutableBufferPointer { buffer in
                var pointers: [UnsafeMutablePointer<lxw_chart_point>?] = buffer.indices.map { buffer.baseAddress! + $0 }
                pointers.append(nil)
                _ = chart_series_set_points(series, &pointers)
            }
        }
    }

    static func lineDash(_ index: Int) -> UInt8 {
        let dashes = [LXW_CHART_LINE_DASH_SOLID, LXW_CHART_LINE_DASH_DASH, LXW_CHART_LINE_DASH_ROUND_DOT,
                      LXW_CHART_LINE_DASH_DASH_DOT]
        return UInt8(dashes[index % dashes.count].rawValue)
    }

    static func marker(_ index: Int) -> UInt8 {
        let markers = [LXW_CHART_MARKER_CIRCLE, LXW_CHART_MARKER_SQUARE, LXW_CHART_MARKER_TRIANGLE,
                       LXW_CHART_MARKER_DIAMOND]
        return UInt8(markers[index % markers.count].rawValue)
    }
}
