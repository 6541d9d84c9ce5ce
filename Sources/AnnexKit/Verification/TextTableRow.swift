/// A line of a small table written as text, split into its cells: between '|' marks, with or without the outer ones
/// ('| Vracht | 310,2 | 298,0 |', 'Vracht | 310,2 | 298,0', 'Vracht | 310,2'); in at least `leastCells` cells, at
/// tabs ('Vracht\t310,2\t298,0') or at runs of two or more spaces ('Vracht   310,2   298,0', as `SpacedRow` splits a
/// row of one value). The first cell is the row's label, the others its values.
struct TextTableRow: Sendable {
    enum Style: Sendable, Equatable { case barred, tabbed, spaced }

    let style: Style
    /// The cells, trimmed, Markdown's '**' left out; a blank cell is empty.
    let cells: [String]
    /// The spaces and tabs the label is set in by: before the line, or in the label's cell between bars.
    let indent: Int

    init?(_ text: String) {
        let lead = text.prefix { $0 == " " || $0 == "\t" }
        let body = text.dropFirst(lead.count)
        var pieces: [String]
        if let barred = Self.barredPieces(body) {
            guard barred.count >= 2 else { return nil }
            pieces = barred.map(String.init)
            style = .barred
            indent = pieces[0].prefix { $0 == " " || $0 == "\t" }.count
        } else if body.unicodeScalars.contains("\t") {
            pieces = body.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            while pieces.last?.allSatisfy(\.isWhitespace) == true { pieces.removeLast() }
            guard pieces.count >= Self.leastCells else { return nil }
            style = .tabbed
            indent = lead.count
        } else {
            pieces = SpacedRow.cells(PlainLine(String(body).unicodeScalars).scalars).map { String(scalars: $0) }
            guard pieces.count >= Self.leastCells else { return nil }
            style = .spaced
            indent = lead.count
        }
        cells = pieces.map { piece in
            let plain = piece.unicodeScalars.contains("*") ? piece.replacingOccurrences(of: "**", with: "") : piece
            return String(scalars: PlainLine(plain.unicodeScalars).scalars)
        }
    }

    /// Whether `text` is a row between bars (a row of style `.barred`), told without its cells made: asked of every
    /// sentence (`ClaimParser.tableRowCounts`), most of which have no '|' at all.
    static func isBarred(_ text: String) -> Bool {
        (barredPieces(text.drop { $0 == " " || $0 == "\t" })?.count ?? 0) >= 2
    }

    /// The pieces of a row's text after its indent between '|' marks, the outer marks left out; nil when it has no
    /// '|' (an ASCII byte, looked for in the UTF-8).
    private static func barredPieces(_ body: Substring) -> [Substring]? {
        guard body.utf8.contains(UInt8(ascii: "|")) else { return nil }
        var pieces = body.split(separator: "|", omittingEmptySubsequences: false)
        if body.hasPrefix("|") { pieces.removeFirst() }
        if body.hasSuffix("|"), !pieces.isEmpty { pieces.removeLast() }
        return pieces
    }

    /// Whether a line may be a row at all: it holds a '|', a tab or a run of two spaces (a no-break space read as
    /// one). Asked of every line of a text, on its scalars, before anything is built.
    static func mayBeRow(_ line: String.UnicodeScalarView) -> Bool {
        var afterSpace = false
        for scalar in line {
            if scalar == "|" || scalar == "\t" { return true }
            let isSpace = scalar == " " || scalar == "\u{A0}"
            if isSpace, afterSpace { return true }
            afterSpace = isSpace
        }
        return false
    }

    /// The fewest cells of a row split by tabs or spaces: a label and two values (a row of one value is a value line:
    /// `SpacedRow`, `TabValueLine`).
    static let leastCells = 3
}
