extension Exact {
    /// The value as a position on a drawing: the `Double` nearest to its decimal text. Only where a
    /// bar ends or a point lies is made from it; every number a reader sees is written by `NumberStyle`.
    /// A value beyond a Double's range (an exact count of hundreds of digits) is its largest finite value.
    var coordinate: Double {
        let value = Double(PlainNumber.format(self)) ?? 0
        return min(max(value, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }
}
