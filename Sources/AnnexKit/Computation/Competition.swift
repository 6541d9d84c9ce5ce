extension Ranking {
    /// Competition ranks (1, 2, 2, 4) of the items with a value, highest first; ties share a rank
    /// and are listed in name order. Items without a value are left out.
    static func competition<Item>(_ items: [Item], value: (Item) -> Amount,
                                  name: (Item) -> String) -> [(item: Item, rank: Int)] {
        let values = items.map { value($0).exact }
        // Counts are whole numbers: compared as 64-bit integers, a large table sorts several times faster.
        var whole: [Int64?] = []
        whole.reserveCapacity(values.count)
        for value in values {
            guard let value else { whole.append(nil); continue }
            guard let number = value.wholeNumber64 else { return ranked(items, by: values, name: name) }
            whole.append(number)
        }
        return ranked(items, by: whole, name: name)
    }

    /// Competition ranks of the items by `keys` (nil: left out), highest first, ties in name order.
    private static func ranked<Item, Key: Comparable>(_ items: [Item], by keys: [Key?],
                                                      name: (Item) -> String) -> [(item: Item, rank: Int)] {
        // The positions are sorted rather than the items, and names compared only between ties.
        let names = items.map(name)
        let order = items.indices.filter { keys[$0] != nil }.sorted { left, right in
            let (a, b) = (keys[left]!, keys[right]!)
            return a > b || (a == b && names[left] < names[right])
        }
        var ranked: [(item: Item, rank: Int)] = []
        ranked.reserveCapacity(order.count)
        for (index, position) in order.enumerated() {
            let tied = index > 0 && keys[order[index - 1]] == keys[position]
            ranked.append((items[position], tied ? ranked[index - 1].rank : index + 1))
        }
        return ranked
    }
}
