extension Ranking {
    /// Competition ranks (1, 2, 2, 4) of the items with a value, highest first; ties share a rank
    /// and are listed in name order. Items without a value are left out.
    static func competition<Item>(_ items: [Item], value: (Item) -> Amount,
                                  name: (Item) -> String) -> [(item: Item, rank: Int)] {
        let valued = items.compactMap { item in value(item).exact.map { (item: item, value: $0, name: name(item)) } }
            .sorted { $0.value > $1.value || ($0.value == $1.value && $0.name < $1.name) }
        var ranked: [(item: Item, rank: Int)] = []
        for (index, entry) in valued.enumerated() {
            let tied = index > 0 && valued[index - 1].value == entry.value
            ranked.append((entry.item, tied ? ranked[index - 1].rank : index + 1))
        }
        return ranked
    }
}
