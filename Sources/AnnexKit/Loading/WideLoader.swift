/// Loads a wide file laid out like the appendix tables of a report:
///
///     Gemeente;2022;;2023;
///     ;Meldingen begin detentie;Meldingen einde detentie;Meldingen begin detentie;Meldingen einde detentie
///     Amsterdam;1.500;2.077;1.886;2.111
///     Totaal;15.337;21.707;17.386;21.465
///
/// The first header row holds periods (a blank repeats the period to its left, as merged cells
/// export), the second measure labels. Numbers are Dutch (`1.500`, `13,4`; or, if the file's cells
/// establish it, plain: see `FileNumbers`); a `Totaal` row is
/// the published national total. Blank lines (page breaks) are skipped.
enum WideLoader {
    static func load(path: String, file: String, spec: TableSpec, source: String, gazetteer: Gazetteer) throws -> LoadedDataset {
        var reader = try CSVReader(path: path, file: file)
        var builder = DatasetBuilder(file: file, spec: spec, gazetteer: gazetteer, notation: .dutch)
        guard let periodHeader = reader.next(), let measureHeader = reader.next() else {
            throw LoadErrors([reader.error ?? LoadError(file: file, .emptyFile)])
        }
        let columns = headerColumns(periodHeader, measureHeader, builder: &builder)
        while let record = reader.next() {
            if record.isBlank { continue }
            let values = record.fields.dropFirst()
            if values.count > columns.count, values.dropFirst(columns.count).contains(where: { !$0.isEmpty }) {
                builder.record(.tooManyFields(expected: columns.count + 1, found: record.fields.count),
                               line: record.line, column: nil)
                continue
            }
            let row = builder.row(region: record.fields[0], type: nil, line: record.line, column: 1)
            let provenance = Provenance(source: source, table: spec.title, line: record.line)
            for (offset, text) in values.prefix(columns.count).enumerated() {
                guard let (measure, period) = columns[offset] else { continue }
                builder.figure(text, row: row, measure: measure, period: period, line: record.line, column: offset + 2,
                               provenance: provenance)
            }
        }
        if let error = reader.error { builder.record(error.problem, line: error.line, column: nil) }
        return try builder.finish()
    }

    /// The (measure, period) of each value column; nil where the header was not understood.
    private static func headerColumns(_ periods: CSVRecord, _ measures: CSVRecord,
                                      builder: inout DatasetBuilder) -> [(Int, Int)?] {
        let width = max(periods.fields.count, measures.fields.count) - 1
        var result: [(Int, Int)?] = []
        var currentPeriod = ""
        for offset in 0..<max(width, 0) {
            let position = offset + 1
            let periodText = position < periods.fields.count ? periods.fields[position].trimmingCharacters(in: .whitespaces) : ""
            let measureText = position < measures.fields.count ? measures.fields[position].trimmingCharacters(in: .whitespaces) : ""
            if !periodText.isEmpty { currentPeriod = periodText }
            if measureText.isEmpty && periodText.isEmpty {
                result.append(nil)
                continue
            }
            let period = builder.period(currentPeriod, line: periods.line, column: position + 1)
            let measure = builder.measure(measureText, line: measures.line, column: position + 1)
            if let measure, let period { result.append((measure, period)) } else { result.append(nil) }
        }
        return result
    }
}
