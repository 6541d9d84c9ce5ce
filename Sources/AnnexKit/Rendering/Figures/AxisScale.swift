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
        let low = min(0, minimum), high = max(0, maximum)
        let range = high - low > 0 ? high - low : 1
        // The step: 1, 2 or 5 times a power of ten, at least one unit of the last decimal shown.
        var exponent = Int((log10(range / Self.intervals)).rounded(.down))
        let fraction = range / Self.intervals / pow(10, Double(exponent))
        var multiple = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        if multiple == 10 { (multiple, exponent) = (1, exponent + 1) }
        if exponent < -decimals { (multiple, exponent) = (1, -decimals) }
        let step = Double(multiple) * pow(10, Double(exponent))
        let first = Int((low / step).rounded(.down)), last = Int((high / step).rounded(.up))
        let power = (0..<abs(exponent)).reduce(1) { product, _ in product * 10 }
        ticks = (first...max(last, first + 1)).map { index -> Exact in
            exponent >= 0 ? Exact(index * multiple * power) : Exact(index * multiple, over: power)
        }
        lower = ticks.first!.coordinate
        upper = ticks.last!.coordinate
        self.start = start
        self.end = end
    }

    /// The pixel position of `value`.
    func position(_ value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// The position of zero, where bars start.
    var zero: Double { position(0) }
}
