/// Puts the values of a map into classes by the rule the spec names: fixed bounds, or quantiles
/// (about equally many regions per class) whose bounds are rounded to two significant digits, so a
/// legend reads '50 tot 120', never '47,83 tot 118,2'.
enum MapClassification {
    /// The classes for `values`; every value falls in exactly one of them. `decimals` is how many
    /// decimals the values are shown with: no bound has more.
    static func classes(_ rule: ClassRule, values: [Exact], decimals: Int) -> [MapClass] {
        let breaks: [Exact]
        switch rule {
        case .breaks(let fixed): breaks = fixed
        case .quantiles(let count): breaks = quantileBreaks(values, classes: count, decimals: decimals)
        }
        let bounds: [Exact?] = [nil] + breaks.map { $0 } + [nil]
        return zip(bounds, bounds.dropFirst()).map { MapClass(lower: $0, upper: $1) }
    }

    /// The bounds between `classes` classes of about equally many values: the value at each
    /// i/classes of the sorted values, made readable; bounds that would leave the first class empty
    /// or repeat the one before are left out.
    static func quantileBreaks(_ values: [Exact], classes: Int, decimals: Int) -> [Exact] {
        let sorted = values.sorted()
        guard let minimum = sorted.first else { return [] }
        var breaks: [Exact] = []
        for index in 1..<classes {
            let bound = readable(sorted[index * sorted.count / classes], maximumDecimals: decimals)
            if minimum < bound && breaks.last.map({ $0 < bound }) != false {
                breaks.append(bound)
            }
        }
        return breaks
    }

    /// `value` rounded half away from zero to two significant digits, and to at most `maximumDecimals`.
    static func readable(_ value: Exact, maximumDecimals: Int) -> Exact {
        value.isZero ? value : value.rounded(toDecimals: min(1 - value.decimalExponent, maximumDecimals))
    }

    /// Whether `value` can be shown exactly with `decimals` decimals.
    static func fits(_ value: Exact, decimals: Int) -> Bool {
        value.rounded(toDecimals: decimals) == value
    }

    /// The class `value` falls in.
    static func index(of value: Exact, in classes: [MapClass]) -> Int? {
        classes.firstIndex { $0.contains(value) }
    }
}
