/// A cell of a table written as text, read: one value with at most the words and marks of its unit ('310,2', '€ 12,4',
/// '87%', '1.240 ton'), a year (a column's name in a header, or a count that looks like one), a mark of a missing or
/// suppressed value (blank, '-', '.', 'x', '*'), text without digits (a header's name), or something else.
enum TableCell: Sendable {
    /// A value and what its cell names besides its number (its unit: '%', '€', 'ton', a multiplier).
    case value(WrittenNumber, unit: String)
    case year(Int)
    case missing
    case text
    case other

    /// The cell `text` read; as a percentage when `percent` and it names no unit of its own ('48,2' under '%').
    init(_ text: String, percent: Bool = false) {
        guard !text.isEmpty, !Self.missingMarks.contains(text) else {
            self = .missing
            return
        }
        let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
        let numbers = tokens.indices.filter { [.number, .year].contains(tokens[$0].kind) }
        let rest = tokens.indices.filter { !numbers.contains($0) }
        guard numbers.count == 1, rest.count <= LineShape.wordsAroundValue,
            rest.allSatisfy({ [.word, .mark].contains(tokens[$0].kind) })
        else {
            self = text.contains { $0.isNumber } ? .other : .text
            return
        }
        let token = tokens[numbers[0]]
        // 'duizend', '€ duizend': a word of scale with no digit states the scale of the column's values, as a header's
        // cell does; it is no value of a thousand.
        if !text.contains(where: \.isNumber),
            Lexicon.multipliers.keys.contains(where: token.text.lowercased().hasPrefix)
        {
            self = .text
            return
        }
        if let year = token.year {
            if percent { self = TableCell(text + "%") } else { self = .year(year) }
            return
        }
        guard let number = token.number else {
            self = .other
            return
        }
        if percent, number.unit == .count, rest.isEmpty {
            self = TableCell(text + "%")
            return
        }
        self = .value(number, unit: Self.unit(rest.map { tokens[$0].text }, number))
    }

    /// What a value's cell names besides its number: its words and marks, its number's unit and multiplier.
    private static func unit(_ words: [String], _ number: WrittenNumber) -> String {
        (words + [number.unit.rawValue, String(number.multiplier)]).joined(separator: " ")
    }

    /// Whether the cell is a value that names no unit besides its number's own ('41,2', '-3,6', '12%').
    var namesNoUnit: Bool {
        guard case .value(let number, let unit) = self else { return false }
        return unit == Self.unit([], number)
    }

    /// The value of a body row's cell: a year read as the count it then is ('1998' meldingen).
    var value: (number: WrittenNumber, unit: String)? {
        switch self {
        case .value(let number, let unit): (number, unit)
        case .year(let year):
            (WrittenNumber(
                value: Exact(year), unit: .count, decimals: 0, step: Exact(1), isRounded: false, sign: nil,
                text: String(year), hedge: nil), NumberUnit.count.rawValue + " 1")
        case .missing, .text, .other: nil
        }
    }

    /// Whether the cell marks a value the table does not give ('-', '.', 'x', blank).
    var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// Whether the cell is text without digits.
    var isText: Bool {
        if case .text = self { return true }
        return false
    }

    /// Whether the cell may name a column of a header: a year or text.
    var namesColumn: Bool {
        switch self {
        case .year, .text: true
        case .value, .missing, .other: false
        }
    }

    /// Marks a table puts for a value it does not give: unknown, nil, secret or suppressed ('-', '.', 'x', '*').
    static let missingMarks: Set<String> = ["-", "–", "—", ".", "x", "X", "*", "…", "n.b.", "nb"]
}
