extension Ranking {
    /// Competition ranks (1, 2, 2, 4) of the items with a value, highest first; ties share a rank
    /// and are listed in name order. Items without a value are left out.
    static func competition<Item>(_ items: [Item], value: (Item) -> Amount,
                                  name: (Item) -> String) -> [(item: Item, rank: Int)] {
        // The positions are sorted rather than the items, and names compared only between ties.
        let values = items.map { value($0).exact }
        let order = items.indices.filter { values[$0] != nil }.sorted { left, right in
            let (a, b) = (values[left]!, values[right]!)
            return a > b || (a == b && name(items[left]) < name(items[right]))
        }
        var ranked: [(item: Item, rank: Int)] = []
        ranked.reserveCapacity(order.count)
        for (index, position) in order.enumerated() {
            let tied = index > 0 && values[order[index - 1]] == values[position]
            ranked.append((items[position], tied ? ranked[index - 1].rank : index + 1))
        }
        return ranked
    }
}
