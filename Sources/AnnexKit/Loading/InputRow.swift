import Foundation

/// One cell of a table as received: text as written, or a number a workbook stores as a number.
enum InputCell: Sendable, Equatable {
    case text(String)
    /// The number exactly as the workbook stores it (`1412`, `12.5`, `1.5E-3`).
    case number(String)

    static let empty = InputCell.text("")

    /// The text as written, or the stored number.
    var text: String {
        switch self {
        case .text(let text): text
        case .number(let stored): stored
        }
    }

    /// The text without surrounding spaces and line breaks.
    var trimmed: String { text.trimmingWhitespaceAndNewlines() }

    /// The text on one line: line breaks (a wrapped cell) and runs of spaces as one space.
    var singleLine: String {
        let text = text
        return Self.isSingleLine(text) ? text : text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Whether `text` is on one line already: printable ASCII, single spaces between words only (most
    /// cells; any other text is joined by Unicode's white space).
    private static func isSingleLine(_ text: String) -> Bool {
        var previous = UInt8(ascii: " ")
        for byte in text.utf8 {
            guard byte > 0x20 && byte < 0x7F || byte == 0x20 && previous != 0x20 else { return false }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }

    var isEmpty: Bool { trimmed.isEmpty }

    /// Whether the cell holds a figure or a marker in any notation: a number, `x`, `.`, a dash.
    var looksLikeFigure: Bool {
        guard case .text = self else { return true }
        let text = trimmed
        return !text.isEmpty
            && (CellParser.marker(text) != nil || CellParser.dutch(text) != nil || CellParser.english(text) != nil)
    }
}

/// One row of a table as received, with its line (CSV) or row number (XLSX).
struct InputRow: Sendable, Equatable {
    let line: Int
    let cells: [InputCell]

    /// The cell in `column` (0-based); empty beyond the last cell.
    subscript(column: Int) -> InputCell { column < cells.count ? cells[column] : .empty }

    var isBlank: Bool { cells.allSatisfy(\.isEmpty) }

    /// The different texts in the row, in order; one for a title or a note (also when merged
    /// over several cells, which a workbook's merged range repeats).
    var distinctTexts: [String] {
        var seen = Set<String>()
        return cells.map(\.singleLine).filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

extension CSVFields {
    /// The record as a row of text cells.
    var inputRow: InputRow { InputRow(line: line, cells: (0..<count).map { .text(self[$0]) }) }
}
