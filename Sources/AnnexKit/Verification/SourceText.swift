/// Whether the text being verified is the one the report's figures were read from: the numbers on
/// the lines the figures record as their source. A figure is from this text when one of its lines
/// here holds its value; only then does a claim on those lines count as circular (another text's
/// line 229 says nothing about the report's line 229).
struct SourceText: Sendable {
    private let numbers: [Int: Set<Exact>]

    /// Reads the numbers of `lines` of `document`.
    init(_ document: TextDocument, lines: Set<Int>) {
        var numbers: [Int: Set<Exact>] = [:]
        guard !lines.isEmpty else {
            self.numbers = numbers
            return
        }
        document.forEachLine { line, number in
            guard lines.contains(number) else { return }
            numbers[number] = Set(Tokenizer.tokens(Array(line)).compactMap { $0.number?.value.magnitude })
        }
        self.numbers = numbers
    }

    /// Whether one of the figure's source lines in this text holds its value.
    func isSource(of figure: FigureRecord) -> Bool {
        guard let value = figure.amount.exact, let lines = figure.provenance?.sourceLines else { return false }
        return lines.contains { numbers[$0]?.contains(value) == true }
    }
}
