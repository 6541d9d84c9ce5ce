/// The rows of a computed table. A large table's region rows are made from its dataset each time one
/// is read (label, code and cells of that row alone), so a table of a million rows never holds a
/// million rows (about 0,46 KB each); up to `heldLimit` of them are made once and held, since every
/// output passes over them again. The rows after them (the totals) and the rows of small derived
/// tables are held as made. Read a row once per pass (`for row in rows`, `let row = rows[index]`):
/// each subscript may make the row again.
public struct TableRows: RandomAccessCollection, Sendable {
    /// The number of rows made when read, before `held`.
    private let madeCount: Int
    /// The kind of every made row.
    private let madeKind: RowKind
    private let make: @Sendable (Int) -> TableRow
    private let held: [TableRow]

    /// Rows made in advance.
    public init(_ rows: [TableRow]) {
        self.init(madeCount: 0, kind: .region, make: { _ in preconditionFailure("every row is held") }, held: rows)
    }

    /// The most rows made by `make` that are made at once and held: about 30 MB of rows.
    static let heldLimit = 1 << 16

    /// `count` rows of `kind` made by `make` from their index, then `held`; made here and held when
    /// there are at most `heldLimit`, else made each time one is read.
    init(count: Int, kind: RowKind, make: @escaping @Sendable (Int) -> TableRow, then held: [TableRow]) {
        guard count > Self.heldLimit else {
            self.init((0..<count).map(make) + held)
            return
        }
        self.init(madeCount: count, kind: kind, make: make, held: held)
    }

    private init(madeCount: Int, kind: RowKind, make: @escaping @Sendable (Int) -> TableRow, held: [TableRow]) {
        self.madeCount = madeCount
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
