import Foundation

/// A printed municipality name that was resolved through the alias list.
public struct AliasUse: Sendable, Hashable {
    public let file: String
    public let line: Int
    public let printed: String
    public let municipality: Municipality
    public let alias: Alias
}

/// A dataset as loaded, with how its names were resolved.
public struct LoadedDataset: Sendable {
    /// The figures as used: published, with evidenced corrections applied.
    public var dataset: Dataset
    public private(set) var aliasUses: [AliasUse]
    /// The figures exactly as published, before corrections.
    public private(set) var published: Dataset
    /// The corrections applied to `dataset`.
    public var corrections: [AppliedCorrection] = []
    /// What the loader recognised in the file and did not read as figures (titles, notes), and
    /// choices it made reading it.
    public var notices: [InputNotice] = []

    init(dataset: Dataset, aliasUses: [AliasUse]) {
        self.dataset = dataset
        self.aliasUses = aliasUses
        published = dataset
    }

    /// Adds what another file of the same table holds (another delivery's periods), before
    /// corrections.
    mutating func add(_ other: LoadedDataset) {
        dataset.add(other.dataset)
        published.add(other.published)
        aliasUses += other.aliasUses
        notices += other.notices
    }
}

/// A table's own regions as loaded (`regions:`): as the data gives them, or a list.
public enum OwnRegions: Sendable {
    case data
    case list(RegionList)
}

/// Collects the figures of one table from any file layout: resolves region names, matches
/// measures and periods against the spec, reads numbers by the file's notation (`FileNumbers`),
/// rejects duplicates, and gathers every error.
struct DatasetBuilder {
    let file: String
    let gazetteer: Gazetteer
    /// The table's own regions, when it has them instead of the reference's.
    let ownRegions: OwnRegions?
    /// The kind every value of the file is, whatever its measure (percentages in a file of shares).
    let valueKind: MeasureKind?
    private var numbers: FileNumbers
    private(set) var dataset: Dataset
    private(set) var errors = ErrorList()
    private var aliasUses: [AliasUse] = []
    private let measureByName: [String: Int]
    private let periodByName: [String: Int]
    /// Whether the file provides each of the table's periods; figures of the others are skipped.
    private let provides: [Bool]
    /// The table's periods the file has figures of but does not provide, by index.
    private(set) var skippedPeriods = Set<Int>()
    /// The last region name that had a row, and how it was resolved (`row(region:)`).
    private var lastRegion: LastRegion?

    /// A printed region name with its type and code, the row it has and the alias it was read through.
    private struct LastRegion {
        let text: String
        let type: RegionType?
        let code: String?
        let row: Int
        let alias: (municipality: Municipality, alias: Alias)?
    }

    /// `numbers` reads the file's numbers: by default as a tidy file's. `periods`: the periods the
    /// file provides (nil: all of the table's).
    init(file: String, spec: TableSpec, gazetteer: Gazetteer, ownRegions: OwnRegions? = nil,
         numbers: FileNumbers = FileNumbers(), valueKind: MeasureKind? = nil, periods: [Period]? = nil) {
        self.file = file
        self.gazetteer = gazetteer
        self.ownRegions = ownRegions
        self.valueKind = valueKind
        self.numbers = numbers
        provides = spec.periods.map { periods?.contains($0) ?? true }
        dataset = Dataset(id: spec.id, measures: spec.measures.map(\.measure), periods: spec.periods)
        var measures: [String: Int] = [:]
        for (index, measure) in dataset.measures.enumerated() {
            for name in [measure.id, measure.label] + measure.aliases { measures[Self.key(name)] = index }
        }
        measureByName = measures
        periodByName = Dictionary(
            spec.periods.enumerated().map { (Self.key($1.label), $0) }, uniquingKeysWith: { first, _ in first })
    }

    static func key(_ text: String) -> String { text.trimmingSpaces().lowercased() }

    /// Names of the country's row: a printed total (in Dutch or English), and CBS's region codes
    /// for the Netherlands.
    static let nationalNames: Set<String> = ["nl", "nederland", "totaal", "nl00", "nl01", "netherlands",
                                             "the netherlands", "total"]
    /// The national names' bytes (all lowercase ASCII).
    private static let nationalNameBytes = nationalNames.map { Array($0.utf8) }

    /// Whether `name` names the country's row. An ASCII name is compared with each national name byte by byte,
    /// its capitals taken as small letters (as lowercasing it would), so that it is not lowercased (most region
    /// names, for each row of a large table). Any other name lowercases to a national name, which is ASCII, only
    /// if each of its other characters lowercases to ASCII (the Kelvin sign 'K' to 'k'): most ('é', 'â') do not,
    /// and the name is not lowercased either.
    static func isNational(_ name: String) -> Bool {
        let trimmed = name.trimmingSpaces()
        let bytes = trimmed.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            let ascii = trimmed.unicodeScalars.allSatisfy {
                $0.isASCII || $0.properties.lowercaseMapping.utf8.allSatisfy { $0 < 0x80 }
            }
            return ascii && nationalNames.contains(trimmed.lowercased())
        }
        let capitals = UInt8(ascii: "A")...UInt8(ascii: "Z")
        return nationalNameBytes.contains { national in
            national.count == bytes.count
                && zip(national, bytes).allSatisfy { $0 == (capitals.contains($1) ? $1 | 0x20 : $1) }
        }
    }

    mutating func record(_ problem: LoadError.Problem, line: Int?, column: Int?) {
        errors.add(LoadError(file: file, line: line, column: column, problem))
    }

    /// Records the errors of reading the file itself.
    mutating func record(_ failure: LoadErrors) { errors.add(failure) }

    /// What a printed region name stands for.
    enum ResolvedRegion {
        case country
        case district(Region)
        case municipality(Gazetteer.Match)
        /// A region of the table's own (`regions:`).
        case own(Region)
    }

    /// The region a printed name stands for, or the problem with it; `type` nil means
    /// municipality unless it names the country, or the table's own region when it has its own
    /// (whose `code` is the code the data gives beside the name, if any). `suggesting`: whether
    /// the problem of an unknown region lists the closest names (they cost time: only for errors
    /// that will be listed).
    func resolve(region text: String, type: RegionType?, code: String? = nil,
                 suggesting: Bool = true) -> Result<ResolvedRegion, LoadError.Problem> {
        let name = text.trimmingSpaces()
        if let ownRegions, type != .land {
            if Self.isNational(name) { return .success(.country) }
            switch ownRegions {
            case .data:
                if let tooLong = Self.tooLong(name) { return .failure(tooLong) }
                let code = code?.trimmingSpaces() ?? ""
                return .success(.own(Region(type: .regio, code: code.isEmpty ? name : code, name: name)))
            case .list(let list):
                guard let region = list.region(name) else {
                    let suggestions = suggesting ? list.suggestions(for: name) : []
                    return .failure(.unknownRegion(name: name, suggestions: suggestions))
                }
                return .success(.own(region))
            }
        }
        if type == .land || (type == nil && Self.isNational(name)) {
            return Self.isNational(name) ? .success(.country)
                : .failure(.unknownRegionType(name: name))
        }
        if type == .arrondissement || type == .provincie {
            let candidates = type == .arrondissement ? gazetteer.arrondissementen.map(\.region)
                : Aggregation.groups(level: .provincie, gazetteer: gazetteer)
            guard let match = candidates.first(where: { $0.code == name || Self.key($0.name) == Self.key(name) }) else {
                return .failure(type == .arrondissement ? .unknownArrondissement(name: name)
                                : .unknownProvince(name: name))
            }
            return .success(.district(match))
        }
        guard let match = gazetteer.match(name) else {
            let suggestions = suggesting ? gazetteer.suggestions(for: name) : []
            return .failure(.unknownMunicipality(name: name, suggestions: suggestions))
        }
        return .success(.municipality(match))
    }

    /// The problem of a region's name longer than `Limits.nameCharacters`, if it is.
    static func tooLong(_ name: String) -> LoadError.Problem? {
        let limit = Limits.current.nameCharacters
        // A name of no more bytes than the limit has no more characters either: not counted.
        guard name.utf8.count > limit else { return nil }
        return name.count > limit ? .nameTooLong(length: name.count, limit: limit) : nil
    }

    /// The row for a printed region name; `type` nil means municipality unless it names the
    /// country (or the table's own region, with the `code` the data gives beside it). A name, type and code
    /// the same as the last line's that had a row take its row without being resolved again: a tidy file gives
    /// a region's figures on consecutive lines. A name read through the alias list is recorded for each line.
    mutating func row(region text: String, type: RegionType?, code: String? = nil, line: Int, column: Int) -> Int? {
        if let last = lastRegion, last.text == text, last.type == type, last.code == code {
            if let alias = last.alias { recordAlias(text, line: line, alias) }
            return last.row
        }
        let row: Int
        var alias: (municipality: Municipality, alias: Alias)?
        switch resolve(region: text, type: type, code: code, suggesting: !errors.isFull) {
        case .failure(let problem):
            record(problem, line: line, column: column)
            return nil
        case .success(.country):
            row = dataset.row(for: .netherlands)
        case .success(.district(let region)):
            row = dataset.row(for: region)
        case .success(.own(let region)):
            row = dataset.row(for: region)
            guard dataset.regions.has(name: region.name, at: row) else {
                record(.conflictingRegion(code: region.code, name: region.name, earlier: dataset.regions[row].name),
                       line: line, column: column)
                return nil
            }
        case .success(.municipality(let match)):
            if case .alias(let municipality, let through) = match { alias = (municipality, through) }
            row = dataset.row(for: match.municipality.region)
        }
        if let alias { recordAlias(text, line: line, alias) }
        lastRegion = LastRegion(text: text, type: type, code: code, row: row, alias: alias)
        return row
    }

    /// Records that the name `text` on `line` was read through the alias list.
    private mutating func recordAlias(_ text: String, line: Int, _ alias: (municipality: Municipality, alias: Alias)) {
        aliasUses.append(AliasUse(file: file, line: line, printed: text.trimmingSpaces(),
                                  municipality: alias.municipality, alias: alias.alias))
    }

    /// Makes room in the dataset for `rows` rows whose codes and names take `textBytes` bytes in all.
    mutating func reserve(rows: Int, textBytes: Int) { dataset.reserveCapacity(rows: rows, textBytes: textBytes) }

    mutating func measure(_ text: String, line: Int, column: Int) -> Int? {
        if let index = measureByName[Self.key(text)] { return index }
        record(.unknownMeasure(name: text, known: dataset.measures.map(\.id)), line: line, column: column)
        return nil
    }

    mutating func period(_ text: String, line: Int, column: Int) -> Int? {
        if let index = periodByName[Self.key(text)] { return index }
        record(.unknownPeriod(name: text, known: dataset.periods.map(\.label)), line: line, column: column)
        return nil
    }

    /// Takes the text of one cell for `row`, `measure` and `period` (nil where the file named them
    /// wrongly, which is recorded already): a marker is stored at once, a number when the file's
    /// notation is known (`finish`).
    mutating func figure(_ text: String, row: Int?, measure: Int?, period: Int?, line: Int, column: Int,
                         provenance: Provenance) {
        var text = text
        text.withUTF8 { figure($0, row: row, measure: measure, period: period, line: line, column: column,
                               provenance: provenance) }
    }

    /// `figure` of the cell's UTF-8 bytes (a field of a CSV file as read), so that a number is read from its bytes.
    mutating func figure(_ bytes: UnsafeBufferPointer<UInt8>, row: Int?, measure: Int?, period: Int?, line: Int,
                         column: Int, provenance: Provenance) {
        bytes.withTrimmedSpaces { trimmed in
            figure(trimmed: trimmed, row: row, measure: measure, period: period, line: line, column: column,
                   provenance: provenance)
        }
    }

    private mutating func figure(trimmed: UnsafeBufferPointer<UInt8>, row: Int?, measure: Int?, period: Int?,
                                 line: Int, column: Int, provenance: Provenance) {
        var target: FileNumbers.Target?
        if let row, let measure, let period {
            let marker = CellParser.marker(trimmed)
            if case .failure(let problem)? = marker { return record(problem, line: line, column: column) }
            let placed = place((try? marker?.get()) ?? .missing, row: row, measure: measure, period: period, line: line,
                               provenance: provenance)
            guard let placed, marker == nil else { return }
            target = placed
        } else if let marker = CellParser.marker(trimmed) {
            if case .failure(let problem) = marker { record(problem, line: line, column: column) }
            return
        }
        do {
            settle(try numbers.add(trimmed, line: line, column: column, target: target), target, line: line,
                   column: column)
        } catch {
            record(error, line: line, column: column)
        }
    }

    /// Puts a number that reads the same in every notation in its cell, or records the problem with it.
    private mutating func settle(_ reading: FileNumbers.Reading, _ target: FileNumbers.Target?, line: Int,
                                 column: Int) {
        guard case .settled(let value) = reading else { return }
        switch value {
        case .success(let exact):
            if let target { dataset[target.row, target.measure, target.period].amount = .value(exact) }
        case .failure(let problem):
            record(problem, line: line, column: column)
        }
    }

    /// Takes a number a workbook stores as a number (`1412`, `1.5E-3`): exact as stored, in no
    /// notation, and checked as a figure of its measure like any other (`finish`).
    mutating func storedNumber(_ text: String, row: Int?, measure: Int?, period: Int?, line: Int, column: Int,
                               provenance: Provenance) {
        guard let value = Exact(decimal: text) else {
            return record(CellParser.notANumber(text, notation: nil), line: line, column: column)
        }
        var target: FileNumbers.Target?
        if let row, let measure, let period {
            guard let placed = place(.missing, row: row, measure: measure, period: period, line: line,
                                     provenance: provenance) else { return }
            target = placed
        }
        settle(numbers.add(stored: value, text: text, line: line, column: column, target: target), target, line: line,
               column: column)
    }

    /// The notation the file's numbers are read in, and the cell that established it (nil: by
    /// default or as the spec states).
    var numberNotation: (notation: CellParser.Notation, evidence: FileNumbers.Pending?) { numbers.notation() }

    /// Puts `amount` in its cell (a marker, or missing until the number is read) and returns where
    /// the number goes; nil when the cell already had a figure.
    private mutating func place(_ amount: Amount, row: Int, measure: Int, period: Int, line: Int,
                                provenance: Provenance) -> FileNumbers.Target? {
        guard set(row: row, measure: measure, period: period, amount: amount, provenance: provenance, line: line)
        else { return nil }
        let spec = dataset.measures[measure]
        return FileNumbers.Target(row: row, measure: measure, period: period, kind: valueKind ?? spec.kind,
                                  measureID: spec.id)
    }

    /// Stores one figure read on `line`, which its `provenance` cites; a second figure for the same cell is an
    /// error (and false), a figure of a period the file does not provide is skipped (and false).
    @discardableResult
    mutating func set(row: Int, measure: Int, period: Int, amount: Amount, provenance: Provenance, line: Int) -> Bool {
        guard provides[period] else {
            skippedPeriods.insert(period)
            return false
        }
        // A cell set before has the provenance of the line that set it.
        if let first = dataset.fileLine(row: row, measure: measure, period: period) {
            record(.duplicateFigure(region: dataset.regions[row].name, measure: dataset.measures[measure].id,
                                    period: dataset.periods[period].label, firstLine: first), line: line, column: nil)
            return false
        }
        dataset[row, measure, period] = Cell(amount: amount, provenance: provenance)
        return true
    }

    /// The dataset, or every error found. A blank for a municipality that did not exist in
    /// that year is 'not applicable', not missing. The builder hands its dataset over (a copy of a
    /// large table's cells would double them), so it is used no further.
    mutating func finish() throws -> LoadedDataset {
        var result = Dataset(id: dataset.id, measures: dataset.measures, periods: dataset.periods)
        swap(&result, &dataset)
        var errors = errors
        for (cell, value) in numbers.resolve() {
            switch value {
            case .success(let exact):
                if let target = cell.target { result[target.row, target.measure, target.period].amount = .value(exact) }
            case .failure(let problem):
                errors.add(LoadError(file: file, line: cell.line, column: cell.column, problem))
            }
        }
        // In file order; a problem of the whole file or line after those of its cells.
        func position(_ item: (offset: Int, element: LoadError)) -> (Int, Int, Int) {
            (item.element.line ?? .max, item.element.column ?? .max, item.offset)
        }
        let ordered = errors.listed.enumerated().sorted { position($0) < position($1) }.map(\.element)
        if !errors.isEmpty { throw LoadErrors(ordered, omitted: errors.omitted) }
        result.markNonexistentMunicipalities(gazetteer)
        var loaded = LoadedDataset(dataset: result, aliasUses: aliasUses)
        if !skippedPeriods.isEmpty {
            let skipped = skippedPeriods.sorted().map { dataset.periods[$0].label }
            loaded.notices.append(InputNotice(file: file, line: nil, kind: .otherPeriods(skipped)))
        }
        return loaded
    }
}

extension Dataset {
    /// Sets blank cells of municipalities that did not exist in the period's year to not applicable.
    /// The dataset is written only when there are such cells: a copy shares its cells until then (the
    /// figures as published beside the figures as used).
    mutating func markNonexistentMunicipalities(_ gazetteer: Gazetteer) {
        var blanks: [(row: Int, measure: Int, period: Int)] = []
        for row in regions.indices where regions.type(at: row) == .gemeente {
            guard let municipality = gazetteer.municipality(code: regions[row].code) else { continue }
            for (p, period) in periods.enumerated() {
                guard let year = Int(period.label), !municipality.existed(in: year) else { continue }
                blanks += measures.indices.filter { self[row, $0, p].amount == .missing }.map { (row, $0, p) }
            }
        }
        guard !blanks.isEmpty else { return }
        for blank in blanks { self[blank.row, blank.measure, blank.period].amount = .notApplicable }
    }
}
