/// The sources of the figures, each text once, in the order the figures first cite them, and the number
/// of each figure's source in that list: `figures.json` lists the texts once and refers to them by number,
/// `figures.csv` copies each text's encoded bytes. Texts are the same source when their bytes are
/// (`TextNumbers`).
///
/// A count's source is also that of each statistic derived from it, so most figures cite the text of
/// the figure before (the same string, compared at once); only a text not cited just before is looked up.
struct FigureSources {
    /// The distinct source texts, in the order first cited.
    var texts: [String] { numbering.texts }
    /// For each figure, the number (position in `texts`) of its source.
    private(set) var numbers: [Int] = []
    private var numbering: TextNumbers

    /// The sources of `tables`' figures, in order.
    init(_ tables: [[FigureRecord]]) {
        let count = tables.reduce(0) { $0 + $1.count }
        numbers.reserveCapacity(count)
        // Room for as many texts as figures at most half of which (a count and its derived statistics) cite new
        // ones: a table that grows places every text again.
        numbering = TextNumbers(capacity: count / 2)
        var last: (text: String, number: Int)?
        for figures in tables {
            // In place: a record is not copied whole for its source.
            figures.withUnsafeBufferPointer { figures in
                for index in figures.indices {
                    let source = figures[index].source
                    if let last, TextNumbers.sameBytes(last.text, source) {
                        numbers.append(last.number)
                        continue
                    }
                    let number = numbering.number(of: source)
                    numbers.append(number)
                    last = (source, number)
                }
            }
        }
    }
}
