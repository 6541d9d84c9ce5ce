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
        let first = parts.filter { tokens[$0].depth == tokens[total].depth }
        let second = first.compactMap { bracketedValue(after: $0) }
        guard first.count >= Self.leastParts, second.count == first.count,
            Set(first + second) == Set(parts)
        else { return BracketedColumns(first: [], second: [], secondTotal: secondTotal) }
        return BracketedColumns(first: first, second: second, secondTotal: secondTotal)
    }

    /// The value of the unit of the number at `index` that stands alone in the brackets right after it ('410 (395)').
    func bracketedValue(after index: Int) -> Int? {
        let value = index + 2
        guard value + 1 < tokens.count, tokens[index + 1].isMark("("), tokens[value + 1].isMark(")"),
            let unit = tokens[index].number?.unit, tokens[value].number?.unit == unit
        else { return nil }
        return value
    }
}
