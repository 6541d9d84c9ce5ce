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
    /// CSV field and JSON string once per source, from its parts (`FigureSources`). The figures come as each table
    /// made them (`ComputedTable.figures(citing:)`), not copied into one array.
    static func figureFiles(_ tables: [[FigureRecord]], csv writeCSV: (ByteBuffer) throws -> Void,
                            json writeJSON: (ByteBuffer) throws -> Void) throws {
        var sources = FigureSources(tables)
        let count = tables.reduce(0) { $0 + $1.count }
        var json = ByteBuffer(), value = ByteBuffer()
        // Every source's CSV field, one after the other, found by the source's number.
        // Room for each text and its quotes, and a `'` before it: most are written without growing.
        var csvSources = PackedBytes(capacity: sources.bytes + 3 * sources.count, pieces: sources.count)
        json.append("{\"schema\":\(figuresSchema),\n\"sources\":[")
        for number in 0..<sources.count {
            json.append(number == 0 ? "\n  " : ",\n  ")
            csvSources.add { sources.append(source: number, csv: &$0, json: &json) }
            try flush(&json, to: writeJSON)
        }
        json.append("\n],\n\"figures\":[\n")
        var csv = CSVWriter()
        csv.row(FigureRecord.columns)
        // A figure's table, region and measure, encoded for both files: most figures share them with the
        // figure before (`shareRow`), whose bytes are then copied; the first of a table's figures encodes them.
        // Its period and what it is compared to are encoded once for the few texts of each that alternate, the
        // statistics and statuses once each. A figure is read in place, not copied.
        var row = (csv: ByteBuffer(), json: ByteBuffer())
        var period = FigureField("period"), comparedTo = FigureField("compared_to")
        let statistics = Statistic.allCases, statisticFields = FixedFigureField("statistic", statistics)
        let statuses = Status.allCases, statusFields = FixedFigureField("status", statuses)
        var index = 0
        for figures in tables {
            try figures.withUnsafeBufferPointer { figures in
                for offset in figures.indices {
                    let figure = figures.baseAddress! + offset
                    if offset == 0 || !FigureRecord.shareRow(figure, figure - 1) {
                        var fields = CSVWriter()
                        row.json.removeAll()
                        for (key, text) in [("table", figure.pointee.table),
                                            ("region_type", figure.pointee.region.type.rawValue),
                                            ("region_code", figure.pointee.region.code),
                                            ("region_name", figure.pointee.region.name),
                                            ("measure", figure.pointee.measure)] as [(StaticString, String)] {
                            fields.field(text)
                            FigureField.pair(key, text, to: &row.json)
                        }
                        row.csv = fields.buffer
                    }
                    period.encode(figure.pointee.period)
                    comparedTo.encode(figure.pointee.comparedTo)
                    let statistic = statistics.firstIndex(of: figure.pointee.statistic)!
                    let status = statuses.firstIndex(of: figure.pointee.amount.status)!
                    value.removeAll()
                    if let exact = figure.pointee.amount.exact { PlainNumber.append(exact, to: &value) }
                    let source = sources.numbers[index], sourceField = csvSources.range(source)
                    // The row put whole, into room for its fields at their longest and the six commas between.
                    csv.row(atMost: row.csv.count + period.csvCount + statisticFields.longestCSV
                                + comparedTo.csvCount + value.count + statusFields.longestCSV + sourceField.count
                                + FigureRecord.columns.count - 1) { out in
                        out.put(row.csv)
                        out.put(UInt8(ascii: ","))
                        period.putCSV(to: &out)
                        out.put(UInt8(ascii: ","))
                        statisticFields.putCSV(statistic, to: &out)
                        out.put(UInt8(ascii: ","))
                        comparedTo.putCSV(to: &out)
                        out.put(UInt8(ascii: ","))
                        out.put(value)
                        out.put(UInt8(ascii: ","))
                        statusFields.putCSV(status, to: &out)
                        out.put(UInt8(ascii: ","))
                        out.put(csvSources.bytes, sourceField)
                    }
                    try csv.flush(to: writeCSV)
                    index += 1
                    // The object put whole, into room for its fields at their longest, the value as `null` at least,
                    // and the keys and punctuation around them with the source's number at its longest.
                    json.append(upTo: row.json.count + period.jsonCount + statisticFields.longestJSON
                                    + comparedTo.jsonCount + Swift.max(value.count, 4) + statusFields.longestJSON
                                    + Self.figureJSONPunctuation) { room in
                        var out = ByteCursor(room)
                        out.put("  {" as StaticString)
                        out.put(row.json)
                        period.putJSON(to: &out)
                        statisticFields.putJSON(statistic, to: &out)
                        comparedTo.putJSON(to: &out)
                        out.put("\"value\":" as StaticString)
                        if value.count > 0 { out.put(value) } else { out.put("null" as StaticString) }
                        out.put(UInt8(ascii: ","))
                        statusFields.putJSON(status, to: &out)
                        out.put("\"source\":" as StaticString)
                        out.put(digits: UInt(source))
                        out.put(index < count ? "},\n" as StaticString : "}\n")
                        return out.count
                    }
                    try flush(&json, to: writeJSON)
                }
            }
        }
        json.append("]}\n")
        try writeJSON(json)
        try csv.flush(finished: true, to: writeCSV)
    }

    /// The bytes a figure's object in `figures.json` has besides its fields and its value: `  {`, `"value":`, the
    /// comma after the value, `"source":` and the source's number (at most 20 digits), `},` and a line break.
    private static let figureJSONPunctuation = 3 + 8 + 1 + 9 + 20 + 3

    /// The version of `figures.json`'s layout: 2 since the sources are listed once (1 was an array of
    /// figures, each with its source's text).
    static let figuresSchema = 2

    /// `json` handed to `write` and emptied once it holds a block (`CSVWriter.blockSize`).
    private static func flush(_ json: inout ByteBuffer, to write: (ByteBuffer) throws -> Void) throws {
        guard json.count >= CSVWriter.blockSize else { return }
        try write(json)
        json.removeAll()
    }

    static func jsonString(_ text: String) -> String {
        var out = ByteBuffer()
        appendJSONString(text, to: &out)
        return out.text
    }

    /// `text` as a JSON string, in quotes, appended to `out`; the runs of bytes that need no escape
    /// are copied whole.
    static func appendJSONString(_ text: String, to out: inout ByteBuffer) {
        text.withUTF8InPlace { appendJSONString($0, to: &out) }
    }

    /// The bytes `utf8` as a JSON string (`appendJSONString(_:to:)`).
    static func appendJSONString(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout ByteBuffer) {
        out.append(UInt8(ascii: "\""))
        var start = 0
        while true {
            let index = jsonEscaped.first(in: utf8, from: start)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
            guard index < utf8.count else { break }
            start = index + 1
            switch utf8[index] {
            case UInt8(ascii: "\""): out.append("\\\"")
            case UInt8(ascii: "\\"): out.append("\\\\")
            case UInt8(ascii: "\n"): out.append("\\n")
            case UInt8(ascii: "\r"): out.append("\\r")
            case UInt8(ascii: "\t"): out.append("\\t")
            case let byte:
                out.append("\\u00")
                out.append(hexDigits[Int(byte >> 4)])
                out.append(hexDigits[Int(byte & 0xF)])
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A source text as its CSV field (`CSVWriter.encode`) appended to `csv` and as its JSON string
    /// (`appendJSONString`) appended to `json`, from one look through its bytes (`SourceLook`).
    static func appendSource(_ text: String, csv: inout ByteBuffer, json: inout ByteBuffer) {
        text.withUTF8InPlace { SourceLook($0).append($0, csv: &csv, json: &json) }
    }

    /// The bytes a JSON string escapes: the control characters, the quote and the backslash.
    private static let jsonEscaped = SpecialBytes(below: 0x20, "\"\\".utf8)

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

/// A text field of `figures.csv` and `figures.json`, encoded for both: its CSV field and its JSON pair
/// (`"key":"text",`). Keeps the encodings of the last few texts it was given (`encode`), as the figures that follow
/// one another alternate among a few (a period, and the period before it or the total a share is of).
private struct FigureField {
    let key: StaticString
    /// The texts encoded lately, with their CSV fields and JSON pairs; the current one at `current`.
    private var texts: [String] = [], csv: [ByteBuffer] = [], json: [ByteBuffer] = []
    private var current = 0
    /// Where the next text not kept goes once `kept` are: the one kept longest is replaced.
    private var next = 0

    init(_ key: StaticString) { self.key = key }

    /// How many texts' encodings are kept.
    private static let kept = 4

    /// The field's text from now on: encoded unless it is one of the texts kept.
    mutating func encode(_ text: String) {
        if current < texts.count && texts[current] == text { return }
        if let kept = texts.firstIndex(of: text) {
            current = kept
            return
        }
        var csvField = ByteBuffer(), jsonPair = ByteBuffer()
        CSVWriter.encode(text, to: &csvField)
        Self.pair(key, text, to: &jsonPair)
        if texts.count < Self.kept {
            current = texts.count
            texts.append(text)
            csv.append(csvField)
            json.append(jsonPair)
        } else {
            current = next
            (texts[current], csv[current], json[current]) = (text, csvField, jsonPair)
            next = (next + 1) % Self.kept
        }
    }

    /// The length of the current text's CSV field.
    var csvCount: Int { csv[current].count }

    /// The length of the current text's JSON pair.
    var jsonCount: Int { json[current].count }

    /// The current text's CSV field put by `out`.
    func putCSV(to out: inout ByteCursor) { out.put(csv[current]) }

    /// The current text's JSON pair put by `out`.
    func putJSON(to out: inout ByteCursor) { out.put(json[current]) }

    /// `"key":"text",` appended to `json`.
    static func pair(_ key: StaticString, _ text: String, to json: inout ByteBuffer) {
        json.append(UInt8(ascii: "\""))
        json.append(key)
        json.append("\":" as StaticString)
        MachineReadable.appendJSONString(text, to: &json)
        json.append(UInt8(ascii: ","))
    }
}

/// A field of `figures.csv` and `figures.json` whose texts are fixed (a statistic, a status): each value's CSV field
/// and JSON pair encoded once, packed in a buffer for each file, and copied from there by the value's position (no
/// encoding copied out of a list for each figure).
private struct FixedFigureField {
    private var csv = PackedBytes(), json = PackedBytes()
    /// The length of the longest CSV field and of the longest JSON pair.
    let longestCSV: Int, longestJSON: Int

    init<Value: RawRepresentable>(_ key: StaticString, _ values: [Value]) where Value.RawValue == String {
        for value in values {
            csv.add { CSVWriter.encode(value.rawValue, to: &$0) }
            json.add { FigureField.pair(key, value.rawValue, to: &$0) }
        }
        (longestCSV, longestJSON) = (csv.longest, json.longest)
    }

    /// The CSV field of the value at `position` put by `out`.
    func putCSV(_ position: Int, to out: inout ByteCursor) {
        out.put(csv.bytes, csv.range(position))
    }

    /// The JSON pair of the value at `position` put by `out`.
    func putJSON(_ position: Int, to out: inout ByteCursor) {
        out.put(json.bytes, json.range(position))
    }
}
