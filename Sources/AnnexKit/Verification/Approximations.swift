import BigInt

// `annex verify` reads the numbers of a text as `Double` and compares them with the figures within
// a tolerance. These conversions serve only that comparison and its messages: no figure of an annex
// passes through them.

extension Exact {
    /// The nearest `Double` (for comparing with a number read from prose).
    var double: Double {
        switch storage {
        case .small(let n, let d): Double(n) / Double(d)
        case .big(let n, let d): Double(n) / Double(d)
        }
    }

    /// A number read from prose as `Double`, taken as the shortest decimal that gives that `Double`
    /// (13.4 is 134/10, not the binary fraction nearest to it).
    init(_ numerator: Double, over denominator: Double) {
        self = Exact(prose: numerator) / Exact(prose: denominator)
    }

    init(prose value: Double) {
        self = Exact(decimal: "\(value)") ?? Exact(0)
    }
}

extension Amount {
    var double: Double? { exact?.double }
}

extension PlainNumber {
    static func format(_ value: Double) -> String { format(Exact(prose: value)) }
}

extension NumberStyle {
    /// A number from prose or a figure as `Double`: whole, or with one decimal.
    func count(_ value: Double) -> String {
        number(Exact(prose: value), decimals: value == value.rounded() ? 0 : 1)
    }
}
