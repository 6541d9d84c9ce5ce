/// A delivery and the tables of it that a table's figures cite, for the table's source line.
public struct SourceCitation: Sendable, Hashable {
    public let delivery: Delivery
    /// The delivery's tables cited ('Tabel 1'), in order of first appearance; may be empty.
    public var tables: [String]

    public init(delivery: Delivery, tables: [String] = []) {
        self.delivery = delivery
        self.tables = tables
    }

    /// The citations of `provenances`: each delivery once, with its tables, in order of first
    /// appearance.
    public static func of<S: Sequence>(_ provenances: S) -> [SourceCitation] where S.Element == Provenance {
        var result: [SourceCitation] = []
        var index: [Delivery: Int] = [:]
        for provenance in provenances {
            let position = index[provenance.delivery] ?? {
                result.append(SourceCitation(delivery: provenance.delivery))
                index[provenance.delivery] = result.count - 1
                return result.count - 1
            }()
            if !provenance.table.isEmpty && !result[position].tables.contains(provenance.table) {
                result[position].tables.append(provenance.table)
            }
        }
        return result
    }

    /// `first` followed by what `second` adds: its deliveries and tables not in `first`.
    public static func merged(_ first: [SourceCitation], _ second: [SourceCitation]) -> [SourceCitation] {
        of(first.flatMap(\.provenances) + second.flatMap(\.provenances))
    }

    /// One provenance per table cited (or for the delivery alone), to merge citations.
    private var provenances: [Provenance] {
        tables.isEmpty ? [Provenance(delivery: delivery, table: "")]
            : tables.map { Provenance(delivery: delivery, table: $0) }
    }
}
