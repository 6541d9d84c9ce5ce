/// The value lines right above a prose sentence ('Kosten 2024: 296,0 mln' / 'Kosten 2025: 318,4 mln' over 'De
/// kosten stegen met 7,6 procent.'): each line is a sentence of its own, and together they are read as the one
/// sentence before the prose, so that it takes their values as it takes those of a sentence before it. A blank line
/// or a title ends a block: the lines must follow each other and the prose the last of them.
struct ValueLineBlock: Sendable {
    /// The lines of the block so far, each a sentence of value lines.
    private var lines: [SentenceAnalysis] = []
    /// What the sentences before the block's first line say.
    private var before: Discourse?

    /// What joins two lines of a block when they are read as one sentence: a separator of items, as in a list.
    static let separator = "; "

    /// Takes the next sentence, with what the sentences before it say.
    mutating func enter(_ analysis: SentenceAnalysis, discourse: Discourse) {
        guard analysis.sentence.isValueLines else {
            lines = []
            before = nil
            return
        }
        if let last = lines.last, Self.follows(analysis.sentence, last.sentence) {
            lines.append(analysis)
        } else {
            lines = [analysis]
            before = discourse
        }
    }

    /// The block's lines read as one sentence when `sentence` is prose right under two or more of them, with what
    /// the sentences before the block say and the series of periods they give; nil otherwise.
    func joined(above sentence: Sentence, names: RegionNames)
        -> (analysis: SentenceAnalysis, before: Discourse, lines: Int, series: PeriodSeries?)?
    {
        guard sentence.isUnderValueLines, lines.count >= 2, let last = lines.last, let before,
            Self.follows(sentence, last.sentence)
        else { return nil }
        var text = ""
        var lineStarts: [(offset: Int, line: Int)] = []
        for line in lines.map(\.sentence) {
            if !text.isEmpty { text += Self.separator }
            let offset = text.unicodeScalars.count
            lineStarts += line.lineStarts.map { (offset + $0.offset, $0.line) }
            text += line.text
        }
        let block = Sentence(
            text: text, lineStarts: lineStarts, paragraph: last.sentence.paragraph, heading: last.sentence.heading,
            titleYear: last.sentence.titleYear, titleScale: last.sentence.titleScale, isValueLines: true)
        return (SentenceAnalysis(block, names: names), before, lines.count, PeriodSeries(lines: lines))
    }

    /// Whether `sentence` stands in the same paragraph on the line right under `above`, or on its line (the values
    /// of one line between '|' marks).
    private static func follows(_ sentence: Sentence, _ above: Sentence) -> Bool {
        sentence.paragraph == above.paragraph
            && (above.lines.upperBound...above.lines.upperBound + 1).contains(sentence.lines.lowerBound)
    }
}
