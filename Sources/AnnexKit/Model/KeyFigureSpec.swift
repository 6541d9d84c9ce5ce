/// A figure the annex's web page shows in its 'kerncijfers' block: a row of a table (a measure id
/// in a table with one row per measure; a region code, `NL` for the national row, in a table per
/// region, together with the measure), shown for the table's last period with its latest change.
public struct KeyFigureSpec: Sendable, Decodable, Equatable {
    public let table: String
    public let row: String
    /// The measure, in a table with one row per region.
    public let measure: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case table, row, measure }

    public init(table: String, row: String, measure: String? = nil) {
        self.table = table
        self.row = row
        self.measure = measure
    }

    public init(from decoder: Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        table = try container.decode(String.self, forKey: .table)
        row = try container.decode(String.self, forKey: .row)
        measure = try container.decodeIfPresent(String.self, forKey: .measure)
    }
}
