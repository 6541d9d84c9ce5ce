/// One loaded figure with its provenance.
public struct Cell: Sendable, Hashable {
    public var amount: Amount
    public var provenance: Provenance?

    public init(amount: Amount, provenance: Provenance?) {
        self.amount = amount
        self.provenance = provenance
    }

    /// A cell for which the source has no row at all.
    public static let absent = Cell(amount: .missing, provenance: nil)
}

/// Figures of one table as a dense grid: regions × measures × periods.
///
/// Rows are regions in source order; a published national total is the row of `Region.netherlands`.
/// The grid is stored flat and by column (`CellColumns`), so a table with a million rows is a few
/// arrays of numbers, not a dictionary or an object per cell.
public struct Dataset: Sendable {
    public let id: String
    public private(set) var regions: RegionColumn
    public let measures: [Measure]
    public let periods: [Period]
    private var cells = CellColumns()
    /// Rows by region type and code: what tells regions apart (a name may be spelled differently).
    private var rowIndex = RegionRowIndex()

    public init(id: String, measures: [Measure], periods: [Period]) {
        self.id = id
        self.regions = RegionColumn()
        self.measures = measures
        self.periods = periods
    }

    private var rowWidth: Int { measures.count * periods.count }

    /// The row of `region` (of its type and code), appended (all cells absent) when it is new.
    public mutating func row(for region: Region) -> Int {
        if let index = rowIndex.row(of: region, in: regions) { return index }
        regions.append(region)
        cells.appendAbsent(rowWidth)
        rowIndex.addLast(of: regions)
        return regions.count - 1
    }

    /// Makes room for `rows` rows whose codes and names take `textBytes` bytes in all, so that a large table's
    /// regions and cells are not copied as they grow; what is never filled is never touched. (The row index
    /// is not: its slots are filled with zeros when made.)
    mutating func reserveCapacity(rows: Int, textBytes: Int) {
        regions.reserveCapacity(rows: rows, textBytes: textBytes)
        cells.reserveCapacity(rows * rowWidth)
    }

    public func rowIndex(of region: Region) -> Int? { rowIndex.row(of: region, in: regions) }

    public subscript(row: Int, measure: Int, period: Int) -> Cell {
        get { cells[cellIndex(row, measure, period)] }
        set { cells[cellIndex(row, measure, period)] = newValue }
    }

    /// The amount of a cell alone, without making its provenance: what computing reads.
    func amount(row: Int, measure: Int, period: Int) -> Amount {
        cells.amount(at: cellIndex(row, measure, period))
    }

    /// The line of the data file a cell was read from; nil for a cell read from none (absent).
    func fileLine(row: Int, measure: Int, period: Int) -> Int? {
        cells.fileLine(at: cellIndex(row, measure, period))
    }

    /// Where a cell is stored: row by row, in each row measure by measure, in each measure period by period.
    private func cellIndex(_ row: Int, _ measure: Int, _ period: Int) -> Int {
        row * rowWidth + measure * periods.count + period
    }

    /// Index of the national row, if the source has one.
    public var nationalRow: Int? { rowIndex.row(of: .netherlands, in: regions) }

    /// Indices of the rows that are regions below the country (municipalities, districts).
    public var subnationalRows: [Int] { regions.indices.filter { regions.type(at: $0) != .land } }

    /// The provenance of the first figure that has one: where the dataset as a whole is cited from.
    public var firstProvenance: Provenance? { cells.firstProvenance }

    /// The deliveries the figures come from, with the tables of them the figures cite, in order
    /// of first appearance.
    public var sources: [SourceCitation] { SourceCitation.of(cells.citedRecords) }

    /// Adds the figures of `other`, a dataset of the same measures and periods read from another
    /// file: its regions that are new are appended, and each of its cells that holds a figure
    /// (has a provenance) is taken. The files of a table provide different periods (`SpecLoader`
    /// checks it), so no figure is given twice.
    public mutating func add(_ other: Dataset) {
        for (otherRow, region) in other.regions.enumerated() {
            let target = row(for: region)
            for m in measures.indices {
                for p in periods.indices where other[otherRow, m, p].provenance != nil {
                    self[target, m, p] = other[otherRow, m, p]
                }
            }
        }
    }
}
