/// A worksheet's number cell (`SheetCell.number`: a figure rounded to the decimals shown, a percentage as a
/// fraction) as one whole number scaled by a power of ten: 13,4% with one decimal is 134 scaled by 10^3. The
/// ODS gives such a cell two texts, its value as `PlainNumber` writes it (`0.134`) and its text as the number
/// style shows it (`13,4%`), and both are the same digits: they are made once here, not once per text from the
/// fraction (its decimals found, the value rounded, a percentage multiplied by 100 and rounded again).
///
/// Only for a value whose scaled form fits in 64 bits with at most 18 decimals; the writer takes the longer
/// way for any other (`init` is nil).
struct ScaledCellValue {
    /// The value times 10^`exponent`: a whole number, as the cell's value is rounded to its decimals.
    let scaled: Int64
    /// The decimals of the stored value: the format's, two more for a percentage stored as a fraction.
    let exponent: Int
    let format: CellFormat

    /// The cell's value `value` in `format`, or nil when it is not a whole number scaled by 10^`exponent` that
    /// fits in 64 bits.
    init?(_ value: Exact, _ format: CellFormat) {
        let exponent = format.decimals + (format.isPercent ? 2 : 0)
        guard case .small(let numerator, let denominator) = value.storage, (0...18).contains(exponent) else {
            return nil
        }
        let power = Int64(Exact.powersOfTen[exponent])
        guard power % denominator == 0 else { return nil }
        let (scaled, overflow) = numerator.multipliedReportingOverflow(by: power / denominator)
        guard !overflow else { return nil }
        (self.scaled, self.exponent, self.format) = (scaled, exponent, format)
    }

    /// The value as `PlainNumber.append` writes it: the digits with a point before the last `exponent`, the
    /// trailing zeros after the point dropped and the point with them when none is left (`0.05`, `12.5`, `-3`).
    func appendPlain(to out: inout ByteBuffer) {
        ByteBuffer.withDigits(of: scaled.magnitude) { digits in
            // Zero is `0`; any other value's first digit is not a zero, so the digits are never all dropped.
            var decimals = scaled == 0 ? 0 : exponent, end = digits.count
            while decimals > 0 && digits[end - 1] == UInt8(ascii: "0") {
                decimals -= 1
                end -= 1
            }
            let kept = UnsafeBufferPointer(rebasing: digits[..<end])
            PlainNumber.append(negative: scaled < 0, digits: kept, decimals: decimals, to: &out)
        }
    }

    /// The cell's text as `NumberStyle.appendCell` shows the amount the cell stands for
    /// (`ODSRenderer.shownAmount`: the value, in percent for a percentage, with the status's prefix or marker for
    /// an estimate or an incomplete sum), appended to `out`.
    func appendShown(status: Status, _ numbers: NumberStyle, to out: inout ByteBuffer) {
        let shown = ODSRenderer.shownStatus(status)
        if NumberStyle.isNil(isZero: scaled == 0, status: shown, format) { return out.append(numbers.nilMarker) }
        ByteBuffer.withDigits(of: scaled.magnitude) { digits in
            numbers.appendFormat(signum: Int(scaled.signum()), digits: digits, status: shown, as: format, to: &out)
        }
    }
}
