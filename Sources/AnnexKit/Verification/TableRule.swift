/// A rule line of a table written as text: the line under its header or between its rows that only draws the columns
/// ('|---|---:|---:|' in Markdown, '------  -----' under aligned columns, '+----+----+' of a grid). Read once here for
/// every table reader (`TableBlock`, `TableAboveReader`, `BracketedTableReader`): inside a table such a line is no row
/// of it, and the table goes on under it; a line with any text ('| --- | Noord |') is none.
enum TableRule {
    /// Whether the line `line` is a rule: dashes, colons, bars, pluses, equals signs and spaces only, with a dash.
    static func isRule(_ line: String.UnicodeScalarView) -> Bool {
        line.contains("-") && line.allSatisfy(marks.contains)
    }

    /// The marks a rule is drawn with.
    private static let marks: Set<Unicode.Scalar> = ["-", "–", ":", "|", "+", "=", " ", "\t"]
}
