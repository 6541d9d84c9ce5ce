import Foundation

/// A line as the readers of rows try it (`SpacedRow`, `AmountItem`, `DashedPeriodLine`; `TabValueLine` trims its cells
/// so): its no-break spaces read as spaces, the white space at its ends left out. Worked on the line's scalars, not
/// through Foundation's string search, since these readers try every line of a text.
struct PlainLine {
    /// The line's scalars, trimmed.
    let scalars: ArraySlice<Unicode.Scalar>

    init(_ line: String.UnicodeScalarView) {
        scalars = Self.trimmed(line.map { $0 == "\u{A0}" ? " " : $0 }[...])
    }

    /// `scalars` without the white space at their ends: what `trimmingCharacters(in: .whitespaces)` trims (spaces,
    /// tabs and also the zero width space), asked of the end scalars only.
    static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        let spaces = CharacterSet.whitespaces
        guard let first = scalars.firstIndex(where: { !spaces.contains($0) }),
            let last = scalars.lastIndex(where: { !spaces.contains($0) })
        else { return [] }
        return scalars[first...last]
    }
}
