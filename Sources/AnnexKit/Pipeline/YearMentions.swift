/// The years written in a text, in order: a range of years (`2019–2022`, `2019-2022`, `2019 - 2022`)
/// or a single year from 1900 to 2099, not part of a longer number. The same matches as the regular
/// expression `(?<![\d.,])((?:19|20)\d\d)(?:\s*[–—-]\s*((?:19|20)\d\d))?(?![\d.,]\d)` (`\d` any
/// decimal digit, `\s` any white space), found by hand: `annex check` then never starts a
/// regular-expression engine.
struct YearMentions: Sequence, IteratorProtocol {
    /// One year or range as written, with its first and (for a range) last year.
    struct Match: Equatable {
        let written: String
        let first: String
        let last: String?
    }

    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    mutating func next() -> Match? {
        while position + yearLength <= scalars.count {
            let start = position
            position += 1
            guard start == 0 || !isDigitOrSeparator(start - 1), isYear(at: start) else { continue }
            let firstEnd = start + yearLength
            if let lastStart = rangeEnd(after: firstEnd), noLongerNumber(at: lastStart + yearLength) {
                position = lastStart + yearLength
                return Match(written: text(start..<position), first: text(start..<firstEnd),
                             last: text(lastStart..<position))
            }
            if noLongerNumber(at: firstEnd) {
                position = firstEnd
                return Match(written: text(start..<firstEnd), first: text(start..<firstEnd), last: nil)
            }
        }
        position = scalars.count
        return nil
    }

    /// A year has four digits.
    private let yearLength = 4

    /// Where the second year of a range after a year ending at `index` starts: after white space, a
    /// dash (hyphen, en or em dash) and white space; nil when no year follows so.
    private func rangeEnd(after index: Int) -> Int? {
        var index = skipSpace(from: index)
        guard index < scalars.count, ["-", "–", "—"].contains(scalars[index]) else { return nil }
        index = skipSpace(from: index + 1)
        return isYear(at: index) ? index : nil
    }

    private func skipSpace(from index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        return index
    }

    /// `19` or `20` and two digits.
    private func isYear(at index: Int) -> Bool {
        guard index + yearLength <= scalars.count else { return false }
        let century = (scalars[index], scalars[index + 1])
        return (century == ("1", "9") || century == ("2", "0")) && isDigit(index + 2) && isDigit(index + 3)
    }

    /// Not followed by a digit or a point or comma that a digit follows (`201955`, `2019,5`). Like the
    /// regular expression's look-ahead, this looks at two characters: one digit ending the text passes.
    private func noLongerNumber(at index: Int) -> Bool {
        !(index + 1 < scalars.count && isDigitOrSeparator(index) && isDigit(index + 1))
    }

    private func isDigit(_ index: Int) -> Bool { scalars[index].properties.generalCategory == .decimalNumber }

    private func isDigitOrSeparator(_ index: Int) -> Bool {
        scalars[index] == "." || scalars[index] == "," || isDigit(index)
    }

    private func text(_ range: Range<Int>) -> String {
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[range])
        return String(result)
    }
}
