import Foundation

/// Machine-readable outputs: per-table CSV laid out like the annex, and every figure as CSV and JSON.
/// Plain numbers at full precision ('.' decimals, percentages as percent): exact decimals, see
/// `PlainNumber` for values whose decimals do not end.
public enum MachineReadable {
    /// A table as CSV, laid out and labelled like the annex in its language: label, code, then one
    /// column per annex column, numbers plain. Markers as in the annex (missing `.`, suppressed `x`),
    /// not applicable empty; an estimated value has `~` before it and an incomplete sum `≥`, so
    /// neither passes for a counted figure.
    public static func tableCSV(_ table: ComputedTable, _ wording: Wording) -> String {
        var writer = CSVWriter()
        writer.row([wording.rowHeader(table), "code"] + table.columns.map(wording.header))
        for row in table.rows {
            writer.row([wording.label(row, in: table), row.code] + row.cells.map { plain($0, wording.numbers) })
        }
        return writer.text
    }

    static func plain(_ amount: Amount, _ numbers: NumberStyle) -> String {
        guard let value = amount.exact else { return numbers.marker(amount.status) }
        let prefix = amount.status == .estimated ? "~" : NumberStyle.prefix(amount.status)
        return prefix + PlainNumber.format(value)
    }

    static func fields(_ figure: FigureRecord) -> [String] {
        [figure.table, figure.region.type.rawValue, figure.region.code, figure.region.name, figure.measure,
         figure.period, figure.statistic.rawValue, figure.comparedTo, figure.amount.exact.map(PlainNumber.format) ?? "",
         figure.amount.status.rawValue, figure.source]
    }

    /// `findings.csv`: one row per finding (`TableFinding.columns`): the table, the kind and the
    /// finding in the annex's language.
    public static func findingsCSV(_ findings: [TableFinding]) -> String {
        var writer = CSVWriter()
        writer.row(TableFinding.columns)
        for finding in findings { writer.row([finding.table, finding.kind.rawValue, finding.text]) }
        return writer.text
    }

    /// `figures.csv`: one row per figure with the columns of `FigureRecord.columns`.
    public static func figuresCSV(_ figures: [FigureRecord]) -> String {
        var writer = CSVWriter()
        writer.row(FigureRecord.columns)
        for figure in figures { writer.row(fields(figure)) }
        return writer.text
    }

    /// `figures.json`: an array of objects with the same keys; `value` is a number or null.
    public static func figuresJSON(_ figures: [FigureRecord]) -> String {
        var out = "[\n"
        for (index, figure) in figures.enumerated() {
            let pairs = zip(FigureRecord.columns, fields(figure)).map { key, field in
                let value = key == "value" ? (field.isEmpty ? "null" : field) : jsonString(field)
                return "\"\(key)\":\(value)"
            }
            out += "  {" + pairs.joined(separator: ",") + "}" + (index < figures.count - 1 ? ",\n" : "\n")
        }
        return out + "]\n"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20: out += String(format: "\\u%04x", s.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
