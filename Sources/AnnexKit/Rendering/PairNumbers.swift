/// Numbers distinct pairs of integers in the order they first come (the parts of the figures' sources,
/// `FigureSources`): a pair gets the number of the same pair numbered before, else the next number. A pair is found
/// by a hash of its two integers (a multiplication each, where `Dictionary` hashes a key through `Hasher`, some
/// hundreds of instructions) in a table of its own (`HashSlots`).
struct PairNumbers {
    /// The distinct pairs, in the order first numbered.
    private var pairs: [(first: Int, second: Int)] = []
    private var table: HashSlots

    /// An empty numbering with room for `capacity` pairs before its table grows.
    init(capacity: Int = 0) {
        table = HashSlots(capacity: capacity)
        pairs.reserveCapacity(capacity)
    }

    /// The number of the pair (`first`, `second`), and whether it is numbered now: that of the same pair numbered
    /// before, else the next.
    mutating func number(_ first: Int, _ second: Int) -> (number: Int, isNew: Bool) {
        var probe = table.probe(Self.hash(first, second))
        while let number = table.next(&probe) {
            if pairs[number] == (first, second) { return (number, false) }
        }
        pairs.append((first, second))
        return (table.place(probe), true)
    }

    /// A hash of `first` and `second`: each mixed in by an exclusive or and a multiplication by an odd constant
    /// with its bits spread (2⁶⁴ divided by the golden ratio).
    private static func hash(_ first: Int, _ second: Int) -> UInt64 {
        let mixed = UInt64(truncatingIfNeeded: first) &* multiplier
        return (mixed ^ UInt64(truncatingIfNeeded: second)) &* multiplier
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
}
