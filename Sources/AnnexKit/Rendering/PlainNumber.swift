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
        var buffer = ByteBuffer()
        append(value, to: &buffer)
        return buffer.text
    }

    /// `value` as `format` writes it, appended to `buffer`.
    static func append(_ value: Exact, to buffer: inout ByteBuffer) {
        if let decimals = value.terminatingDecimals { return append(value, decimals: decimals, to: &buffer) }
        let decimals = significantDigits - 1 - value.decimalExponent
        guard decimals > 0 else { return append(value.rounded(toDecimals: decimals), decimals: 0, to: &buffer) }
        append(value, decimals: decimals, to: &buffer)
        // Trailing zeros of the decimals go, and the point with them when none is left.
        while buffer.last == UInt8(ascii: "0") { buffer.removeLast() }
        if buffer.last == UInt8(ascii: ".") { buffer.removeLast() }
    }

    /// `value` rounded to `decimals` decimals and written with exactly that many, appended to `buffer`.
    static func append(_ value: Exact, decimals: Int, to buffer: inout ByteBuffer) {
        if let scaled = value.scaledRounded64(decimals: decimals) {
            ByteBuffer.withDigits(of: scaled.magnitude) {
                append(negative: scaled < 0, digits: $0, decimals: decimals, to: &buffer)
            }
        } else {
            let scaled = value.scaledRounded(decimals: decimals)
            Array(scaled.magnitude.description.utf8).withUnsafeBufferPointer {
                append(negative: scaled.signum() < 0, digits: $0, decimals: decimals, to: &buffer)
            }
        }
    }

    /// A magnitude given as its digits scaled by 10^`decimals`, after a minus when `negative`, with a point
    /// before the last `decimals` digits (5 with 3 decimals is 0.005), appended to `buffer`.
    static func append(negative: Bool, digits: UnsafeBufferPointer<UInt8>, decimals: Int,
                       to buffer: inout ByteBuffer) {
        if negative { buffer.append(UInt8(ascii: "-")) }
        guard decimals > 0 else { return buffer.append(contentsOf: digits) }
        let whole = digits.count - decimals
        if whole > 0 {
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[..<whole]))
        } else {
            buffer.append(UInt8(ascii: "0"))
        }
        buffer.append(UInt8(ascii: "."))
        for _ in 0..<Swift.max(-whole, 0) { buffer.append(UInt8(ascii: "0")) }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: digits[Swift.max(whole, 0)...]))
    }
}
