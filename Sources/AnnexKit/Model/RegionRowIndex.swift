/// The rows of a dataset by their region's type and code (a code names one region of its type), held
/// as row numbers in an open-addressed table of 32-bit slots: 8 to 16 bytes a row, where a dictionary
/// of the type and code would hold a copy of each key, some 80 bytes a row.
struct RegionRowIndex: Sendable {
    /// Per slot 1 + a row number, 0 when empty; the count is a power of two, at most half of them full.
    private var slots: [Int32] = []
    private var count = 0

    private static let initialSlots = 16

    /// The row of `regions` whose region has the type and code of `region`.
    func row(of region: Region, in regions: RegionColumn) -> Int? {
        guard !slots.isEmpty else { return nil }
        var hasher = Hasher()
        RegionColumn.hash(type: region.type, code: region.code, into: &hasher)
        var slot = hasher.finalize() & (slots.count - 1)
        while slots[slot] != 0 {
            let row = Int(slots[slot]) - 1
            if regions.has(type: region.type, code: region.code, at: row) { return row }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds the last row of `regions`, whose region is in no other row.
    mutating func addLast(of regions: RegionColumn) {
        precondition(regions.count <= Int32.max, "RegionRowIndex: more rows than a table can hold")
        if (count + 1) * 2 > slots.count { resize(slots: max(Self.initialSlots, slots.count * 2), regions) }
        insert(regions.count - 1, regions)
    }

    /// Slots anew, `count` of them, with every row of `regions` but the last (which `addLast` adds).
    private mutating func resize(slots count: Int, _ regions: RegionColumn) {
        slots = [Int32](repeating: 0, count: count)
        self.count = 0
        for row in regions.indices.dropLast() { insert(row, regions) }
    }

    private mutating func insert(_ row: Int, _ regions: RegionColumn) {
        var hasher = Hasher()
        regions.hash(row: row, into: &hasher)
        var slot = hasher.finalize() & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(row + 1)
        count += 1
    }
}
