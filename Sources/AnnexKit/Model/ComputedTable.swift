/// How the numbers of a column are shown: a style and the number of decimals a reader sees.
public struct CellFormat: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        /// A counted number: 17.386; a counted zero is nil ('-').
        case count
        /// A decimal value (an amount, an average, a rate, a ratio): 12,5
        case number
        /// A signed difference: +2.049, +1,5
        case change
        /// A value in percent: 13,4%
        case percentage
        /// A signed percentage change: +13,4%
        case percentageChange
    }

    public let style: Style
    /// Decimals shown (and, in a workbook, stored: the cell holds the value rounded to them).
    public let decimals: Int

    public init(_ style: Style, decimals: Int) {
        self.style = style
        self.decimals = decimals
    }

    /// A count: 17.386
    public static let count = CellFormat(.count, decimals: 0)
    /// A signed difference of counts: +2.049
    public static let change = CellFormat(.change, decimals: 0)
    /// A share: 13,4%
    public static let percentage = CellFormat(.percentage, decimals: 1)
    /// A percentage change: +13,4%
    public static let percentageChange = CellFormat(.percentageChange, decimals: 1)
    /// A ratio such as a number per 100 or per 10.000: 83,9
    public static let ratio = CellFormat(.number, decimals: 1)

    /// Whether the value is in percent (stored in a workbook as a fraction for a '%' format).
    public var isPercent: Bool { style == .percentage || style == .percentageChange }

    /// Whether a positive value shows a '+'.
    public var isSigned: Bool { style == .change || style == .percentageChange }
}

/// A measure as a table of the spec declares it, so that its name can be looked up in any language.
public struct MeasureReference: Sendable, Hashable {
    /// The id of the table whose spec names the measure.
    public let table: String
    public let measure: String

    public init(table: String, measure: String) {
        self.table = table
        self.measure = measure
    }
}

/// What the numbers of a column are; the header text is made from it in the annex's language.
public enum ColumnContent: Sendable, Hashable {
    /// The figures of a period (counts, or the ratio of a ratio table).
    case period(Period)
    case change(from: Period, to: Period)
    case changePercentage(from: Period, to: Period)
    /// Share of the delivered total of `table` (its national row), in percent; headed 'Nederland'
    /// unless the table's spec names that total (`share_of`).
    case shareOfNational(Period, table: String)
    /// Share of the sum of the rows of `table` (no total was delivered), in percent; the
    /// table's spec may name that total (`share_of`).
    case shareOfTable(Period, table: String)
    /// Share of the total the measure is part of, in percent.
    case shareOfTotal(Period)
    case ratePer10000(Period)
}

/// The unit a column header names after the column's text.
public enum ColumnUnit: Sendable, Hashable {
    /// '(%)': values of a percentage measure.
    case percent
    /// '(procentpunt)': changes of a percentage measure.
    case percentagePoints
    /// The unit the spec gives the measure ('dagen'), in the annex's language.
    case measure(MeasureReference)
}

/// A column of a rendered table: what it holds, of which measure (nil in a table with one row per
/// measure), how its numbers are shown and in which unit.
public struct TableColumn: Sendable, Hashable {
    public let measure: MeasureReference?
    public let content: ColumnContent
    public let format: CellFormat
    public let unit: ColumnUnit?

    public init(measure: MeasureReference?, content: ColumnContent, format: CellFormat, unit: ColumnUnit? = nil) {
        self.measure = measure
        self.content = content
        self.format = format
        self.unit = unit
    }
}

/// What a row of a rendered table stands for.
public enum RowKind: String, Sendable, Hashable {
    case region
    case measure
    /// The sum of the region rows.
    case sumOfRows
    /// The national total as printed in the source.
    case publishedTotal
    /// The national figure of a derived table (a ratio of two national totals).
    case national

    /// Whether the row is a total, which the annex sets in bold.
    public var isTotal: Bool { self != .region && self != .measure }
}

/// A row of a rendered table: what it stands for and one amount per column. Its label is made in
/// the annex's language: the region's name, the measure's name or the name of the total.
public struct TableRow: Sendable, Hashable {
    public let kind: RowKind
    /// Region code, or measure id for a row of kind `measure`; empty for the sum of the rows.
    public let code: String
    /// The region of a region row or a national row.
    public let region: Region?
    public let cells: [Amount]
}

/// The highest regions for one measure and period.
public struct Ranking: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public let rank: Int
        public let region: Region
        public let value: Exact
        /// Whether the value is estimated (and so is the rank).
        public let estimated: Bool
        /// The region's row in the table's dataset, so that the figure records place a rank without looking the
        /// region up.
        let row: Int
    }

    public let measure: Measure
    public let period: Period
    public let entries: [Entry]
    /// Regions with a missing or suppressed figure, which could not be ranked.
    public let unranked: Int
}

/// A published total that differs from the sum of its rows or parts.
public struct TotalDiscrepancy: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// The printed national total against the sum of the regions.
        case rows
        /// A total measure against the sum of its parts (ambulant + klinisch).
        case parts(total: Measure, parts: [Measure])
    }

    public let kind: Kind
    public let measure: Measure
    public let period: Period
    public let published: Exact
    /// The sum of the rows or parts that have a figure.
    public let sumOfKnown: Exact
    /// Rows or parts without a figure (missing or suppressed); when any, the full sum is unknown.
    /// Region names for `rows`, measure ids for `parts`.
    public let withoutFigure: [String]
    /// `published − sumOfKnown`.
    public var difference: Exact { published - sumOfKnown }

    /// Whether the total certainly differs: no row lacks a figure, or the rows that have one
    /// already exceed it. Otherwise the rows without a figure would have to hold `difference`.
    public var isProven: Bool { withoutFigure.isEmpty || sumOfKnown > published }
}

/// A correction that was applied to a figure of the table.
public struct AppliedCorrection: Sendable, Hashable {
    public let region: Region
    public let measure: Measure
    public let period: Period
    public let published: Amount
    public let corrected: Amount
    public let evidence: LocalizedText
}

/// A table ready for rendering: every cell computed, every note gathered. Renderers only format.
public struct ComputedTable: Sendable {
    /// The table's id in the spec; its title, sheet name and row header are looked up by it.
    public let id: String
    public let layout: TableLayout
    /// The table whose spec names the measures (the table itself, or the one it adds up).
    public let measuresFrom: String
    public let columns: [TableColumn]
    public private(set) var rows: TableRows
    public let rankings: [Ranking]
    public let discrepancies: [TotalDiscrepancy]
    public let incomplete: [IncompleteAggregate]
    public let corrections: [AppliedCorrection]
    /// Names matched through an alias that the alias list marks as doubtful.
    public let doubtfulAliases: [AliasUse]
    /// The municipal boundaries the figures are in, when converted.
    public let boundaryYear: Int?
    /// Figures converted to those boundaries.
    public let converted: [ConvertedFigure]
    /// What the published shares add up to.
    public let shareChecks: [ShareCheck]
    /// Counted figures that disagree with a published share.
    public let shareMismatches: [ShareMismatch]
    /// Signs of damage in the table as published (before corrections).
    public let suspicions: [Suspicion]
    /// The numbered notes that apply to the table.
    public let footnotes: [Footnote]
    /// The deliveries the figures come from, with the parts of them the data cite ('Tabel 1'); for a
    /// table computed from others (a ratio), those of its inputs.
    public let sources: [SourceCitation]
    /// Every figure and derived statistic of the table, for `figures.csv`, their sources cited in the words of
    /// `words`: made when asked for, so that a build without the machine-readable files holds no record per cell.
    public func figures(citing words: CitationWords) -> [FigureRecord] { makeFigures(words) }
    let makeFigures: @Sendable (CitationWords) -> [FigureRecord]

    /// The signs the cells show, gathered once when the table is computed.
    let signs: CellSigns

    /// Whether a cell holds nil: a counted figure of exactly zero.
    public var hasNil: Bool { signs.hasNil }

    /// The statuses other than `ok` that occur in the cells, in a fixed order.
    public var markersUsed: [Status] { signs.markersUsed }
}

/// What the cells of a table show beside values, found in one pass over its rows (which are made as
/// they are read), so that every renderer's sign line needs no pass of its own.
struct CellSigns: Sendable {
    /// Whether a cell holds nil: a counted figure of exactly zero.
    let hasNil: Bool
    /// The statuses other than `ok` that occur in the cells, in a fixed order.
    let markersUsed: [Status]

    init(_ rows: TableRows, _ columns: [TableColumn]) {
        // A few statuses among many cells: a short list compared by value, no hashing per cell.
        var used: [Status] = []
        var hasNil = false
        // The formats alone: a column copied per cell costs more than looking at the cell.
        let formats = columns.map(\.format)
        for row in rows {
            for (cell, format) in zip(row.cells, formats) {
                if cell.status != .ok {
                    if !used.contains(cell.status) { used.append(cell.status) }
                } else if !hasNil {
                    hasNil = NumberStyle.isNil(cell, format)
                }
            }
        }
        self.hasNil = hasNil
        markersUsed = Status.allCases.filter(used.contains)
    }
}

/// A whole report ready for rendering.
public struct ComputedReport: Sendable {
    public let spec: ReportSpec
    public let tables: [ComputedTable]
    /// The figures (charts and maps) drawn from the tables, in the annex's order.
    public let charts: [Chart]

    /// Every table's figures (`ComputedTable.figures(citing:)`), in order.
    public func figures(citing words: CitationWords) -> [FigureRecord] {
        tables.flatMap { $0.figures(citing: words) }
    }
    /// The rows and cells of every table (a label and a code per row besides its cells): the size of
    /// the data the annex renders.
    public var cellCount: Int { tables.reduce(0) { $0 + $1.rows.count * ($1.columns.count + 2) } }
    public var discrepancies: [(table: ComputedTable, discrepancy: TotalDiscrepancy)] {
        tables.flatMap { table in table.discrepancies.map { (table, $0) } }
    }
}

extension ComputedTable {
    /// The table with its rows made once and held, for passes that read rows at random and many times
    /// (figures and maps look rows up per panel and per category); a table's own writers read each row once.
    func holdingRows() -> ComputedTable {
        var table = self
        table.rows = TableRows(Array(rows))
        return table
    }
}
