/// How much room wrapped text needs in a worksheet cell, in any font: heights are computed from the
/// text's length and the column's width with a safety margin, never from one font's metrics, so a
/// reader without Calibri (LibreOffice with a fallback font) sees every line too.
enum TextFit {
    /// A column width is counted in digits of the default font. Text in a wider fallback font
    /// (DejaVu Sans for Calibri) takes up to a quarter more, so a line holds at most 0,8 character
    /// per unit of width.
    static let charactersPerUnit = 0.8
    /// Room a cell keeps free at its sides, in units of width.
    static let cellPadding = 1.0
    /// Height of one line of 11 pt text, in points, with the leading of the widest common fonts.
    static let lineHeight = 15.0
    /// Room above and below the lines of a cell, in points.
    static let rowPadding = 4.0
    /// Height of a title row (14 pt text), in points.
    static let titleHeight = 22.0

    /// How many characters fit on one line of a column `width` units wide.
    static func capacity(_ width: Double) -> Int {
        max(Int(((width - cellPadding) * charactersPerUnit).rounded(.down)), 1)
    }

    /// The width a column needs so that `word` fits on one line: the inverse of `capacity`.
    static func width(forWord characters: Int) -> Double {
        (Double(characters) / charactersPerUnit).rounded(.up) + cellPadding
    }

    /// The lines `text` takes when wrapped at word boundaries in a column `width` units wide; each
    /// paragraph (line break) starts a new line, a word longer than a line takes as many as it needs.
    static func lines(_ text: String, width: Double) -> Int {
        let capacity = capacity(width)
        return text.split(separator: "\n", omittingEmptySubsequences: false).reduce(0) { total, paragraph in
            var lines = 1, used = 0
            for word in paragraph.split(separator: " ").map(\.count) {
                let needed = used == 0 ? word : used + 1 + word
                if needed <= capacity {
                    used = needed
                } else if used == 0 {
                    lines += (word - 1) / capacity
                    used = word - (word - 1) / capacity * capacity
                } else {
                    lines += 1 + (word - 1) / capacity
                    used = word - (word - 1) / capacity * capacity
                }
            }
            return total + lines
        }
    }

    /// The height in points of a row whose wrapped text takes `lines` lines.
    static func height(lines: Int) -> Double {
        Double(max(lines, 1)) * lineHeight + rowPadding
    }
}
