/// A line of a table or list that gives a row's value and, in brackets after it, the row's value at an earlier time:
/// 'Zedendelicten | 14.760 (12.210)', '- geweld: 3.967 (3.702)', '- formatie: 612 fte (2024: 587 fte)'. The earlier
/// time is the bracket's own label ('2024:') or the title's 'tussen haakjes 2024' (`BracketedTimedRow.times`); rows
/// of either form make a `TimedTable` for the prose under them (`BracketedTableReader`).
struct BracketedTimedRow: Sendable {
    /// The words of the row's label.
    let label: [String]
    /// The value outside the brackets: the later one.
    let value: WrittenNumber
    /// The value in the brackets: the earlier one.
    let earlier: WrittenNumber
    /// The first year of the bracket's label ('2024' of '(2024: 587 fte)', of '(2023-2024: 36.980)'), if it has one.
    let bracketYear: Int?

    /// The row a line is: a label between bars and one cell of both values, or an item or memo line of a label, ':'
    /// and both values; each value unsigned and of one unit, with at most a noun after it, the bracket closing the
    /// line and holding nothing but the earlier value and its label before ':'; nil for any other line.
    init?(_ line: String.UnicodeScalarView) {
        let text = String(line)
        let pieces: (label: String, values: String)
        if TextTableRow.isBarred(text) {
            guard let row = TextTableRow(text), row.style == .barred, row.cells.count == 2 else { return nil }
            pieces = (row.cells[0], row.cells[1])
        } else {
            var body = text.drop { $0 == " " || $0 == "\t" }
            if let mark = body.first, Self.itemMarks.contains(mark), body.dropFirst().first == " " {
                body = body.dropFirst()
            }
            guard let colon = body.firstIndex(of: ":") else { return nil }
            pieces = (String(body[..<colon]), String(body[body.index(after: colon)...]))
        }
        let label = Tokenizer.tokens(Array(pieces.label.unicodeScalars)).filter { $0.kind == .word }.map(\.text)
        let tokens = Tokenizer.tokens(Array(pieces.values.unicodeScalars))
        guard !label.isEmpty, let close = tokens.indices.last, tokens[close].isMark(")"),
            let open = tokens.firstIndex(where: { $0.isMark("(") }), open > 0,
            let value = Self.soleValue(tokens[0..<open]), let inside = Self.bracket(tokens[(open + 1)..<close]),
            value.unit == inside.value.unit, value.sign == nil, inside.value.sign == nil
        else { return nil }
        (self.label, self.value, earlier, bracketYear) = (label, value, inside.value, inside.year)
    }

    /// The one number of `tokens`, first of them but for a currency sign, with only words after it (its noun).
    private static func soleValue(_ tokens: ArraySlice<Token>) -> WrittenNumber? {
        let numbers = tokens.indices.filter { tokens[$0].kind != .word && !tokens[$0].isMark("€") }
        guard numbers.count == 1, let number = tokens[numbers[0]].number,
            tokens[..<numbers[0]].allSatisfy({ $0.isMark("€") }),
            tokens[numbers[0]...].dropFirst().count <= LineShape.wordsAroundValue
        else { return nil }
        return number
    }

    /// The earlier value in a bracket and the first year of its label: the value alone, or after a label of years,
    /// words and dashes and ':' ('2024: 587 fte', '2023-2024: 36.980').
    private static func bracket(_ tokens: ArraySlice<Token>) -> (value: WrittenNumber, year: Int?)? {
        guard let colon = tokens.firstIndex(where: { $0.isMark(":") }) else {
            return soleValue(tokens).map { ($0, nil) }
        }
        let label = tokens[..<colon]
        guard !label.isEmpty, label.allSatisfy({ [.word, .year].contains($0.kind) || $0.isMark("–") }),
            let value = soleValue(tokens[(colon + 1)...])
        else { return nil }
        return (value, label.first { $0.year != nil }?.year)
    }

    /// The earlier and later year of a table of such rows under `title` (the line right above its first row), whose
    /// first row is `first`: the earlier is the first year of the bracket's label or of the title's phrase with
    /// 'tussen haakjes' ('(2023, tussen haakjes 2022)', '2024 (2023 tussen haakjes)'; both, if given, the same); the
    /// later the first year of the title outside that phrase, if any, after the earlier. Nil when neither names the
    /// earlier time: a bare bracket may hold a share, a target or a norm as well.
    static func times(under title: [Token], first: BracketedTimedRow) -> (earlier: Int, later: Int?)? {
        var phrase = 0..<0
        if let among = title.indices.first(where: {
            title[$0].isWord("tussen") && $0 + 1 < title.count && title[$0 + 1].isWord("haakjes")
        }) {
            let bounds = title.indices.filter { [",", "(", ")"].contains(title[$0].text) && title[$0].kind == .mark }
            phrase = ((bounds.last { $0 < among } ?? -1) + 1)..<(bounds.first { $0 > among } ?? title.count)
        }
        let titled = title[phrase].first { $0.year != nil }?.year
        guard let earlier = first.bracketYear ?? titled, titled.map({ $0 == earlier }) ?? true else { return nil }
        let later = title.indices.first { !phrase.contains($0) && title[$0].year != nil }.flatMap { title[$0].year }
        guard later.map({ $0 > earlier }) ?? true else { return nil }
        return (earlier, later)
    }

    /// Marks that open an item of a list.
    private static let itemMarks: Set<Character> = ["-", "–", "*", "•"]
}
