/// A line as the readers of rows try it (`SpacedRow`, `AmountItem`, `DashedPeriodLine`): its no-break spaces read as
/// spaces, the spaces and tabs at its ends left out. Worked on the line's scalars, not through Foundation's string
/// search, since these readers try every line of a text.
struct PlainLine {
    /// The line's scalars, trimmed.
    let scalars: ArraySlice<Unicode.Scalar>

    init(_ line: String.UnicodeScalarView) {
        scalars = Self.trimmed(line.map { $0 == "\u{A0}" ? " " : $0 }[...])
    }

    /// `scalars` without the spaces and tabs at their ends (`Unicode.Scalar.isSpaceOrTab`).
    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }),
            let last = scalars.lastIndex(where: { !$0.isSpaceOrTab })
        else { return [] }
        return scalars[first...last]
    }
}
