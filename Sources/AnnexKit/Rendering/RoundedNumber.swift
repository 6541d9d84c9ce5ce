import BigInt

/// A value rounded half away from zero to `decimals` (≥ 0) places (`Exact.scaledRounded`), held scaled by
/// 10^decimals: 2,675 to two decimals is 268. A shown number's text, its '+', its width in characters and
/// the value a workbook cell stores all come from this one rounding (`NumberStyle`, `SheetLayout.cell`).
struct RoundedNumber {
    /// The scaled value: in 64 bits where it fits.
    private enum Scaled {
        case small(Int64)
        case large(BigInt)
    }

    private let scaled: Scaled
    let decimals: Int

    init(_ exact: Exact, decimals: Int) {
        self.decimals = decimals
        if let scaled = exact.scaledRounded64(decimals: decimals) {
            self.scaled = .small(scaled)
        } else {
            scaled = .large(exact.scaledRounded(decimals: decimals))
        }
    }

    /// The sign of the rounded value: 0 for 0,04 to one decimal.
    var signum: Int {
        switch scaled {
        case .small(let value): Int(value.signum())
        case .large(let value): Int(value.signum())
        }
    }

    /// The digits of the scaled magnitude (one for zero).
    var digitCount: Int {
        switch scaled {
        case .small(let value): value == 0 ? 1 : Exact.digitCount(value.magnitude)
        case .large(let value): value.magnitude.description.utf8.count
        }
    }

    /// The significant digits, trailing zeros not counted (0 for zero): 1.234.500 has 5, 0,050 with three
    /// decimals 1.
    var significantDigits: Int {
        switch scaled {
        case .small(let value): Exact.significantDigits(value.magnitude)
        case .large(let value): Exact.significantDigits(value.magnitude)
        }
    }

    /// The zeros written before the digits of a value under one: 5 with two decimals is 0,05.
    var leadingZeros: Int { max(decimals + 1 - digitCount, 0) }

    /// The digits before the decimal separator, leading zeros included.
    var wholeDigits: Int { leadingZeros + digitCount - decimals }

    /// The rounded value, divided by 100 when `percentAsFraction` (what a `0.0%` cell stores).
    func value(percentAsFraction: Bool) -> Exact {
        let exponent = decimals + (percentAsFraction ? 2 : 0)
        if case .small(let value) = scaled, exponent <= Self.largestSmallExponent {
            return Exact(Int(value), over: Int(Exact.powersOfTen[exponent]))
        }
        let value = switch scaled {
        case .small(let value): BigInt(value)
        case .large(let value): value
        }
        return Exact(value, over: BigInt(10).power(exponent))
    }

    /// The largest power of ten that fits in `Int64`: 10^18.
    private static let largestSmallExponent = 18

    /// Calls `body` with the scaled magnitude's digits as ASCII bytes.
    func withDigits<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        switch scaled {
        case .small(let value): ByteBuffer.withDigits(of: value.magnitude, body)
        case .large(let value): Array(value.magnitude.description.utf8).withUnsafeBufferPointer(body)
        }
    }
}
