/// Loads a tidy figures file: one figure per row.
///
/// Columns `region_type,region,measure,period,value` are required; `table` and `line` (where
/// in the source the figure was printed) are kept as provenance. Values are plain numbers;
/// blank is missing, `x` suppressed.
enum TidyLoader {
    static let requiredColumns = ["region_type", "region", "measure", "period", "value"]

    static func load(path: String, file: String, spec: TableSpec, source: String, gazetteer: Gazetteer) throws -> LoadedDataset {
        var builder = DatasetBuilder(file: file, spec: spec, gazetteer: gazetteer)
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
            let amount: Amount
            switch CellParser.amount(field("value"), notation: .plain) {
            case .success(let parsed): amount = parsed
            case .failure(let problem):
                builder.record(problem, line: record.line, column: column("value"))
                return []
            }
            guard let row, let measure, let period else { return [] }
            let provenance = Provenance(source: source, table: field("table"), line: Int(field("line")))
            builder.set(row: row, measure: measure, period: period, cell: Cell(amount: amount, provenance: provenance),
                        line: record.line)
            return []
        }
        return try builder.finish()
    }
}
