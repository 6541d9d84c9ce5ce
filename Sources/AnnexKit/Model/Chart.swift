/// A cell of a computed table: the table's id, and the row and column of the cell.
public struct TableCellReference: Sendable, Hashable {
    public let table: String
    public let row: Int
    public let column: Int
}

/// A value a figure draws: a cell of a table of the annex, with its format and where it is, so
/// that the figure shows exactly what the table shows.
public struct ChartValue: Sendable, Hashable {
    public let amount: Amount
    public let format: CellFormat
    public let cell: TableCellReference

    /// Whether the value can be drawn at its size: counted or estimated (an incomplete sum is a lower bound).
    public var isDrawable: Bool { amount.status == .ok || amount.status == .estimated }
}

/// What a category (a group of bars, a point on the axis) or a series stands for; worded in the
/// annex's language when rendered.
public indirect enum ChartLabel: Sendable, Hashable {
    case period(Period)
    case comparison(from: Period, to: Period)
    /// A row of a table: its region's or measure's name.
    case row(table: String, row: Int)
    case measure(MeasureReference)
    /// A label the spec gives (translated by the report's translation file).
    case given(String)
    /// Several labels in a row ('Instroom 2021').
    case joined([ChartLabel])
}

/// One series of a chart: a value per category.
public struct ChartSeries: Sendable {
    public let label: ChartLabel
    public let values: [ChartValue]
    /// The categories with the highest and with the lowest drawable value (all of them on a tie).
    public let highest: [Int]
    public let lowest: [Int]
    /// The change from the first to the last category as the table shows it (a percentage), if it does.
    public let change: ChartValue?
}

/// A line or bar chart: categories along one axis, a value per category for each series.
public struct ChartData: Sendable {
    public let categories: [ChartLabel]
    public let series: [ChartSeries]
    /// Bars along the vertical axis, one row per category (for long region names).
    public let horizontal: Bool
    /// For a ranking: the rank of each category (ties share one); empty otherwise.
    public let ranks: [Int]
}

/// A class of a choropleth map: values from `lower` (inclusive) to `upper` (exclusive); nil is open.
public struct MapClass: Sendable, Hashable {
    public let lower: Exact?
    public let upper: Exact?

    public func contains(_ value: Exact) -> Bool {
        lower.map { value >= $0 } != false && upper.map { value < $0 } != false
    }
}

/// A region on a map: its rings (outer rings and holes of all its parts) and its value.
public struct MapShape: Sendable {
    public let region: Region
    public let rings: [[MapPoint]]
    /// The table cell of the region; nil when the table has no row for it.
    public let value: ChartValue?
    /// The class of a drawable value.
    public let classIndex: Int?
}

/// One map of a choropleth figure: the regions in the boundaries of `year`, with values of `period`.
public struct MapPanel: Sendable {
    public let period: Period
    public let year: Int
    public let shapes: [MapShape]
    /// Borders between the regions, for regions drawn as groups of municipalities (no strokes
    /// inside a region); empty for a map per municipality, whose shapes are outlined themselves.
    public let outlines: [[MapPoint]]
    /// Borders of provinces or districts drawn over the regions, with the outer border.
    public let borders: [[MapPoint]]
    /// The shapes with the highest and the lowest drawable value.
    public let highest: [Int]
    public let lowest: [Int]
}

/// A choropleth map: one panel per period, all on one scale of classes.
public struct ChoroplethMap: Sendable {
    public let level: RegionType
    public let measure: MeasureReference
    public let panels: [MapPanel]
    public let classes: [MapClass]
    /// The level of the borders drawn over the regions, if any.
    public let borders: RegionType?
    /// The table's national (or total) row in the periods drawn.
    public let total: MapTotal?
}

/// The national (or total) row of a map's table: its value per panel, and the change between the
/// first and the last panel as the table shows it.
public struct MapTotal: Sendable {
    public let row: Int
    public let values: [ChartValue]
    public let change: ChartValue?
}

/// What a figure draws.
public enum ChartContent: Sendable {
    case chart(ChartData)
    case map(ChoroplethMap)
}

/// A figure of the annex, computed: every value it draws taken from a table cell, its classes and
/// its main facts known. (Called a chart in the code, as 'figures' are the numbers of figures.csv.)
public struct Chart: Sendable {
    /// 'Figuur 1' is number 1, in the order the annex shows the figures.
    public let number: Int
    public let spec: FigureSpec
    /// The tables whose numbers the figure draws, in order.
    public let tables: [String]
    public let content: ChartContent

    public var id: String { spec.id }
}
