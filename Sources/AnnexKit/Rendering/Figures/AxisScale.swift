import BigInt
import Foundation

/// The value axis of a chart: a range that includes zero and every value, divided into 1, 2 or 5
/// times a power of ten, with ticks as exact numbers (so their labels are written by `NumberStyle`
/// like every other number) and a mapping from value to pixels.
struct AxisScale {
    let ticks: [Exact]
    let lower: Double
    let upper: Double
    /// Pixels of the axis' start and end.
    let start: Double
    let end: Double

    /// About this many intervals between ticks.
    static let intervals = 5.0

    /// A scale for values from `minimum` to `maximum` (zero is always included) drawn from `start`
    /// to `end`; the ticks never have more decimals than `decimals`.
    init(minimum: Double, maximum: Double, decimals: Int, start: Double, end: Double) {
        // Counts of hundreds of digits are exact, but beyond what a Double holds: drawn at its limit.
        let low = max(min(0, minimum), -.greatestFiniteMagnitude)
        let high = min(max(0, maximum), .greatestFiniteMagnitude)
        let span = high - low
        let range = span > 0 ? min(span, .greatestFiniteMagnitude) : 1
        // The step: 1, 2 or 5 times a power of ten, at least one unit of the last decimal shown.
        var exponent = Int((log10(range / Self.intervals)).rounded(.down))
        let fraction = range / Self.intervals / pow(10, Double(exponent))
        var multiple = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        if multiple == 10 { (multiple, exponent) = (1, exponent + 1) }
        if exponent < -decimals { (multiple, exponent) = (1, -decimals) }
        let step = Double(multiple) * pow(10, Double(exponent))
        let first = Int((low / step).rounded(.down)), last = Int((high / step).rounded(.up))
        // Ticks in arbitrary-size integers: a step of 10^19 or more does not fit in 64 bits.
        let power = BigInt(10).power(abs(exponent))
        ticks = (first...max(last, first + 1)).map { index -> Exact in
            let steps = BigInt(index * multiple)
            return exponent >= 0 ? Exact(steps * power) : Exact(steps, over: power)
        }
        lower = ticks.first!.coordinate
        upper = ticks.last!.coordinate
        self.start = start
        self.end = end
    }

    /// The pixel position of `value`; a value no Double can place (beyond its range) lies at an end.
    func position(_ value: Double) -> Double {
        let share = (value - lower) / (upper - lower)
        guard share.isFinite else { return value > 0 ? end : start }
        return start + min(max(share, 0), 1) * (end - start)
    }

    /// The position of zero, where bars start.
    var zero: Double { position(0) }
}
