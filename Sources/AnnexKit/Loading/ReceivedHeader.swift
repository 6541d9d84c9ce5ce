/// The header of a table as received: where it is, and what each column holds.
///
/// The header starts at the first row with two or more different texts of which one names a
/// measure, the column of names or periods, or two name periods; rows above it are titles. It
/// goes on over the rows below whose name cell is empty (or repeats the heading) and that hold
/// no figure, up to `maximumRows`: a row of periods over a row of measures, a wrapped unit row.
/// An empty heading to the right of a period repeats it (a merged period cell as CSV exports it).
struct ReceivedHeader {
    /// Most rows a header spans.
    static let maximumRows = 4

    /// Why a column cannot be read.
    struct Unmapped: Error {
        let reason: MessageText
    }

    /// What a column holds.
    enum Role: Equatable {
        /// Figures of one measure and period; either is nil when the row gives it (a long table,
        /// or a table with a row per measure) or the spec has only one.
        case figures(measure: Int?, period: Int?)
        case names
        /// The codes of the table's own regions, beside their names.
        case codes
        case periods
        case skipped
    }

    /// Index of the first and the row after the last header row, among the rows given.
    let rows: Range<Int>
    /// Column (0-based) of the region names, or of the measure names in a table per measure.
    let nameColumn: Int
    /// Column of the periods in a long table.
    let periodColumn: Int?
    /// Column of the codes of the table's own regions, when it has one.
    let codeColumn: Int?
    /// Role per column; columns beyond it have no heading.
    let roles: [Role]
    /// The heading of the name column and of the period column, compared as keys.
    let nameHeading: String
    let periodHeading: String?

    /// Finds the header in `rows` (no blank rows) for the table `spec`, of a file that provides
    /// `periods` (nil: all of the table's). When that is one period, a heading that names no period
    /// is of that period (a year's delivery: `Meldingen begin detentie`).
    init(rows: [InputRow], spec: TableSpec, vocabulary: TableVocabulary, file: String,
         periods: [Period]? = nil) throws {
        guard let start = rows.firstIndex(where: { Self.starts($0, vocabulary) }) else {
            throw LoadErrors([LoadError(file: file, .noHeader(known: vocabulary.known))])
        }
        let first = rows[start].cells.map { vocabulary.heading($0.trimmed) }
        let nameColumn = first.firstIndex(of: .regionColumn)
            ?? rows[start].cells.indices.first { rows[start][$0].isEmpty || first[$0] == .unknown } ?? 0
        let nameHeading = TableVocabulary.key(rows[start][nameColumn].trimmed)
        var end = start + 1
        while end < rows.count, end - start < Self.maximumRows,
              Self.continues(rows[end], nameColumn: nameColumn, nameHeading: nameHeading, vocabulary) {
            end += 1
        }
        let header = Array(rows[start..<end])
        let width = header.map(\.cells.count).max() ?? 0
        let parts = (0..<width).map { column in
            column == nameColumn ? [rows[start][column].singleLine]
                : Self.parts(header, column: column, after: nameColumn, vocabulary)
        }
        let long = parts.indices.contains { column in
            column != nameColumn && parts[column].contains { vocabulary.heading($0) == .periodColumn }
        }
        let provided = periods ?? spec.periods
        let onlyPeriod = provided.count == 1 ? spec.periods.firstIndex(of: provided[0]) : nil
        var roles: [Role] = []
        var problems: [(column: Int, reason: MessageText)] = []
        for column in 0..<width {
            let role = column == nameColumn ? .success(.names)
                : Self.role(parts[column], long: long, onlyPeriod: onlyPeriod, spec: spec, vocabulary)
            switch role {
            case .success(let role): roles.append(role)
            case .failure(let unmapped):
                problems.append((column, unmapped.reason))
                roles.append(.skipped)
            }
        }
        func described(_ column: Int) -> String { "\(column + 1) '\(parts[column].joined(separator: " | "))'" }
        if let firstProblem = problems.first {
            let problem = LoadError.Problem.unmappedColumns(
                problems: problems.map { MessageText(.headerColumn, ["column": "\(described($0.column))",
                                                                     "problem": .message($0.reason)]) },
                found: parts.indices.filter { !parts[$0].isEmpty }.map(described), known: vocabulary.known)
            throw LoadErrors([LoadError(file: file, line: rows[start].line, column: firstProblem.column + 1, problem)])
        }
        let absent = Self.absentColumns(roles, long: long, provided: provided, spec: spec)
        if !absent.isEmpty {
            throw LoadErrors([LoadError(file: file, line: rows[start].line, .absentColumns(
                names: absent, found: parts.indices.filter { !parts[$0].isEmpty }.map(described)))])
        }
        self.rows = start..<end
        self.nameColumn = nameColumn
        self.nameHeading = nameHeading
        self.roles = roles
        periodColumn = roles.firstIndex(of: .periods)
        codeColumn = roles.firstIndex(of: .codes)
        periodHeading = periodColumn.map { TableVocabulary.key(parts[$0][0]) }
    }

    /// The columns the spec asks for that no heading gives, as `Meldingen 2024`: a figure for
    /// each measure (unless the rows name them) and each period the file provides (unless a column
    /// of periods gives them). A column the file lacks is an error, not a column of missing figures.
    private static func absentColumns(_ roles: [Role], long: Bool, provided: [Period], spec: TableSpec) -> [String] {
        let measures: [Int?] = spec.layout == .measures ? [nil] : spec.measures.indices.map { $0 }
        let periods: [Int?] = long ? [nil] : provided.compactMap { spec.periods.firstIndex(of: $0) }
        return periods.flatMap { period in
            measures.compactMap { measure -> String? in
                if roles.contains(.figures(measure: measure, period: period)) { return nil }
                return [measure.map { spec.measures[$0].label }, period.map { spec.periods[$0].label }]
                    .compactMap { $0 }.joined(separator: " ")
            }
        }
    }

    /// Whether `row` starts the header: two or more different texts, of which one names a
    /// measure or the column of names or periods, or two name periods.
    static func starts(_ row: InputRow, _ vocabulary: TableVocabulary) -> Bool {
        guard row.distinctTexts.count >= 2 else { return false }
        var periods = 0
        for cell in row.cells {
            switch vocabulary.heading(cell.trimmed) {
            case .measure, .measureInPeriod, .regionColumn, .periodColumn: return true
            case .period: periods += 1
            default: break
            }
        }
        return periods >= 2
    }

    /// Whether `row` continues a header whose name column is `nameColumn`.
    private static func continues(_ row: InputRow, nameColumn: Int, nameHeading: String,
                                  _ vocabulary: TableVocabulary) -> Bool {
        let name = TableVocabulary.key(row[nameColumn].trimmed)
        guard name.isEmpty || name == nameHeading || vocabulary.heading(name) == .regionColumn else { return false }
        return row.cells.allSatisfy { cell in
            cell.isEmpty || vocabulary.heading(cell.trimmed) != .unknown || !cell.looksLikeFigure
        }
    }

    /// The different texts over the header rows in `column`, top to bottom; an empty cell takes
    /// a period on its left (right of the name column), as a merged period cell exports.
    private static func parts(_ header: [InputRow], column: Int, after nameColumn: Int,
                              _ vocabulary: TableVocabulary) -> [String] {
        var parts: [String] = []
        for row in header {
            var text = row[column].singleLine
            if text.isEmpty, column > nameColumn + 1,
               let left = (nameColumn + 1..<column).reversed().first(where: { !row[$0].isEmpty }),
               vocabulary.period(row[left].trimmed) != nil {
                text = row[left].singleLine
            }
            if !text.isEmpty, !parts.contains(where: { TableVocabulary.key($0) == TableVocabulary.key(text) }) {
                parts.append(text)
            }
        }
        return parts
    }

    /// The role of a column from its heading parts, or why it has none; `onlyPeriod` is the period
    /// of a heading that names none, when the file provides one period.
    private static func role(_ parts: [String], long: Bool, onlyPeriod: Int?, spec: TableSpec,
                             _ vocabulary: TableVocabulary) -> Result<Role, Unmapped> {
        if parts.isEmpty { return .success(.skipped) }
        // The whole column as an error lists it (`2022 | Instroom`), or its heading read as one.
        let whole = [" | ", " "].lazy.map { vocabulary.heading(parts.joined(separator: $0)) }.first { $0 != .unknown }
        let headings = parts.count > 1 && whole != nil ? [whole!] : parts.map(vocabulary.heading)
        if headings.contains(.ignored) { return .success(.skipped) }
        if headings.contains(.periodColumn) { return .success(.periods) }
        if headings.contains(.codeColumn) { return .success(.codes) }
        if long, parts.count == 1, TableVocabulary.key(parts[0]) == TableVocabulary.recordNumberWord {
            return .success(.skipped)
        }
        let unknown = zip(parts, headings).compactMap { part, heading -> MessageText? in
            switch heading {
            case .regionColumn: MessageText(.headerSecondNames, ["heading": "\(part)"])
            case .unknown where part.prefix(4).allSatisfy(\.isASCIIDigit):
                MessageText(.headerNoPeriod, ["heading": "\(part)"])
            case .unknown: MessageText(.headerNoMeasure, ["heading": "\(part)"])
            default: nil
            }
        }
        if !unknown.isEmpty {
            return .failure(Unmapped(reason: MessageText(.headerList, ["items": .list(unknown, separator: ", ")])))
        }
        var measures = Set<Int>(), periods = Set<Int>()
        for heading in headings {
            switch heading {
            case .measure(let measure): measures.insert(measure)
            case .period(let period): periods.insert(period)
            case .measureInPeriod(let measure, let period): measures.insert(measure); periods.insert(period)
            default: break
            }
        }
        let byRow = spec.layout == .measures
        let problem: Message? = if measures.count > 1 || periods.count > 1 {
            .headerSeveral
        } else if byRow && !measures.isEmpty {
            .headerMeasureColumn
        } else if long && !periods.isEmpty {
            .headerPeriodColumn
        } else if !byRow && measures.isEmpty && spec.measures.count > 1 {
            .headerWithoutMeasure
        } else if !long && periods.isEmpty && onlyPeriod == nil {
            .headerWithoutPeriod
        } else {
            nil
        }
        if let problem { return .failure(Unmapped(reason: MessageText(problem))) }
        return .success(.figures(measure: measures.first ?? (byRow ? nil : 0),
                                 period: periods.first ?? (long ? nil : onlyPeriod)))
    }
}
