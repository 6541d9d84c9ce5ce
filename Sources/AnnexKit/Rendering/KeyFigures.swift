/// A figure of the web page's 'kerncijfers' block: a cell of a computed table for its last period,
/// with the latest change beside it. Picked from the cells the computation made, never computed again.
struct KeyFigure {
    let table: ComputedTable
    /// What the figure is: 'Gevangeniswezen 2022', 'Meldingen einde detentie 2023, Nederland'.
    let label: String
    /// The figure as the table shows it: '26.690'.
    let value: String
    /// The latest change as the table shows it, with the period it is compared with:
    /// '+7,7% ten opzichte van 2021'; nil when the table has no change column for it.
    let change: String?

    /// The key figures of a report as its spec lists them; a figure the tables do not have is an
    /// error naming the spec.
    static func all(_ report: ComputedReport, _ wording: Wording) throws -> [KeyFigure] {
        try report.spec.keyFigures.map { try pick($0, report, wording) }
    }

    static func pick(_ spec: KeyFigureSpec, _ report: ComputedReport, _ wording: Wording) throws -> KeyFigure {
        func failure(_ message: Message) -> LoadErrors {
            let values: [String: MessageText.Value] = ["table": "\(spec.table)", "row": "\(spec.row)",
                                                       "measure": "\(spec.measure ?? "")"]
            return LoadErrors([LoadError(file: report.spec.id, .invalidSpec(reason: MessageText(message, values)))])
        }
        guard let table = report.tables.first(where: { $0.id == spec.table }) else {
            throw failure(.specKeyFigureTable)
        }
        guard let row = table.rows.first(where: { $0.code == spec.row }) else { throw failure(.specKeyFigureNoRow) }
        func shown(_ column: Int) -> String {
            wording.numbers.cell(row.cells[column], as: table.columns[column].format)
        }
        let measure = table.columnMeasures.first { $0?.measure == spec.measure } ?? nil
        guard let index = table.periodColumns(of: measure).last?.index else {
            throw failure(.specKeyFigureNoFigures)
        }
        let change = table.latestChangeColumn(of: measure).map { column, earlier in
            wording(.annexKeyChange, ["change": shown(column), "period": earlier.label])
        }
        let header = wording.header(table.columns[index])
        let label = table.layout == .measures ? wording.label(row, in: table) + " " + header
            : header + ", " + (row.region.map(wording.regionName) ?? wording.label(row, in: table))
        return KeyFigure(table: table, label: label, value: shown(index), change: change)
    }
}
