/// A share below the whole stated under rows of shares that make up the whole ('Zeer eens 22%' … 'Zeer oneens 6%',
/// 100% together, then 'In totaal is 63% het (zeer) eens.'): a subtotal of the rows its words name, not the sum of
/// all of them. A word in brackets is optional: '(zeer) eens' names 'Zeer eens' and 'Eens', 22% + 41% = 63%.
enum NamedSubtotal {
    /// The rows the words name (at least two).
    case rows([Int])
    /// Rows that cannot be named with certainty.
    case unnamed
}

extension ClaimParser {
    /// The subtotal the percentage at `total` is of the rows `parts` (see the type): nil when it is no share below
    /// the whole they make up, when they are no rows, each on a line of its own under its label, or when no words
    /// after the total name rows (it claims all of them).
    func namedSubtotal(total: Int, parts: [Int]) -> NamedSubtotal? {
        guard let number = tokens[total].number, number.unit == .percent, parts.count >= Self.leastParts,
            parts.allSatisfy({ tokens[$0].number?.unit == .percent }),
            Set(parts.map(analysis.line(of:))).count == parts.count,
            parts.allSatisfy({ analysis.line(of: $0) < analysis.line(of: total) }),
            number.value < Self.wholeShare,
            case let sum = Operand(summing: parts.map { operand($0) }).bounds,
            sum.contains(Self.wholeShare), !sum.contains(number.value)
        else { return nil }
        let named = (total + 1)..<analysis.clause(of: total).upperBound
        let words = named.filter { tokens[$0].kind == .word && !Lexicon.grammarWords.contains(tokens[$0].text) }
        let required = Set(words.filter { tokens[$0].depth == tokens[total].depth }.map { tokens[$0].text })
        // A total that names nothing ('Totaal: 63%') claims all the rows.
        guard !required.isEmpty else { return nil }
        let optional = Set(words.map { tokens[$0].text })
        var previous = -1
        var rows: [Int] = []
        for part in parts {
            let label = ((previous + 1)..<part).filter {
                tokens[$0].kind == .word && analysis.line(of: $0) == analysis.line(of: part)
            }.map { tokens[$0].text }
            previous = part
            guard !label.isEmpty else { return .unnamed }
            let own = Set(label.filter { !Lexicon.grammarWords.contains($0) })
            if required.isSubset(of: own) && own.isSubset(of: optional) { rows.append(part) }
        }
        return rows.count >= Self.leastParts ? .rows(rows) : .unnamed
    }

    /// The whole that shares of it make up, in percent.
    private static let wholeShare = Exact(100)
}
