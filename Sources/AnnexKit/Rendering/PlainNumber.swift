import BigInt

/// Numbers for machine-readable output (`figures.csv`, `figures.json`, `tables/*.csv`): '.' decimals,
/// no grouping, no exponent, and never binary noise.
///
/// A value whose decimal expansion ends (every count, 16,8, 1.837,752) is written exactly, digit for
/// digit. One that does not end (1/3, most percentage changes) is written to
/// `significantDigits` significant digits, rounded half away from zero by `Exact.rounded(toDecimals:)`
/// like every other number annex shows, with trailing zeros dropped. The same value gives the same
/// bytes on every machine.
public enum PlainNumber {
    /// Significant digits of a value whose decimal expansion does not end: as many as a spreadsheet
    /// keeps of a number, so nothing a reader can see is lost.
    public static let significantDigits = 15

    /// `15337`, `-30.9035`, `33.3333333333333`, `0.0001`.
    public static func format(_ value: Exact) -> String {
        if let decimals = value.terminatingDecimals { return decimal(value, decimals: decimals) }
        let decimals = significantDigits - 1 - value.decimalExponent
        var text = decimal(value.rounded(toDecimals: decimals), decimals: max(decimals, 0))
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `value` written with exactly `decimals` decimals (it must have no more).
    static func decimal(_ value: Exact, decimals: Int) -> String {
        let scaled = value.scaledRounded(decimals: decimals)
        var digits = scaled.magnitude.description
        if decimals > 0 {
            if digits.count <= decimals { digits = String(repeating: "0", count: decimals - digits.count + 1) + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -decimals))
        }
        return (scaled.signum() < 0 ? "-" : "") + digits
    }
}
