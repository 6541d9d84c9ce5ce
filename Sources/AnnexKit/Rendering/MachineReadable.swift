import Foundation

/// Machine-readable outputs: per-table CSV laid out like the annex, and every figure as CSV and JSON.
/// Plain numbers at full precision ('.' decimals, percentages as percent), nothing rounded.
public enum MachineReadable {
    /// A table as CSV: label, code, then one column per annex column. Missing is `.`,
    /// suppressed `x`, not comparable `n.vgl.`, not applicable empty; an estimated value has `~`
    /// before it and an incomplete sum `≥`, so neither passes for a counted figure.
    public static func tableCSV(_ table: ComputedTable) -> String {
        var writer = CSVWriter()
        writer.row([table.rowHeader, "code"] + table.columns.map(\.header))
        for row in table.rows {
            writer.row([row.label, row.code] + row.cells.map(plain))
        }
        return writer.text
    }

    static func plain(_ amount: Amount) -> String {
        guard let value = amount.double else { return DutchFormat.marker(amount.status) }
        let prefix = amount.status == .estimated ? "~" : DutchFormat.prefix(amount.status)
        return prefix + PlainNumber.format(value)
    }

    static func fields(_ figure: FigureRecord) -> [String] {
        [figure.table, figure.region.type.rawValue, figure.region.code, figure.region.name, figure.measure,
         figure.period, figure.statistic.rawValue, figure.comparedTo, figure.amount.double.map(PlainNumber.format) ?? "",
         figure.amount.status.rawValue, figure.source]
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
