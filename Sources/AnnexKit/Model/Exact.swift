/// A value kept as an unrounded fraction, so that rounding at render time is exact.
///
/// Counts are `n/1`; a percentage change from 21.735 to 31.456 is `100 × (21.735 − 31.456) / 31.456`.
/// When numerator and denominator are whole numbers, rounding uses integer arithmetic and is
/// therefore exactly half away from zero, also on ties that binary floating point would miss.
public struct Exact: Sendable, Hashable {
    public let numerator: Double
    public let denominator: Double

    /// Creates `numerator / denominator`; the denominator must not be zero.
    public init(_ numerator: Double, over denominator: Double = 1) {
        precondition(denominator != 0, "Exact: zero denominator")
        self.numerator = denominator < 0 ? -numerator : numerator
        self.denominator = abs(denominator)
    }

    /// The value at full double precision.
    public var double: Double { numerator / denominator }

    /// The value rounded half away from zero to `decimals` places, as an integer scaled by
    /// 10^decimals (13,45 to one decimal gives 135).
    public func scaledRounded(decimals: Int) -> Int64 {
        let scale = Double(Int64.pow10(decimals))
        let scaledNumerator = numerator * scale
        let limit = 9.0e15
        if numerator.rounded() == numerator, denominator.rounded() == denominator,
           abs(scaledNumerator) < limit, denominator < limit {
            let n = Int64(abs(scaledNumerator))
            let d = Int64(denominator)
            let magnitude = (2 * n + d) / (2 * d)
            return numerator < 0 ? -magnitude : magnitude
        }
        let magnitude = (abs(double) * scale).rounded(.toNearestOrAwayFromZero)
        return Int64(double < 0 ? -magnitude : magnitude)
    }
}

extension Int64 {
    static func pow10(_ exponent: Int) -> Int64 {
        (0..<exponent).reduce(1) { value, _ in value * 10 }
    }
}
