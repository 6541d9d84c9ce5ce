/// A table whose rows give two columns, the second in brackets ('Noord 410 (395)' under a title '… (tussen haakjes
/// 2023)'): its total row ('Totaal 1.530 (1.480)') sums each column on its own, 410 + 655 + 465 = 1.530 and
/// 395 + 610 + 475 = 1.480.
struct BracketedColumns {
    /// The values outside brackets, summed by the total's first value.
    let first: [Int]
    /// The values in brackets, summed by the total's bracketed value.
    let second: [Int]
    /// The token of the total's bracketed value.
    let secondTotal: Int
}

extension ClaimParser {
    /// The two columns of the `parts` before `total` when a value of its unit follows it in brackets ('1.530
    /// (1.480)'): nil when none follows; empty columns when the parts are not all rows of that form ('410 (395)'),
    /// each value outside brackets with one in brackets right after it and no other value in brackets.
    func bracketedColumns(total: Int, parts: [Int]) -> BracketedColumns? {
        guard let secondTotal = bracketedValue(after: total) else { return nil }
        let rows = bracketedRows(parts)
        return BracketedColumns(first: rows?.first ?? [], second: rows?.second ?? [], secondTotal: secondTotal)
    }

    /// The two columns of `parts` when they are all rows of the form '410 (395)': each value outside brackets with one
    /// in brackets right after it (`bracketedValue(after:)`), and no other value; nil otherwise, or when fewer than
    /// `leastParts` rows.
    func bracketedRows(_ parts: [Int]) -> (first: [Int], second: [Int])? {
        let first = parts.filter { bracketedValue(after: $0) != nil }
        let second = first.compactMap { bracketedValue(after: $0) }
        guard first.count >= Self.leastParts, Set(first + second) == Set(parts) else { return nil }
        return (first, second)
    }

    /// The value of the unit of the number at `index` that stands alone in the brackets right after it ('410 (395)'),
    /// or after a label of its own and ':' ('410 (2023-2024: 395)', '410 (vorig jaar: 395)').
    func bracketedValue(after index: Int) -> Int? {
        guard let inside = analysis.parenthesis(after: index), let value = inside.last,
            let unit = tokens[index].number?.unit, tokens[value].number?.unit == unit
        else { return nil }
        guard value == inside.lowerBound
            || value - 1 > inside.lowerBound && tokens[value - 1].isMark(":")
                && (inside.lowerBound..<(value - 1)).allSatisfy(isBracketLabelPart)
        else { return nil }
        return value
    }

    /// Whether a token can be part of a label in brackets before ':': a word, a year or another number that is no
    /// quantity, or a dash or slash between two of them ('2023-2024', '2023/24').
    private func isBracketLabelPart(_ index: Int) -> Bool {
        if [.word, .year, .label].contains(tokens[index].kind) { return true }
        return ["-", "–", "/"].contains(tokens[index].text) && tokens[index].kind == .mark
    }
}
