import Foundation

/// A problem in an input file, located by file, line and column, in words a statistician reads.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
    public let file: String
    /// 1-based line; nil when the problem concerns the whole file.
    public let line: Int?
    /// 1-based column (field number); nil when the problem concerns the whole line.
    public let column: Int?
    public let problem: Problem

    public init(file: String, line: Int? = nil, column: Int? = nil, _ problem: Problem) {
        self.file = file
        self.line = line
        self.column = column
        self.problem = problem
    }

    /// What went wrong.
    public enum Problem: Error, Sendable, Hashable {
        case unreadable(reason: MessageText)
        /// Larger than `Limits.fileSize`.
        case fileTooLarge(size: Int, limit: Int)
        case invalidEncoding
        /// A control character (other than tab and line breaks) or a noncharacter such as U+FFFE in a field.
        case controlCharacter(scalar: String)
        case unterminatedQuote
        /// A CSV field longer than `Limits.fieldSize` bytes.
        case fieldTooLong(limit: Int)
        /// A CSV record longer than `Limits.recordSize` bytes.
        case recordTooLong(limit: Int)
        case missingColumn(name: String)
        case emptyFile
        /// A data file with a header and no figures.
        case noData
        /// A path in a spec that leads outside the folder it must stay in.
        case outsideFolder(path: String, folder: String)
        case tooManyFields(expected: Int, found: Int)
        /// A record with fewer fields than the header: a shifted or cut-off row, never blanks.
        case tooFewFields(expected: Int, found: Int)
        case notANumber(cell: String, expected: MessageText)
        case ambiguousMarker(cell: String)
        case exponentNotation(cell: String)
        /// A number in the other notation than the file's; `evidence` a cell that showed the file's.
        case mixedNotation(cell: String, notation: MessageText, evidence: MessageText?)
        case ambiguousNumber(cell: String)
        case negativeCount(cell: String, measure: String)
        /// A count that is not whole; `readAs` the notation it was read in when it reads two ways.
        case fractionalCount(cell: String, measure: String, readAs: MessageText? = nil)
        case unknownMunicipality(name: String, suggestions: [String])
        case unknownArrondissement(name: String)
        case unknownProvince(name: String)
        case unknownRegionType(name: String)
        case unknownMeasure(name: String, known: [String])
        case unknownPeriod(name: String, known: [String])
        case duplicateFigure(region: String, measure: String, period: String, firstLine: Int)
        case correctionMismatch(expected: String, found: String)
        case unknownDataset(name: String)
        case invalidSpec(reason: MessageText)
        case invalidTemplate(reason: MessageText)
        case invalidTranslation(reason: MessageText)
        /// No translation file of the report's texts for the language asked for.
        case missingTranslation(report: String, language: String)
        case unsupportedFormat(extension: String)
        case notAWorkbook(reason: MessageText)
        case unknownSheet(choice: String, sheets: [String])
        case tooLarge(part: String, limitMB: Int)
        case tooManyCells(limit: Int)
        case noHeader(known: MessageText)
        case unmappedColumns(problems: [MessageText], found: [String], known: MessageText)
        /// Columns the spec asks for (`Meldingen 2024`) that the file's header lacks; `found` lists its columns.
        case absentColumns(names: [String], found: [String])
        case missingRegionName
        case invalidGeometry(reason: MessageText)
        case unknownRegion(name: String, suggestions: [String])
        case conflictingRegion(code: String, name: String, earlier: String)
        case duplicateRegion(name: String)
        /// A region's name longer than `Limits.nameCharacters`.
        case nameTooLong(length: Int, limit: Int)
        case emptyInRegionList(field: String)
    }

    /// Where the problem is: 'file:line:column'.
    public var location: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return location
    }

    /// The error in Dutch: 'file:line:column: message'.
    public var description: String { description(in: .source) }

    /// The error in `language`: 'file:line:column: message'.
    public func description(in language: Language) -> String { "\(location): \(message(in: language))" }

    /// The problem in Dutch.
    public var message: String { message(in: .source) }

    /// The problem in `language`, at most `Limits.messageCharacters` long. Input it quotes is cut
    /// to `Limits.quotedCharacters` characters, so a 50 MB cell is never echoed whole.
    public func message(in language: Language) -> String {
        let text = problem.message.text(in: language)
        let limit = Limits.current.messageCharacters
        return text.dropFirst(limit).isEmpty ? text : text.prefix(limit) + "…"
    }

    /// `text` as quoted in a message: at most `Limits.quotedCharacters` characters, line breaks
    /// and other control characters shown as '␤'-style symbols, so one message stays one line.
    public static func quote(_ text: String) -> String {
        let limit = Limits.current.quotedCharacters
        let visible = text.prefix(limit).unicodeScalars.map { scalar -> String in
            scalar.value < 0x20 ? String(UnicodeScalar(0x2400 + scalar.value)!) : String(scalar)
        }.joined()
        return text.dropFirst(limit).isEmpty ? visible : visible + "…"
    }

    /// `999980` → '999.980' (Dutch) or '999,980' (English).
    public static func grouped(_ number: Int, _ language: Language = .source) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3)[...], at: 0)
            digits.removeLast(3)
        }
        return (number < 0 ? "-" : "") + ([digits[...]] + groups).joined(separator: language == .nl ? "." : ",")
    }
}

/// One or more load errors; thrown after a file has been read to the end, so that every
/// problem is reported at once. At most `Limits.listedErrors` are listed, the rest counted.
public struct LoadErrors: Error, Sendable, Equatable, CustomStringConvertible {
    /// The errors listed.
    public let errors: [LoadError]
    /// How many errors were found beyond those listed.
    public let omitted: Int

    public init(_ errors: [LoadError], omitted: Int = 0) {
        let limit = Limits.current.listedErrors
        self.errors = Array(errors.prefix(limit))
        self.omitted = omitted + max(0, errors.count - limit)
    }

    /// Every error found, listed or not.
    public var count: Int { errors.count + omitted }

    /// One line per listed error, then 'en nog 999.980 fouten' when some are not listed.
    public func lines(in language: Language = .source) -> [String] {
        errors.map { $0.description(in: language) } + (omitted == 0 ? [] : [Self.more(omitted).text(in: language)])
    }

    /// 'en nog 999.980 fouten'.
    public static func more(_ count: Int) -> MessageText {
        MessageText(count == 1 ? .errorMoreOne : .errorMoreOther, ["count": .number(count)])
    }

    public var description: String { lines().joined(separator: "\n") }
}

/// Collects errors while a file or a report is read: keeps the first `Limits.listedErrors` and
/// counts the rest, without even making them (an unknown name's suggestions cost time).
public struct ErrorList: Sendable {
    public private(set) var listed: [LoadError] = []
    public private(set) var omitted = 0

    public init() {}

    public var isEmpty: Bool { listed.isEmpty && omitted == 0 }

    /// Whether a further error would only be counted.
    public var isFull: Bool { listed.count >= Limits.current.listedErrors }

    public mutating func add(_ error: @autoclosure () -> LoadError) {
        if listed.count < Limits.current.listedErrors { listed.append(error()) } else { omitted += 1 }
    }

    public mutating func add(_ errors: LoadErrors) {
        for error in errors.errors { add(error) }
        omitted += errors.omitted
    }

    public mutating func add(_ errors: [LoadError]) { add(LoadErrors(errors)) }

    /// Throws the errors collected, if any.
    public func check() throws {
        if !isEmpty { throw errors }
    }

    public var errors: LoadErrors { LoadErrors(listed, omitted: omitted) }
}
