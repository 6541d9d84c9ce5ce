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
    /// appearance. A table's figures mostly cite the delivery of the figure before, which is found
    /// by comparing it with that one, without hashing it.
    public static func of<S: Sequence>(_ provenances: S) -> [SourceCitation] where S.Element == Provenance {
        var result: [SourceCitation] = []
        var index: [Delivery: Int] = [:]
        var last: Int?
        for provenance in provenances {
            let position: Int
            if let last, result[last].delivery == provenance.delivery {
                position = last
            } else if let known = index[provenance.delivery] {
                position = known
            } else {
                position = result.count
                result.append(SourceCitation(delivery: provenance.delivery))
                index[provenance.delivery] = position
            }
            last = position
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
