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

    init(_ figures: [FigureRecord]) {
        var known: [String: Int] = [:]
        numbers.reserveCapacity(figures.count)
        var last: (text: String, number: Int)?
        for figure in figures {
            if let last, last.text == figure.source {
                numbers.append(last.number)
                continue
            }
            let next = texts.count
            let number = Self.value(&known[figure.source, default: next])
            if number == next { texts.append(figure.source) }
            numbers.append(number)
            last = (figure.source, number)
        }
    }

    /// The value an entry holds, inserted when it was missing (its text hashed once).
    private static func value(_ entry: inout Int) -> Int { entry }
}
