/// The numbers of one data file, read by one rule for the whole file, so that `1.500` never
/// silently becomes 1,5 (docs/numbers.md, *Numbers in data files*):
///
/// 1. A file writes all its numbers in one notation: Dutch (`1.500`, `12,5`) or one with a decimal
///    point: plain (`1500`, `12.5`) in a tidy file, English (`1,500`, `12.5`) in a table as received.
/// 2. Cells that read only one way, as a valid figure of their measure, establish it: `12,5`,
///    `1.234.567`, `13,4%` are Dutch; `12.5`, `0.25` in an average are plain (`1.50` in a count
///    reads as no count at all, and decides nothing). When a file has cells of both, the notation
///    with more of them is the file's (on a tie, the layout's) and every cell written in the other
///    is an error. In a table as received, typed by people, a count that is a whole number in one
///    notation only establishes that one too (`1.500` is 1500 in Dutch and 1,5 in English; `1,412`
///    the reverse): a count cannot be 1,5.
/// 3. Without such cells the notation is the layout's: Dutch for a table as received (English in a
///    comma or tab separated one, as English Excel saves it), plain for a tidy file. A notation the
///    spec states (`numbers:`) is the file's, established without a cell.
/// 4. A cell that reads two ways (`1.500`: 1500 in Dutch, 1,5 plain) is read in the file's notation
///    when a cell established it. Otherwise it is accepted only where the layout's reading is a
///    whole count of a count measure (1.500 = 1500 in a Dutch table); anything else is an error.
/// 5. A count (kind `count`) must then be a whole number ≥ 0.
struct FileNumbers {
    /// A number cell waiting for the file's notation.
    struct Pending {
        let text: String
        /// The cell read in the notation with a decimal point, and in Dutch.
        let point: Exact?
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
    /// The notation besides Dutch: `.plain` or `.english`.
    let pointNotation: CellParser.Notation
    /// The notation the spec states for the file, if any.
    let stated: CellParser.Notation?
    /// Whether a count that is whole in one notation only establishes it (a table as received).
    let wholeCountsDecide: Bool
    private(set) var pending: [Pending] = []

    /// The numbers of a tidy file: plain or Dutch, plain by default.
    init() {
        self.init(layoutNotation: .plain, pointNotation: .plain, stated: nil, wholeCountsDecide: false)
    }

    /// The numbers of a table as received: English or Dutch, `layoutNotation` by default, or the
    /// notation the spec states.
    static func received(layoutNotation: CellParser.Notation, stated: CellParser.Notation?) -> FileNumbers {
        FileNumbers(layoutNotation: layoutNotation, pointNotation: .english, stated: stated, wholeCountsDecide: true)
    }

    private init(layoutNotation: CellParser.Notation, pointNotation: CellParser.Notation,
                 stated: CellParser.Notation?, wholeCountsDecide: Bool) {
        self.layoutNotation = layoutNotation
        self.pointNotation = pointNotation
        self.stated = stated
        self.wholeCountsDecide = wholeCountsDecide
    }

    /// What became of a number cell given to `add`.
    enum Reading {
        /// It reads the same in both notations (most cells: `497`): it establishes none, so its value,
        /// or the problem with it, is known at once and nothing of it is kept.
        case settled(Result<Exact, LoadError.Problem>)
        /// It reads differently in the two notations: it waits for the file's notation (`resolve`).
        case pending
    }

    /// Takes the UTF-8 bytes of a number cell, read in both notations where they lie; throws the problem
    /// when it is no number in either.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, column: Int,
                      target: Target?) throws(LoadError.Problem) -> Reading {
        let point = CellParser.read(bytes, pointNotation), dutch = CellParser.read(bytes, .dutch)
        let text = String(decoding: bytes, as: UTF8.self)
        if point == nil && dutch == nil { throw CellParser.notANumber(text, notation: nil) }
        return take(Pending(text: text, point: point, dutch: dutch, line: line, column: column, target: target))
    }

    /// Takes a number a workbook stores as a number: the same in every notation, and checked as a
    /// figure of its measure like any other.
    mutating func add(stored value: Exact, text: String, line: Int, column: Int, target: Target?) -> Reading {
        take(Pending(text: text, point: value, dutch: value, line: line, column: column, target: target))
    }

    private mutating func take(_ cell: Pending) -> Reading {
        // Read alike, a cell's value does not depend on the notation (`value` reads it the same way in each).
        guard cell.point != cell.dutch else { return .settled(value(cell, notation: layoutNotation, evidence: nil)) }
        pending.append(cell)
        return .pending
    }

    /// The notation of the file, and the first cell that established it (nil: the layout's, by default).
    func notation() -> (notation: CellParser.Notation, evidence: Pending?) {
        if let stated { return (stated, nil) }
        func valid(_ cell: Pending, _ value: Exact?) -> Bool {
            guard let value else { return false }
            return cell.target?.kind != .count || value.isInteger && value >= 0
        }
        func establishes(_ cell: Pending, _ reading: Exact?, _ other: Exact?) -> Bool {
            guard valid(cell, reading) else { return false }
            return other == nil || wholeCountsDecide && cell.target?.kind == .count && !valid(cell, other)
        }
        // Counted, not listed: a large table may have hundreds of thousands of cells pending.
        var (pointOnly, dutchOnly) = (0, 0)
        var (firstPoint, firstDutch): (Pending?, Pending?) = (nil, nil)
        for cell in pending {
            if establishes(cell, cell.point, cell.dutch) {
                pointOnly += 1
                firstPoint = firstPoint ?? cell
            }
            if establishes(cell, cell.dutch, cell.point) {
                dutchOnly += 1
                firstDutch = firstDutch ?? cell
            }
        }
        let notation: CellParser.Notation = pointOnly > dutchOnly ? pointNotation
            : dutchOnly > pointOnly ? .dutch : layoutNotation
        return (notation, notation == .dutch ? firstDutch : firstPoint)
    }

    /// Every figure still pending with its value, or the problem with it (with the cell's line and column),
    /// made as it is read.
    func resolve() -> some Sequence<(cell: Pending, value: Result<Exact, LoadError.Problem>)> {
        let (notation, evidence) = notation()
        return pending.lazy.map { cell in (cell, value(cell, notation: notation, evidence: evidence)) }
    }

    private func value(_ cell: Pending, notation: CellParser.Notation,
                       evidence: Pending?) -> Result<Exact, LoadError.Problem> {
        let reading = notation == .dutch ? cell.dutch : cell.point
        guard let reading else {
            let established = evidence.map {
                MessageText(.numberEvidence, ["line": .number($0.line), "column": .number($0.column),
                                              "text": "\(LoadError.quote($0.text))"])
            }
            return .failure(.mixedNotation(cell: cell.text, notation: notation.described, evidence: established))
        }
        let ambiguous = cell.point != nil && cell.dutch != nil && cell.point != cell.dutch
        let kind = cell.target?.kind ?? .count
        if ambiguous && evidence == nil && stated == nil && !(kind == .count && reading.isInteger && reading >= 0) {
            return .failure(.ambiguousNumber(cell: cell.text))
        }
        guard kind == .count, let measure = cell.target?.measureID else { return .success(reading) }
        if reading < 0 { return .failure(.negativeCount(cell: cell.text, measure: measure)) }
        if !reading.isInteger {
            return .failure(
                .fractionalCount(cell: cell.text, measure: measure, readAs: ambiguous ? notation.described : nil))
        }
        return .success(reading)
    }
}
