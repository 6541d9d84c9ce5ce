/// The sources of the figures, each text once, in the order the figures first cite them, and the number
/// of each figure's source in that list: `figures.json` lists the texts once and refers to them by number,
/// `figures.csv` copies each text's encoded bytes.
///
/// A count's source is also that of each statistic derived from it, so most figures cite the text of
/// the figure before (the same string, compared at once); only a text not cited just before is looked up.
struct FigureSources {
    /// The distinct source texts, in the order first cited.
    private(set) var texts: [String] = []
    /// For each figure, the number (position in `texts`) of its source.
    private(set) var numbers: [Int] = []

    /// The sources of `tables`' figures, in order.
    init(_ tables: [[FigureRecord]]) {
        var known: [String: Int] = [:]
        numbers.reserveCapacity(tables.reduce(0) { $0 + $1.count })
        // Room for every text looked up, so that the table never grows (growing hashes every text again).
        known.reserveCapacity(tables.reduce(0) { count, figures in
            count + figures.indices.count(where: { $0 == 0 || figures[$0].source != figures[$0 - 1].source })
        })
        var last: (text: String, number: Int)?
        // By index: a record is not copied whole for its source.
        for figures in tables {
            for index in figures.indices {
                let source = figures[index].source
                if let last, last.text == source {
                    numbers.append(last.number)
                    continue
                }
                let next = texts.count
                let number = Self.value(&known[source, default: next])
                if number == next { texts.append(source) }
                numbers.append(number)
                last = (source, number)
            }
        }
    }

    /// The value an entry holds, inserted when it was missing (its text hashed once).
    private static func value(_ entry: inout Int) -> Int { entry }
}
