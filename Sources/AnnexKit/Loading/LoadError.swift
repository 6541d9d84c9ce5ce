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
        case unreadable(reason: String)
        /// Larger than `Limits.fileSize`.
        case fileTooLarge(size: Int, limit: Int)
        case invalidEncoding
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
        case notANumber(cell: String, expected: String)
        case ambiguousMarker(cell: String)
        case exponentNotation(cell: String)
        case mixedNotation(cell: String, notation: String, evidence: String)
        case ambiguousNumber(cell: String)
        case negativeCount(cell: String, measure: String)
        case fractionalCount(cell: String, measure: String)
        case unknownMunicipality(name: String, suggestions: [String])
        case unknownArrondissement(name: String)
        case unknownProvince(name: String)
        case unknownRegionType(name: String)
        case unknownMeasure(name: String, known: [String])
        case unknownPeriod(name: String, known: [String])
        case duplicateFigure(region: String, measure: String, period: String, firstLine: Int)
        case correctionMismatch(expected: String, found: String)
        case unknownDataset(name: String)
        case invalidSpec(reason: String)
        case invalidTemplate(reason: String)
        case invalidTranslation(reason: String)
        /// No translation file of the report's texts for the language asked for.
        case missingTranslation(report: String, language: String)
        case unsupportedFormat(extension: String)
        case notAWorkbook(reason: String)
        case unknownSheet(choice: String, sheets: [String])
        case tooLarge(part: String, limitMB: Int)
        case tooManyCells(limit: Int)
        case noHeader(known: String)
        case unmappedColumns(problems: [String], found: [String], known: String)
        case missingRegionName
        case invalidGeometry(reason: String)
    }

    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let column { location += ":\(column)" }
        return "\(location): \(message)"
    }

    /// The problem in Dutch, at most `Limits.messageCharacters` long. Input it quotes is cut to
    /// `Limits.quotedCharacters` characters, so a 50 MB cell is never echoed whole.
    public var message: String {
        let text = unlimitedMessage
        let limit = Limits.current.messageCharacters
        return text.dropFirst(limit).isEmpty ? text : text.prefix(limit) + "…"
    }

    private var unlimitedMessage: String {
        let quote = Self.quote
        switch problem {
        case .unreadable(let reason):
            return "bestand niet te lezen (\(reason))"
        case .fileTooLarge(let size, let limit):
            return "bestand is \(Self.bytes(size)), meer dan de grens van \(Self.bytes(limit)) (--max-input-size)"
        case .invalidEncoding:
            return "geen geldige UTF-8-tekst; sla het bestand op als CSV UTF-8"
        case .unterminatedQuote:
            return "aanhalingsteken wordt niet gesloten"
        case .fieldTooLong(let limit):
            return "veld langer dan \(Self.bytes(limit)); een cel van een tabel is nooit zo lang"
        case .recordTooLong(let limit):
            return "regel langer dan \(Self.bytes(limit)); is dit wel een CSV-bestand?"
        case .missingColumn(let name):
            return "kolom '\(name)' ontbreekt in de kopregel"
        case .emptyFile:
            return "bestand is leeg"
        case .noData:
            return "alleen een kopregel, geen cijfers"
        case .outsideFolder(let path, let folder):
            return "'\(quote(path))' ligt buiten de map \(quote(folder)); geef een pad binnen die map"
        case .tooManyFields(let expected, let found):
            return "\(found) velden in deze regel, de kopregel heeft er \(expected)"
        case .tooFewFields(let expected, let found):
            return "\(found) velden in deze regel, de kopregel heeft er \(expected); een leeg veld blijft staan "
                + "tussen de scheidingstekens (1,,3), zodat geen cijfer naar een andere kolom schuift"
        case .notANumber(let cell, let expected):
            return "'\(quote(cell))' is geen getal; verwacht \(expected)"
        case .ambiguousMarker(let cell):
            return "'\(quote(cell))' is dubbelzinnig: schrijf 0 voor nihil, laat leeg voor onbekend "
                + "of gebruik x voor geheim"
        case .exponentNotation(let cell):
            return "'\(quote(cell))' is in exponentnotatie; schrijf het getal voluit, zonder e of E"
        case .mixedNotation(let cell, let notation, let evidence):
            let example = evidence.isEmpty ? "" : ", zoals \(quote(evidence))"
            return "'\(quote(cell))' past niet bij de schrijfwijze van dit bestand: \(notation)\(example); een bestand "
                + "schrijft al zijn getallen op één manier (in het Nederlands staat een punt alleen tussen groepen "
                + "van drie cijfers)"
        case .ambiguousNumber(let cell):
            return "'\(quote(cell))' is dubbelzinnig: een punt tussen duizendtallen (Nederlands) of een decimaalpunt, "
                + "en geen ander getal in dit bestand legt de schrijfwijze vast; schrijf het zonder scheidingsteken "
                + "voor duizendtallen of met een decimaalkomma"
        case .negativeCount(let cell, let measure):
            return "'\(quote(cell))' is negatief, maar '\(quote(measure))' is een aantal (kind: count), "
                + "dat niet negatief kan zijn"
        case .fractionalCount(let cell, let measure):
            return "'\(quote(cell))' is geen geheel getal, maar '\(quote(measure))' is een aantal (kind: count); "
                + "geef een andere kind op als de maat decimalen heeft"
        case .unknownMunicipality(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; bedoelt u: \(suggestions.joined(separator: ", "))?"
            return "onbekende gemeente '\(quote(name))'\(hint) "
                + "(voeg een schrijfwijze toe aan data/reference/aliases.csv)"
        case .unknownArrondissement(let name):
            return "onbekend arrondissement '\(quote(name))'"
        case .unknownProvince(let name):
            return "onbekende provincie '\(quote(name))'"
        case .unknownRegionType(let name):
            return "onbekend regiotype '\(quote(name))'; verwacht gemeente, arrondissement, provincie of land"
        case .unknownMeasure(let name, let known):
            return "onbekende maat '\(quote(name))'; de specificatie kent: \(known.joined(separator: ", "))"
        case .unknownPeriod(let name, let known):
            return "onbekende periode '\(quote(name))'; de specificatie kent: \(known.joined(separator: ", "))"
        case .duplicateFigure(let region, let measure, let period, let firstLine):
            return "dubbel cijfer voor \(quote(region)), \(quote(measure)), \(quote(period)); "
                + "eerder al op regel \(firstLine)"
        case .correctionMismatch(let expected, let found):
            return "correctie past niet op de data: gepubliceerde waarde \(expected) verwacht, gevonden \(found)"
        case .unknownDataset(let name):
            return "onbekende tabel '\(quote(name))'"
        case .invalidSpec(let reason):
            return "ongeldige rapportspecificatie: \(reason)"
        case .invalidTemplate(let reason):
            return "sjabloon niet te lezen: \(reason)"
        case .invalidTranslation(let reason):
            return "vertaling niet bruikbaar: \(reason)"
        case .missingTranslation(let report, let language):
            return "de teksten van rapport '\(report)' zijn niet vertaald in het '\(language)': maak dit bestand, met "
                + "elke tekst van de specificatie vertaald (titels, maten, noten; zie docs/languages.md)"
        case .unsupportedFormat(let ext):
            return "bestanden '.\(ext)' worden niet gelezen; sla het op als Excel-werkmap (.xlsx) of als CSV UTF-8"
        case .notAWorkbook(let reason):
            return "geen leesbare Excel-werkmap (.xlsx): \(reason)"
        case .unknownSheet(let choice, let sheets):
            return "werkblad \(choice) bestaat niet; de werkmap heeft: "
                + sheets.map { "'\(quote($0))'" }.joined(separator: ", ")
        case .tooLarge(let part, let limit):
            return "onderdeel \(part) is uitgepakt groter dan \(limit) MB; te groot om veilig te lezen"
        case .tooManyCells(let limit):
            return "het werkblad heeft meer dan \(limit) cellen; te groot om veilig te lezen"
        case .noHeader(let known):
            return "geen kopregel gevonden: geen rij noemt een regio- of periodekolom, maat of periode; "
                + "de specificatie kent \(known)"
        case .unmappedColumns(let problems, let found, let known):
            return "kolommen niet toe te wijzen: \(problems.joined(separator: "; ")). Kolommen in het bestand: "
                + found.map(quote).joined(separator: ", ") + ". De specificatie kent \(known). "
                + "Wijs een kolom toe met 'columns' of sla hem over met 'ignore' bij 'data'"
        case .missingRegionName:
            return "rij met cijfers maar zonder regionaam"
        case .invalidGeometry(let reason):
            return "kaartbestand niet bruikbaar: \(reason)"
        }
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

    /// '70,0 MB', '512 kB' or '32.767 bytes' (powers of 1024).
    static func bytes(_ count: Int) -> String {
        func decimal(_ value: Double) -> String {
            let text = String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
            return text.hasSuffix(",0") ? String(text.dropLast(2)) : text
        }
        if count >= 1 << 20 { return decimal(Double(count) / Double(1 << 20)) + " MB" }
        if count >= 1 << 15 { return decimal(Double(count) / Double(1 << 10)) + " kB" }
        return grouped(count) + " bytes"
    }

    /// `999980` → '999.980'.
    public static func grouped(_ number: Int) -> String {
        var digits = String(number.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3)[...], at: 0)
            digits.removeLast(3)
        }
        return (number < 0 ? "-" : "") + ([digits[...]] + groups).joined(separator: ".")
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
    public var lines: [String] {
        errors.map(\.description) + (omitted == 0 ? [] : [Self.more(omitted)])
    }

    /// 'en nog 999.980 fouten'.
    public static func more(_ count: Int) -> String {
        "en nog \(LoadError.grouped(count)) fout\(count == 1 ? "" : "en")"
    }

    public var description: String { lines.joined(separator: "\n") }
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
