extension Exact {
    /// The value as a position on a drawing: the `Double` nearest to its decimal text. Only where a
    /// bar ends or a point lies is made from it; every number a reader sees is written by `NumberStyle`.
    var coordinate: Double { Double(PlainNumber.format(self)) ?? 0 }
}
