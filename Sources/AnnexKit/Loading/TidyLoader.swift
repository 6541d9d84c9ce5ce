/// Loads a tidy figures file: one figure per row.
///
/// Columns `region_type,region,measure,period,value` are required; `table` and `line` (where
/// in the source the figure was printed) are kept as provenance. Values are plain numbers (or, if
/// the file's cells establish it, Dutch: see `FileNumbers`); blank is missing, `x` suppressed.
enum TidyLoader {
    static let requiredColumns = ["region_type", "region", "measure", "period", "value"]

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
        // The last row's table, made a text once for the rows that name the same (most of a file).
        var table = (bytes: [UInt8](), text: "")
        // The last row's provenance: the rows that name the same table and printed line (a region's figures)
        // share its fields, each at its own line of the file, as a file's figures share its citation.
        var cited: (table: String, printedAt: Int?, provenance: Provenance)?
        try CSVReader.forEachRecord(path: path, file: file, required: requiredColumns) { named, record in
            let column = columns ?? Columns(named)
            columns = column
            let typeText = record.trimmed(column.regionType)
            guard let type = RegionType(rawValue: typeText.lowercased()) else {
                builder.record(.unknownRegionType(name: typeText), line: record.line, column: column.regionType + 1)
                return []
            }
            let row = builder.row(region: record.trimmed(column.region), type: type, line: record.line,
                                  column: column.region + 1)
            let measure = builder.measure(record.trimmed(column.measure), line: record.line, column: column.measure + 1)
            let period = builder.period(record.trimmed(column.period), line: record.line, column: column.period + 1)
            if let position = column.table {
                record.withField(position) { field in
                    field.withTrimmedSpaces { bytes in
                        guard !bytes.elementsEqual(table.bytes) else { return }
                        table = (Array(bytes), String(decoding: bytes, as: UTF8.self))
                    }
                }
            }
            let printedAt = column.line.flatMap { Int(record.trimmed($0)) }
            let provenance: Provenance
            if let last = cited, last.printedAt == printedAt, last.table == table.text {
                provenance = last.provenance.atFileLine(record.line)
            } else {
                provenance = citation.provenance(line: record.line, table: table.text, printedAt: printedAt)
                cited = (table.text, printedAt, provenance)
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
