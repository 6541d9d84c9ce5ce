import Foundation

/// Numbers for machine-readable output: '.' decimals, no grouping, full precision, no exponent.
public enum PlainNumber {
    /// `15337`, `-30.900178662258393`, `0.0001`.
    public static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        let shortest = "\(value)"
        guard shortest.contains("e") else { return shortest }
        let fixed = String(format: "%.20f", value)
        var trimmed = Substring(fixed)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
