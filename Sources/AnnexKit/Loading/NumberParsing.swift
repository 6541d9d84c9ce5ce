import Foundation

/// Reads cell text as a figure: a number, or a marker for a cell without one.
///
/// - Blank and `.` (CBS: unknown) are missing; `x` (CBS: secret) is suppressed.
/// - `-` and `–` are refused: in CBS tables they mean nil (zero), elsewhere "not available";
///   the file must say which.
public enum CellParser {
    /// How numbers are written in the file.
    public enum Notation: Sendable {
        /// Machine-readable: `1500`, `-3.25` ('.' decimals, no thousands separators).
        case plain
        /// Dutch: `1.500`, `13,4`, `13,4%`, `−2` ('.' thousands in groups of three, ',' decimals).
        case dutch
    }

    /// The figure in `text`, or the problem with it.
    public static func amount(_ text: String, notation: Notation) -> Result<Amount, LoadError.Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed {
        case "", ".": return .success(.missing)
        case "x", "X": return .success(.suppressed)
        case "-", "–", "—", "−": return .failure(.ambiguousMarker(cell: trimmed))
        default: break
        }
        let number = notation == .plain ? plain(trimmed) : dutch(trimmed)
        guard let number else {
            let expected = notation == .plain
                ? "een getal als 1500 of 13.4, leeg (onbekend) of x (geheim)"
                : "een getal als 1.500 of 13,4, leeg (onbekend) of x (geheim)"
            return .failure(.notANumber(cell: trimmed, expected: expected))
        }
        return .success(.count(number))
    }

    /// `1500`, `-3.25`; no exponents, no thousands separators, no NaN or infinity.
    public static func plain(_ text: String) -> Double? {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return Double(text)
    }

    /// `1.500`, `17.386`, `13,4`, `13,4%`, `-2,5`, `−2,5`, `+5,9%`. A trailing `%` is dropped:
    /// the number is the percentage as written (13,4% gives 13.4).
    public static func dutch(_ text: String) -> Double? {
        var body = Substring(text)
        if body.last == "%" {
            body = body.dropLast()
            while body.last == " " { body = body.dropLast() }
        }
        var negative = false
        if let first = body.first, "-−+".contains(first) {
            negative = first != "+"
            body = body.dropFirst()
        }
        let pieces = body.split(separator: ",", omittingEmptySubsequences: false)
        guard pieces.count <= 2, let whole = pieces.first, !whole.isEmpty else { return nil }
        if pieces.count == 2 {
            guard !pieces[1].isEmpty, pieces[1].allSatisfy(\.isASCIIDigit) else { return nil }
        }
        let groups = whole.split(separator: ".", omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) || groups.count == 1,
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        let digits = groups.joined() + (pieces.count == 2 ? "." + pieces[1] : "")
        guard let value = Double(digits) else { return nil }
        return negative ? -value : value
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
