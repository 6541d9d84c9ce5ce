/// The rows of a worksheet: the rows laid out in advance (title, notes, header row), then a table's
/// rows, each laid out when a renderer or the accessibility check asks for it. A sheet of a million
/// rows is thus never held as cells: its rows are made one at a time from the computed table.
struct SheetRows: RandomAccessCollection, Sendable {
    /// The rows above the table's rows (or all rows of a sheet without a table).
    private let head: [[SheetCell?]]
    private let bodyCount: Int
    private let body: @Sendable (Int) -> [SheetCell?]

    /// Rows laid out in advance.
    init(_ rows: [[SheetCell?]]) {
        self.init(head: rows, count: 0) { _ in [] }
    }

    /// `head`, then `count` rows made by `body` from their index (0 for the first row below `head`).
    init(head: [[SheetCell?]], count: Int, body: @escaping @Sendable (Int) -> [SheetCell?]) {
        self.head = head
        bodyCount = count
        self.body = body
    }

    /// The number of rows laid out in advance.
    var headCount: Int { head.count }

    var startIndex: Int { 0 }
    var endIndex: Int { head.count + bodyCount }

    subscript(index: Int) -> [SheetCell?] {
        index < head.count ? head[index] : body(index - head.count)
    }
}
