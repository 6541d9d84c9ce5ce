/// The titles and labels of a spec as a reader sees them: each has text (not only spaces) and at
/// most `Limits.nameCharacters` characters. Each problem points at its field.
enum SpecTextCheck {
    static func problems(_ spec: ReportSpec) -> [SpecProblem] {
        var texts: [(path: [SpecLines.Step], text: String)] = [(["title"], spec.title)]
        for (index, table) in spec.tables.enumerated() {
            let path: [SpecLines.Step] = ["tables", .index(index)]
            texts.append((path + ["title"], table.title))
            if let header = table.rowHeader { texts.append((path + ["row_header"], header)) }
            for (position, measure) in table.measures.enumerated() {
                texts.append((path + ["measures", .index(position), "label"], measure.label))
            }
        }
        for (index, figure) in spec.figures.enumerated() {
            let path: [SpecLines.Step] = ["figures", .index(index)]
            texts.append((path + ["title"], figure.title))
            for (position, series) in figure.series.enumerated() {
                if let label = series.label { texts.append((path + ["series", .index(position), "label"], label)) }
            }
        }
        return texts.compactMap { path, text in
            problem(text).map { SpecProblem(reason: $0, path: path) }
        }
    }

    /// What is wrong with a title, label or name as a reader sees it, if anything.
    static func problem(_ text: String) -> MessageText? {
        let limit = Limits.current.nameCharacters
        if text.allSatisfy(\.isWhitespace) { return MessageText(.specBlankText) }
        if text.count > limit {
            return MessageText(.specTextTooLong, ["length": .number(text.count), "limit": .number(limit)])
        }
        return nil
    }
}
