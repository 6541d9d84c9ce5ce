/// A row of a table pasted with spaces: a label, a run of two or more spaces, and one value that opens with a digit,
/// a sign or '€' ('Rechtbanken  2.140', '18-64 jaar  5.420', 'Horeca  78', 'Totaal  370,3'). In a block of two or
/// more such lines each is read as the value line 'Label: value' it stands for (`TabValueLine.line(cells:)`), as a
/// row split by a tab is; a lone such line stays text whose run of spaces splits it (`TextDocument`: text saved as
/// one long line).
enum SpacedRow {
    /// The value line the line `text` stands for, if it is such a row.
    static func line(_ text: String.UnicodeScalarView) -> String? {
        let plain = String(text).replacingOccurrences(of: "\u{A0}", with: " ")
        guard !plain.contains("\t") else { return nil }
        let cells = plain.components(separatedBy: cellGap).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        guard cells.count == 2, let opening = cells[1].unicodeScalars.first,
            ("0"..."9").contains(opening) || valueOpeners.contains(opening)
        else { return nil }
        return TabValueLine.line(cells: cells)
    }

    /// The least run of spaces between a row's label and its value.
    private static let cellGap = "  "
    /// Marks a value may open with before its digits ('€ 12,4', '−3', '+8%').
    private static let valueOpeners: Set<Unicode.Scalar> = ["€", "+", "-", "−"]
}
