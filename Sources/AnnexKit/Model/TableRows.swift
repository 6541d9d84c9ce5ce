/// The rows of a computed table. A table's region rows are made from its dataset each time one is
/// read (label, code and cells of that row alone), so a table of a million rows never holds a
/// million rows (about 0,46 KB each); the rows after them (the totals) and the rows of small derived
/// tables are held as made. Read a row once per pass (`for row in rows`, `let row = rows[index]`):
/// each subscript makes the row again.
public struct TableRows: RandomAccessCollection, Sendable {
    /// The number of rows made when read, before `held`.
    private let madeCount: Int
    /// The kind of every made row.
    private let madeKind: RowKind
    private let make: @Sendable (Int) -> TableRow
    private let held: [TableRow]

    /// Rows made in advance.
    public init(_ rows: [TableRow]) {
        self.init(count: 0, kind: .region, make: { _ in preconditionFailure("every row is held") }, then: rows)
    }

    /// `count` rows of `kind` made by `make` from their index, then `held`.
    init(count: Int, kind: RowKind, make: @escaping @Sendable (Int) -> TableRow, then held: [TableRow]) {
        madeCount = count
        madeKind = kind
        self.make = make
        self.held = held
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { madeCount + held.count }

    public subscript(index: Int) -> TableRow {
        index < madeCount ? make(index) : held[index - madeCount]
    }

    /// Whether a row of `kind` is among the rows, without making any.
    public func contains(kind: RowKind) -> Bool {
        (madeCount > 0 && madeKind == kind) || held.contains { $0.kind == kind }
    }
}
