/// What a figure of the annex draws.
public enum FigureKind: String, Sendable, Decodable, CaseIterable {
    /// A line per series over the periods.
    case line
    /// Grouped (or, with `stacked: true`, stacked) bars.
    case bars
    /// Bars of percentage changes, positive and negative, with the zero line.
    case change
    /// Horizontal bars of the `top` highest regions of a table, highest first.
    case ranking
    /// A choropleth map per municipality, district or province; one panel per period, on one scale.
    case map
}

/// One series of a figure drawn from a single row of a table: a line, or a bar per period.
public struct FigureSeriesSpec: Sendable, Decodable {
    public let table: String
    /// The row's code: a region code, a measure id (tables with a row per measure) or `NL`.
    public let row: String
    /// The measure, for tables with a row per region.
    public let measure: String?
    /// The series' name in the legend; by default the measure's or the row's name.
    public let label: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case table, row, measure, label }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        table = try container.decode(String.self, forKey: .table)
        row = try container.decode(PeriodLabel.self, forKey: .row).label
        measure = try container.decodeIfPresent(String.self, forKey: .measure)
        label = try container.decodeIfPresent(String.self, forKey: .label)
    }
}

/// How a map's values are put into classes.
public enum ClassRule: Sendable, Hashable {
    /// Fixed class bounds, increasing: `[10, 50]` gives 'less than 10', '10 to 50', '50 or more'.
    case breaks([Exact])
    /// This many classes of about equally many regions, their bounds rounded to two significant digits.
    case quantiles(Int)

    /// The default: five classes of about equally many regions.
    public static let standard = ClassRule.quantiles(5)
    /// The most classes a reader can tell apart on a sequential palette.
    public static let maximumClasses = 7
}

extension ClassRule: Decodable {
    enum CodingKeys: String, CodingKey, CaseIterable { case breaks, quantiles }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let breaks = try container.decodeIfPresent([Exact].self, forKey: .breaks)
        let quantiles = try container.decodeIfPresent(Int.self, forKey: .quantiles)
        switch (breaks, quantiles) {
        case (let breaks?, nil):
            self = .breaks(breaks)
        case (nil, let count?):
            self = .quantiles(count)
        default:
            throw decoder.refuse(.specBreaksOrQuantiles)
        }
    }
}

/// A figure of the annex (`figures:` in the report spec): a chart or a map drawn from the cells of
/// one or more tables, so that it shows exactly the numbers the tables hold.
///
/// A figure takes its values either from `series` (one row each, drawn over the table's periods or,
/// for `change`, its comparisons) or from `table` with `measures` and `periods` (one bar or map
/// region per region row of the table).
public struct FigureSpec: Sendable, Decodable {
    public let id: String
    public let kind: FigureKind
    public internal(set) var title: String
    /// The table whose region rows the figure draws (bars, change, ranking, map).
    public let table: String?
    /// Measures of `table` to draw; every measure of the table when absent.
    public let measures: [String]?
    /// Periods to draw (of `table`, or of the series' tables); all of them when absent.
    public let periods: [Period]?
    /// Rows of tables to draw as series (line, bars, change).
    public let series: [FigureSeriesSpec]
    /// Bars: stack the series instead of placing them side by side.
    public let stacked: Bool
    /// Ranking: how many regions (10 by default).
    public let top: Int?
    /// Map: how values are put into classes.
    public let classes: ClassRule?
    /// Map: the borders drawn over the municipalities for orientation (provinces by default).
    public let borders: RegionType?

    /// The number of regions a ranking shows when the spec does not say.
    public static let defaultTop = 10

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, title, table, measures, periods, series, stacked, top, classes, borders
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        kind = try container.decode(FigureKind.self, forKey: .kind)
        title = try container.decode(String.self, forKey: .title)
        table = try container.decodeIfPresent(String.self, forKey: .table)
        measures = try container.decodeIfPresent([String].self, forKey: .measures)
        periods = try container.decodeIfPresent([PeriodLabel].self, forKey: .periods)?.map { Period($0.label) }
        series = try container.decodeIfPresent([FigureSeriesSpec].self, forKey: .series) ?? []
        stacked = try container.decodeIfPresent(Bool.self, forKey: .stacked) ?? false
        top = try container.decodeIfPresent(Int.self, forKey: .top)
        classes = try container.decodeIfPresent(ClassRule.self, forKey: .classes)
        borders = try container.decodeIfPresent(RegionType.self, forKey: .borders)
    }

    /// The series labels the spec gives, each once, in order.
    public var labels: [String] {
        var seen = Set<String>()
        return series.compactMap(\.label).filter { seen.insert($0).inserted }
    }

    /// The tables the figure draws from, each once, in order.
    public var tables: [String] {
        var seen = Set<String>()
        return ([table].compactMap { $0 } + series.map(\.table)).filter { seen.insert($0).inserted }
    }
}
