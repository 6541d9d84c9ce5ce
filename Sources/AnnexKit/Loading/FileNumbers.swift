/// The numbers of one data file, read by one rule for the whole file, so that `1.500` never
/// silently becomes 1,5 (README, *Numbers in data files*):
///
/// 1. A file writes all its numbers in one notation: plain (`1500`, `12.5`) or Dutch (`1.500`, `12,5`).
/// 2. Cells that read only one way, as a valid figure of their measure, establish it: `12,5`,
///    `1.234.567`, `13,4%` are Dutch; `12.5`, `0.25` in an average are plain (`1.50` in a count
///    reads as no count at all, and decides nothing). When a file has cells of both, the notation
///    with more of them is the file's (on a tie, the layout's) and every cell written in the other
///    is an error.
/// 3. Without such cells the notation is the layout's: Dutch for a wide file, plain for a tidy one.
/// 4. A cell that reads two ways (`1.500`: 1500 in Dutch, 1,5 plain) is read in the file's notation
///    when a cell established it. Otherwise it is accepted only where the layout's reading is a
///    whole count of a count measure (1.500 = 1500 in a wide file); anything else is an error.
/// 5. A count (kind `count`) must then be a whole number ≥ 0.
struct FileNumbers {
    /// A number cell waiting for the file's notation.
    struct Pending {
        let text: String
        let plain: Exact?
        let dutch: Exact?
        let line: Int
        let column: Int
        let target: Target?
    }

    /// Where a figure goes, and what kind of number it must be.
    struct Target {
        let row: Int
        let measure: Int
        let period: Int
        let kind: MeasureKind
        let measureID: String
    }

    /// The notation of the file when no cell establishes one.
    let layoutNotation: CellParser.Notation
    private(set) var pending: [Pending] = []

    init(layoutNotation: CellParser.Notation) {
        self.layoutNotation = layoutNotation
    }

    /// Takes the text of a number cell; returns the problem when it is no number in either notation.
    mutating func add(_ text: String, line: Int, column: Int, target: Target?) -> LoadError.Problem? {
        let plain = CellParser.plain(text), dutch = CellParser.dutch(text)
        if plain == nil && dutch == nil { return CellParser.notANumber(text, notation: nil) }
        pending.append(Pending(text: text, plain: plain, dutch: dutch, line: line, column: column, target: target))
        return nil
    }

    /// The notation of the file, and the first cell that established it (nil: the layout's, by default).
    func notation() -> (notation: CellParser.Notation, evidence: Pending?) {
        func valid(_ cell: Pending, _ value: Exact?) -> Bool {
            guard let value else { return false }
            return cell.target?.kind != .count || value.isInteger && value >= 0
        }
        let plainOnly = pending.filter { $0.dutch == nil && valid($0, $0.plain) }
        let dutchOnly = pending.filter { $0.plain == nil && valid($0, $0.dutch) }
        let notation: CellParser.Notation = plainOnly.count > dutchOnly.count ? .plain
            : dutchOnly.count > plainOnly.count ? .dutch : layoutNotation
        return (notation, (notation == .plain ? plainOnly : dutchOnly).first)
    }

    /// Every figure with its value, or the problem with it (with the cell's line and column).
    func resolve() -> [(cell: Pending, value: Result<Exact, LoadError.Problem>)] {
        let (notation, evidence) = notation()
        return pending.map { cell in (cell, value(cell, notation: notation, evidence: evidence)) }
    }

    private func value(_ cell: Pending, notation: CellParser.Notation,
                       evidence: Pending?) -> Result<Exact, LoadError.Problem> {
        let reading = notation == .plain ? cell.plain : cell.dutch
        guard let reading else {
            let established = evidence.map { "regel \($0.line), kolom \($0.column): '\($0.text)'" } ?? ""
            return .failure(.mixedNotation(cell: cell.text, notation: notation.described, evidence: established))
        }
        let ambiguous = cell.plain != nil && cell.dutch != nil && cell.plain != cell.dutch
        let kind = cell.target?.kind ?? .count
        if ambiguous && evidence == nil && !(kind == .count && reading.isInteger && reading >= 0) {
            return .failure(.ambiguousNumber(cell: cell.text))
        }
        guard kind == .count, let measure = cell.target?.measureID else { return .success(reading) }
        if reading < 0 { return .failure(.negativeCount(cell: cell.text, measure: measure)) }
        if !reading.isInteger {
            let how = ambiguous ? " (gelezen als \(notation.described))" : ""
            return .failure(.fractionalCount(cell: cell.text + how, measure: measure))
        }
        return .success(reading)
    }
}
