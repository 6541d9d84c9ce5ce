/// A range of exact values, each end open or closed or unbounded: what a claim allows (everything
/// that rounds to '13,4', everything above 'meer dan 200') or what a computation from rounded
/// numbers can give. A single exact value is a point.
struct Interval: Sendable, Hashable {
    /// nil: unbounded.
    let lower: Exact?
    let upper: Exact?
    let lowerOpen: Bool
    let upperOpen: Bool

    init(lower: Exact?, upper: Exact?, lowerOpen: Bool = false, upperOpen: Bool = false) {
        (self.lower, self.upper, self.lowerOpen, self.upperOpen) = (lower, upper, lowerOpen, upperOpen)
    }

    static func point(_ value: Exact) -> Interval { Interval(lower: value, upper: value) }
    static func closed(_ lower: Exact, _ upper: Exact) -> Interval { Interval(lower: lower, upper: upper) }

    /// The single value, when the interval is a point.
    var point: Exact? {
        guard let lower, let upper, lower >= upper else { return nil }
        return lower
    }

    /// The same ends, closed: what a computation takes an operand to be.
    var closed: Interval { Interval(lower: lower, upper: upper) }

    func contains(_ value: Exact) -> Bool {
        let aboveLower = lower.map { lowerOpen ? value > $0 : value >= $0 } ?? true
        let belowUpper = upper.map { upperOpen ? value < $0 : value <= $0 } ?? true
        return aboveLower && belowUpper
    }

    func intersects(_ other: Interval) -> Bool {
        // The larger lower end and the smaller upper end, with whether each is open.
        let (low, lowOpen) = Self.tighter(lower, lowerOpen, other.lower, other.lowerOpen, keepLarger: true)
        let (high, highOpen) = Self.tighter(upper, upperOpen, other.upper, other.upperOpen, keepLarger: false)
        guard let low, let high else { return true }
        if low < high { return true }
        return low <= high && !lowOpen && !highOpen
    }

    /// The values both intervals allow (empty intervals are not expected: callers intersect ranges that overlap).
    func intersection(_ other: Interval) -> Interval {
        let (low, lowOpen) = Self.tighter(lower, lowerOpen, other.lower, other.lowerOpen, keepLarger: true)
        let (high, highOpen) = Self.tighter(upper, upperOpen, other.upper, other.upperOpen, keepLarger: false)
        return Interval(lower: low, upper: high, lowerOpen: lowOpen, upperOpen: highOpen)
    }

    private static func tighter(
        _ a: Exact?, _ aOpen: Bool, _ b: Exact?, _ bOpen: Bool,
        keepLarger: Bool
    ) -> (Exact?, Bool) {
        guard let a else { return (b, bOpen) }
        guard let b else { return (a, aOpen) }
        if a < b { return keepLarger ? (b, bOpen) : (a, aOpen) }
        if b < a { return keepLarger ? (a, aOpen) : (b, bOpen) }
        return (a, aOpen || bOpen)
    }

    /// −interval.
    var negated: Interval {
        Interval(lower: upper.map { -$0 }, upper: lower.map { -$0 }, lowerOpen: upperOpen, upperOpen: lowerOpen)
    }

    /// The magnitudes the values can have.
    var magnitude: Interval {
        if let lower, lower >= Exact(0) { return self }
        if let upper, upper <= Exact(0) { return negated }
        let largest = [lower.map(\.magnitude), upper.map(\.magnitude)]
        return Interval(
            lower: Exact(0), upper: largest.contains { $0 == nil } ? nil : largest.compactMap { $0 }.max(by: <))
    }

    // MARK: What a claim allows

    /// Every value that rounds (half away from zero) to `value` at `step`: [13,35; 13,45) for 13,4.
    static func rounding(to value: Exact, step: Exact) -> Interval {
        let half = step / Exact(2)
        switch value.signum {
        case 1: return Interval(lower: value - half, upper: value + half, upperOpen: true)
        case -1: return Interval(lower: value - half, upper: value + half, lowerOpen: true)
        default: return Interval(lower: -half, upper: half, lowerOpen: true, upperOpen: true)
        }
    }

    /// What a hedged magnitude allows: 'ruim 14' is [14, 15), 'bijna 15' (14, 15], 'circa 13' [12, 14],
    /// 'meer dan 200' (200, ∞), 'minder dan 5' (−∞, 5).
    static func hedged(_ value: Exact, hedge: Lexicon.Hedge, step: Exact) -> Interval {
        switch hedge {
        case .above: Interval(lower: value, upper: value + step, upperOpen: true)
        case .below: Interval(lower: value - step, upper: value, lowerOpen: true)
        case .about: Interval(lower: value - step, upper: value + step)
        case .over: Interval(lower: value, upper: nil, lowerOpen: true)
        case .under: Interval(lower: nil, upper: value, upperOpen: true)
        }
    }

    // MARK: Computing with ranges of operands (all closed, operands positive where divided by)

    static func + (left: Interval, right: Interval) -> Interval {
        Interval(lower: Self.combine(left.lower, right.lower, +), upper: Self.combine(left.upper, right.upper, +))
    }

    static func - (left: Interval, right: Interval) -> Interval { left + right.negated }

    /// `left / right` for a right side that is entirely positive and a left side that is not negative; nil otherwise.
    static func / (left: Interval, right: Interval) -> Interval? {
        guard let low = right.lower, low > Exact(0), let leftLow = left.lower, leftLow >= Exact(0) else { return nil }
        return Interval(lower: right.upper.map { leftLow / $0 } ?? Exact(0), upper: left.upper.map { $0 / low })
    }

    /// `left * right` for two sides that are not negative; nil otherwise.
    static func * (left: Interval, right: Interval) -> Interval? {
        guard let leftLow = left.lower, leftLow >= Exact(0), let rightLow = right.lower, rightLow >= Exact(0) else {
            return nil
        }
        return Interval(lower: leftLow * rightLow, upper: Self.combine(left.upper, right.upper, *))
    }

    /// The interval times a positive exact factor.
    func scaled(by factor: Exact) -> Interval {
        Interval(
            lower: lower.map { $0 * factor }, upper: upper.map { $0 * factor }, lowerOpen: lowerOpen,
            upperOpen: upperOpen)
    }

    private static func combine(_ a: Exact?, _ b: Exact?, _ operation: (Exact, Exact) -> Exact) -> Exact? {
        guard let a, let b else { return nil }
        return operation(a, b)
    }
}
