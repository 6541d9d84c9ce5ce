import Foundation

/// Whether the text being verified is the one the report's figures were read from: the numbers on
/// the lines the figures record as their source. A figure is from this text when one of its lines
/// here holds its value; only then does a claim on those lines count as circular (another text's
/// line 229 says nothing about the report's line 229).
struct SourceText: Sendable {
    /// The lines the figures record as their source, by number. A line's numbers are read when a figure asks:
    /// a claim asks only for figures of its own lines, a few of the hundreds a report records.
    private let lines: [Int: String]
    /// The numbers of the lines read so far, kept for the next figure of the same line.
    private let values = LineValues()

    /// Keeps `lines` of `document`.
    init(_ document: TextDocument, lines: Set<Int>) {
        var kept: [Int: String] = [:]
        if !lines.isEmpty {
            document.forEachLine { line, number in
                if lines.contains(number) { kept[number] = String(line) }
            }
        }
        self.lines = kept
    }

    /// Whether one of the figure's source lines in this text holds its value.
    func isSource(of figure: FigureRecord) -> Bool {
        guard let value = figure.amount.exact, let sourceLines = figure.provenance?.sourceLines else { return false }
        return sourceLines.contains { number in
            guard let line = lines[number] else { return false }
            return values.magnitudes(onLine: number, text: line).contains(value)
        }
    }
}

/// The magnitudes of the numbers on each source line, read at the first figure that asks for the line: a line
/// is cited by many figures, and reading it once per figure cost more than the rest of the check.
private final class LineValues: @unchecked Sendable {
    private let lock = NSLock()
    private var read: [Int: Set<Exact>] = [:]

    /// The magnitudes of the numbers on line `number`, whose text is `text`.
    func magnitudes(onLine number: Int, text: String) -> Set<Exact> {
        lock.lock()
        defer { lock.unlock() }
        if let known = read[number] { return known }
        let found = Set(Tokenizer.tokens(Array(text.unicodeScalars)).compactMap { $0.number?.value.magnitude })
        read[number] = found
        return found
    }
}
