/// Loads a tidy figures file: one figure per row.
///
/// Columns `region_type,region,measure,period,value` are required; `table` and `line` (where
/// in the source the figure was printed) are kept as provenance. Values are plain numbers (or, if
/// the file's cells establish it, Dutch: see `FileNumbers`); blank is missing, `x` suppressed.
enum TidyLoader {
    static let requiredColumns = ["region_type", "region", "measure", "period", "value"]
    /// How many distinct region types, measures, periods and tables of a file are remembered by their bytes.
    private static let namesRemembered = 16

    /// `valueKind`: the kind of every value when the file is not of the table's measures (shares);
    /// `periods`: the periods the file provides (nil: all of the table's).
    static func load(path: String, file: String, spec: TableSpec, citation: FileCitation, gazetteer: Gazetteer,
                     ownRegions: OwnRegions? = nil, valueKind: MeasureKind? = nil,
                     periods: [Period]? = nil) throws -> LoadedDataset {
        var builder = DatasetBuilder(file: file, spec: spec, gazetteer: gazetteer, ownRegions: ownRegions,
                                     valueKind: valueKind, periods: periods)
        do {
            try read(path: path, file: file, citation: citation, into: &builder)
        } catch let failure as LoadErrors {
            builder.record(failure)
        }
        return try builder.finish()
    }

    private static func read(path: String, file: String, citation: FileCitation,
                             into builder: inout DatasetBuilder) throws {
        var columns: Columns?
        // Each column's texts read once: the few region types, measures, periods and tables of the file, and the
        // last row's region and printed line (a region's figures are on consecutive lines).
        var types = FieldMemo<RegionType>(capacity: namesRemembered)
        var measures = FieldMemo<Int>(capacity: namesRemembered), periods = FieldMemo<Int>(capacity: namesRemembered)
        var tables = FieldMemo<String>(capacity: namesRemembered)
        var regions = FieldMemo<String>(capacity: 1), printed = FieldMemo<Int>(capacity: 1)
        // The last row's provenance: the rows that name the same table and printed line (a region's figures)
        // share its fields, each at its own line of the file, as a file's figures share its citation.
        var cited: (table: String, printedAt: Int?, provenance: Provenance)?
        try CSVReader.forEachRecord(path: path, file: file, required: requiredColumns) { named, record in
            let column = columns ?? Columns(named)
            columns = column
            func memoized<Value>(_ position: Int, _ memo: inout FieldMemo<Value>,
                                 _ read: (String) -> Value?) -> Value? {
                record.withField(position) { field in field.withTrimmedSpaces { memo.value($0, read) } }
            }
            let type = memoized(column.regionType, &types) { text in
                guard let type = RegionType(rawValue: text.lowercased()) else {
                    builder.record(.unknownRegionType(name: text), line: record.line, column: column.regionType + 1)
                    return nil
                }
                return type
            }
            guard let type else { return [] }
            let region = memoized(column.region, &regions) { $0 } ?? ""
            let row = builder.row(region: region, type: type, line: record.line, column: column.region + 1)
            let measure = memoized(column.measure, &measures) {
                builder.measure($0, line: record.line, column: column.measure + 1)
            }
            let period = memoized(column.period, &periods) {
                builder.period($0, line: record.line, column: column.period + 1)
            }
            let table = column.table.flatMap { memoized($0, &tables) { $0 } } ?? ""
            let printedAt = column.line.flatMap { memoized($0, &printed) { Int($0) } }
            let provenance: Provenance
            if let last = cited, last.printedAt == printedAt, last.table == table {
                provenance = last.provenance.atFileLine(record.line)
            } else {
                provenance = citation.provenance(line: record.line, table: table, printedAt: printedAt)
                cited = (table, printedAt, provenance)
            }
            record.withField(column.value) { value in
                builder.figure(value, row: row, measure: measure, period: period, line: record.line,
                               column: column.value + 1, provenance: provenance)
            }
            return []
        }
    }

    /// Where a tidy file's columns are (0-based), found once from its header.
    private struct Columns {
        let regionType, region, measure, period, value: Int
        let table, line: Int?

        /// The positions of `named`'s columns, which has every required one.
        init(_ named: NamedColumns) {
            func required(_ name: String) -> Int { named.position(name) ?? 0 }
            (regionType, region, measure, period, value) = (required("region_type"), required("region"),
                                                            required("measure"), required("period"), required("value"))
            (table, line) = (named.position("table"), named.position("line"))
        }
    }
}
