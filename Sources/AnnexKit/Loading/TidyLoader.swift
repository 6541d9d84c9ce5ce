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
        try CSVReader.forEachRecord(path: path, file: file, required: requiredColumns) { columns, record in
            func field(_ name: String) -> String { columns.field(name, in: record) }
            func column(_ name: String) -> Int { columns.column(name) ?? 0 }
            let typeText = field("region_type")
            guard let type = RegionType(rawValue: typeText.lowercased()) else {
                builder.record(.unknownRegionType(name: typeText), line: record.line, column: column("region_type"))
                return []
            }
            let row = builder.row(region: field("region"), type: type, line: record.line, column: column("region"))
            let measure = builder.measure(field("measure"), line: record.line, column: column("measure"))
            let period = builder.period(field("period"), line: record.line, column: column("period"))
            let provenance = citation.provenance(line: record.line, table: field("table"),
                                                 printedAt: Int(field("line")))
            builder.figure(field("value"), row: row, measure: measure, period: period, line: record.line,
                           column: column("value"), provenance: provenance)
            return []
        }
    }
}
