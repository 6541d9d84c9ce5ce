/// The guard that keeps a figure from confirming the passage it came from: a count transcribed
/// from the claim's own lines, or corrected on their evidence, says nothing about the claim. It reads
/// the source lines each figure records as fields (`line`, and the `lines` of a correction), for
/// every kind of claim, when the text is the figures' source.
enum Circularity {
    static func doubt(_ figure: FigureRecord, lines: ClosedRange<Int>, source: SourceText) -> Doubt? {
        guard let provenance = figure.provenance, provenance.sourceLines.contains(where: lines.contains),
            source.isSource(of: figure)
        else { return nil }
        if let line = provenance.correction?.lines.first(where: lines.contains) {
            return .correctedOnPassage(figure: describe(figure), line: line)
        }
        if let line = provenance.line, lines.contains(line) {
            return .fromPassage(figure: describe(figure), line: line)
        }
        return nil
    }

    /// `table/region/measure/period = value` (or its status).
    static func describe(_ figure: FigureRecord) -> String {
        "\(figure.table)/\(figure.region.code)/\(figure.measure)/\(figure.period) = "
            + (figure.amount.exact.map { PlainNumber.format($0) } ?? figure.amount.status.rawValue)
    }
}

extension Provenance {
    /// Every line of the source text the figure was read from or corrected on.
    var sourceLines: [Int] { (line.map { [$0] } ?? []) + (correction?.lines ?? []) }
}
