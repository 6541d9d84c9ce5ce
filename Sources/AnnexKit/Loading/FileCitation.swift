/// What every figure read from one data file cites: its delivery, the delivery's table, and the
/// file as the spec names it (not where it was found on this machine, so that `figures.csv` is
/// the same everywhere).
struct FileCitation: Sendable {
    let delivery: Delivery
    /// The delivery's table, when the spec names it (`table:` of the file's entry).
    let table: String
    /// The file as named under `data:`, with the worksheet of a workbook (`x.xlsx[Gemeenten]`).
    let file: String

    /// The provenance of the file's figures but for their line, shared by all of them.
    private let shared: Provenance

    init(delivery: Delivery, table: String = "", file: String) {
        self.delivery = delivery
        self.table = table
        self.file = file
        shared = Provenance(delivery: delivery, table: table, file: FileLocation(file: file, line: 0))
    }

    /// The same citation for a worksheet of the workbook.
    func sheet(_ name: String) -> FileCitation {
        FileCitation(delivery: delivery, table: table, file: "\(file)[\(name)]")
    }

    /// The provenance of a figure on `line` of the file; a tidy file names the delivery's table
    /// (`table`) and the line it is printed on (`printedAt`) per figure.
    func provenance(line: Int, table: String? = nil, printedAt: Int? = nil) -> Provenance {
        let named = table.map { $0.isEmpty ? self.table : $0 } ?? self.table
        guard named == self.table && printedAt == nil else {
            return Provenance(delivery: delivery, table: named, line: printedAt,
                              file: FileLocation(file: file, line: line))
        }
        return shared.atFileLine(line)
    }
}
