/// The table by which a numbering finds what it numbered from a hash (`TextNumbers`, `PairNumbers`): open
/// addressing, the next slot when one is taken, at most half full. A slot holds 0 when it is empty, else the number
/// placed there plus 1; the numbers are 0, 1, 2… in the order placed. The numbering compares what it numbered
/// itself: a look (`probe`) hands it the numbers placed on the way (`next`) and ends at an empty slot, where a new
/// number goes (`place`).
struct HashSlots {
    /// Where a look for a hash stands: the slot it tries next.
    struct Probe {
        fileprivate let hash: UInt64
        fileprivate var slot: Int
    }

    /// The hash of each number, for placing it again when the table grows.
    private var hashes: [UInt64] = []
    /// For each slot, 0 when it is empty, else the number placed there plus 1.
    private var slots: [Int]

    /// An empty table with room for `capacity` numbers before it grows.
    init(capacity: Int = 0) {
        var count = Self.leastSlots
        while count < 2 * capacity { count *= 2 }
        slots = Array(repeating: 0, count: count)
        hashes.reserveCapacity(capacity)
    }

    /// The fewest slots a table has (a power of two, as every count of slots).
    private static let leastSlots = 16

    /// A look for `hash`, from the first slot it tries.
    func probe(_ hash: UInt64) -> Probe { Probe(hash: hash, slot: Self.slot(of: hash, among: slots.count)) }

    /// The number in the slot `probe` tries, `probe` moved on to the next slot; nil when that slot is empty, where
    /// the look ends.
    func next(_ probe: inout Probe) -> Int? {
        let held = slots[probe.slot]
        guard held != 0 else { return nil }
        probe.slot = (probe.slot + 1) & (slots.count - 1)
        return held - 1
    }

    /// The hash `number` was placed with.
    func hash(of number: Int) -> UInt64 { hashes[number] }

    /// The next number, placed in the empty slot where `probe` ended; the table grows when it is half full.
    mutating func place(_ probe: Probe) -> Int {
        let number = hashes.count
        hashes.append(probe.hash)
        slots[probe.slot] = number + 1
        if 2 * hashes.count > slots.count { grow() }
        return number
    }

    /// Twice the slots, every number placed again by its hash.
    private mutating func grow() {
        slots = Array(repeating: 0, count: 2 * slots.count)
        for (number, hash) in hashes.enumerated() {
            var slot = Self.slot(of: hash, among: slots.count)
            while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = number + 1
        }
    }

    /// The first slot tried for `hash` among `count` slots (a power of two): its high bits, which every part of
    /// what was hashed has stirred.
    private static func slot(of hash: UInt64, among count: Int) -> Int {
        Int(truncatingIfNeeded: hash >> UInt64(64 - count.trailingZeroBitCount))
    }
}
