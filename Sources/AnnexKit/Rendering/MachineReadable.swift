/// Machine-readable outputs: per-table CSV laid out like the annex, and every figure as CSV and JSON.
/// Plain numbers at full precision ('.' decimals, percentages as percent): exact decimals, see
/// `PlainNumber` for values whose decimals do not end.
public enum MachineReadable {
    /// A table as CSV, laid out and labelled like the annex in its language: label, code, then one
    /// column per annex column, numbers plain. Markers as in the annex (missing `.`, suppressed `x`),
    /// not applicable empty; an estimated value has `~` before it and an incomplete sum `≥`, so
    /// neither passes for a counted figure.
    /// Written a row at a time, handed to `write` in blocks (`CSVWriter.flush`).
    static func tableCSV(_ table: ComputedTable, _ wording: Wording, to write: (ByteBuffer) throws -> Void) throws {
        var writer = CSVWriter()
        writer.row([wording.rowHeader(table), "code"] + table.columns.map(wording.header))
        let numbers = wording.numbers
        for row in table.rows {
            writer.field(wording.label(row, in: table))
            writer.field(row.code)
            for cell in row.cells { plain(cell, numbers, to: &writer) }
            writer.endRow()
            try writer.flush(to: write)
        }
        try writer.flush(finished: true, to: write)
    }

    /// A cell of `tables/*.csv`: the marker of a gap, or the value after `~` (an estimate) or `≥` (an
    /// incomplete sum).
    static func plain(_ amount: Amount, _ numbers: NumberStyle, to writer: inout CSVWriter) {
        guard let value = amount.exact else { return writer.field(numbers.marker(amount.status)) }
        writer.field(value, prefix: amount.status == .estimated ? "~" : NumberStyle.prefix(amount.status))
    }

    /// `findings.csv`: one row per finding (`TableFinding.columns`): the table, the kind and the
    /// finding in the annex's language.
    static func findingsCSV(_ findings: [TableFinding]) -> ByteBuffer {
        var writer = CSVWriter()
        writer.row(TableFinding.columns)
        for finding in findings { writer.row([finding.table, finding.kind.rawValue, finding.text]) }
        return writer.buffer
    }

    /// `figures.csv` (one row per figure, the columns of `FigureRecord.columns`) and `figures.json` (schema 2:
    /// `sources`, each source text once, then `figures`, an object per figure with the same keys, `value` a number
    /// or null and `source` the position of its text in `sources`), written in one pass over the records and
    /// handed to `csv` and `json` a block at a time: a value's digits are made once for both files, a source's
    /// CSV field and JSON string once per text (`FigureSources`). The figures come as each table made them
    /// (`ComputedTable.figures`), not copied into one array.
    static func figureFiles(_ tables: [[FigureRecord]], csv writeCSV: (ByteBuffer) throws -> Void,
                            json writeJSON: (ByteBuffer) throws -> Void) throws {
        let sources = FigureSources(tables)
        let count = tables.reduce(0) { $0 + $1.count }
        var json = ByteBuffer(), value = ByteBuffer()
        // Every source's CSV field, one after the other: that of source `n` ends at `csvEnds[n]`.
        var csvSources = ByteBuffer(), csvEnds: [Int] = []
        csvEnds.reserveCapacity(sources.texts.count)
        json.append("{\"schema\":\(figuresSchema),\n\"sources\":[")
        for (number, text) in sources.texts.enumerated() {
            CSVWriter.encode(text, to: &csvSources)
            csvEnds.append(csvSources.count)
            json.append(number == 0 ? "\n  " : ",\n  ")
            appendJSONString(text, to: &json)
            try flush(&json, to: writeJSON)
        }
        json.append("\n],\n\"figures\":[\n")
        var csv = CSVWriter()
        csv.row(FigureRecord.columns)
        func pair(_ key: StaticString, _ text: String, to json: inout ByteBuffer) {
            json.append(UInt8(ascii: "\""))
            json.append(key)
            json.append("\":")
            appendJSONString(text, to: &json)
            json.append(UInt8(ascii: ","))
        }
        // A figure's table, region and measure, encoded for both files: most figures share them with the
        // figure before (`sharesRow`), whose bytes are then copied. A figure is read in place, not copied.
        var row = (figure: nil as FigureRecord?, csv: ByteBuffer(), json: ByteBuffer())
        var index = 0
        for figures in tables {
            try figures.withUnsafeBufferPointer { figures in
                for offset in figures.indices {
                    let figure = figures.baseAddress! + offset
                    if row.figure.map({ !figure.pointee.sharesRow(with: $0) }) ?? true {
                        var fields = CSVWriter(), object = ByteBuffer()
                        for text in [figure.pointee.table, figure.pointee.region.type.rawValue,
                                     figure.pointee.region.code, figure.pointee.region.name, figure.pointee.measure] {
                            fields.field(text)
                        }
                        pair("table", figure.pointee.table, to: &object)
                        pair("region_type", figure.pointee.region.type.rawValue, to: &object)
                        pair("region_code", figure.pointee.region.code, to: &object)
                        pair("region_name", figure.pointee.region.name, to: &object)
                        pair("measure", figure.pointee.measure, to: &object)
                        row = (figure.pointee, fields.buffer, object)
                    }
                    value.bytes.removeAll(keepingCapacity: true)
                    if let exact = figure.pointee.amount.exact { PlainNumber.append(exact, to: &value) }
                    let source = sources.numbers[index]
                    csv.field(encoded: row.csv.bytes[...])
                    csv.field(figure.pointee.period)
                    csv.field(figure.pointee.statistic.rawValue)
                    csv.field(figure.pointee.comparedTo)
                    csv.field(encoded: value.bytes[...])
                    csv.field(figure.pointee.amount.status.rawValue)
                    csv.field(encoded: csvSources.bytes[(source == 0 ? 0 : csvEnds[source - 1])..<csvEnds[source]])
                    csv.endRow()
                    try csv.flush(to: writeCSV)
                    json.append("  {")
                    json.append(row.json)
                    pair("period", figure.pointee.period, to: &json)
                    pair("statistic", figure.pointee.statistic.rawValue, to: &json)
                    pair("compared_to", figure.pointee.comparedTo, to: &json)
                    json.append("\"value\":")
                    if value.count > 0 { json.append(value) } else { json.append("null") }
                    json.append(UInt8(ascii: ","))
                    pair("status", figure.pointee.amount.status.rawValue, to: &json)
                    json.append("\"source\":")
                    json.append(decimal: source)
                    index += 1
                    json.append(index < count ? "},\n" : "}\n")
                    try flush(&json, to: writeJSON)
                }
            }
        }
        json.append("]}\n")
        try writeJSON(json)
        try csv.flush(finished: true, to: writeCSV)
    }

    /// The version of `figures.json`'s layout: 2 since the sources are listed once (1 was an array of
    /// figures, each with its source's text).
    static let figuresSchema = 2

    /// `json` handed to `write` and emptied once it holds a block (`CSVWriter.blockSize`).
    private static func flush(_ json: inout ByteBuffer, to write: (ByteBuffer) throws -> Void) throws {
        guard json.count >= CSVWriter.blockSize else { return }
        try write(json)
        json.bytes.removeAll(keepingCapacity: true)
    }

    static func jsonString(_ text: String) -> String {
        var out = ByteBuffer()
        appendJSONString(text, to: &out)
        return out.text
    }

    /// `text` as a JSON string, in quotes, appended to `out`; the runs of bytes that need no escape
    /// are copied whole.
    static func appendJSONString(_ text: String, to out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated()
            where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): out.append("\\\"")
                case UInt8(ascii: "\\"): out.append("\\\\")
                case UInt8(ascii: "\n"): out.append("\\n")
                case UInt8(ascii: "\r"): out.append("\\r")
                case UInt8(ascii: "\t"): out.append("\\t")
                default:
                    out.append("\\u00")
                    out.append(hexDigits[Int(byte >> 4)])
                    out.append(hexDigits[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
