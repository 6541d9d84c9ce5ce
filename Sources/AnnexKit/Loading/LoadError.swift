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
        case invalidEncoding
        case unterminatedQuote
        case missingColumn(name: String)
        case emptyFile
        case tooManyFields(expected: Int, found: Int)
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

    /// The problem in Dutch.
    public var message: String {
        switch problem {
        case .unreadable(let reason):
            return "bestand niet te lezen (\(reason))"
        case .invalidEncoding:
            return "geen geldige UTF-8-tekst; sla het bestand op als CSV UTF-8"
        case .unterminatedQuote:
            return "aanhalingsteken wordt niet gesloten"
        case .missingColumn(let name):
            return "kolom '\(name)' ontbreekt in de kopregel"
        case .emptyFile:
            return "bestand is leeg"
        case .tooManyFields(let expected, let found):
            return "\(found) velden in deze regel, de kopregel heeft er \(expected)"
        case .notANumber(let cell, let expected):
            return "'\(cell)' is geen getal; verwacht \(expected)"
        case .ambiguousMarker(let cell):
            return "'\(cell)' is dubbelzinnig: schrijf 0 voor nihil, laat leeg voor onbekend of gebruik x voor geheim"
        case .exponentNotation(let cell):
            return "'\(cell)' is in exponentnotatie; schrijf het getal voluit, zonder e of E"
        case .mixedNotation(let cell, let notation, let evidence):
            let example = evidence.isEmpty ? "" : ", zoals \(evidence)"
            return "'\(cell)' past niet bij de schrijfwijze van dit bestand: \(notation)\(example); een bestand "
                + "schrijft al zijn getallen op één manier (in het Nederlands staat een punt alleen tussen groepen "
                + "van drie cijfers)"
        case .ambiguousNumber(let cell):
            return "'\(cell)' is dubbelzinnig: een punt tussen duizendtallen (Nederlands) of een decimaalpunt, "
                + "en geen ander getal in dit bestand legt de schrijfwijze vast; schrijf het zonder scheidingsteken "
                + "voor duizendtallen of met een decimaalkomma"
        case .negativeCount(let cell, let measure):
            return "'\(cell)' is negatief, maar '\(measure)' is een aantal (kind: count), dat niet negatief kan zijn"
        case .fractionalCount(let cell, let measure):
            return "'\(cell)' is geen geheel getal, maar '\(measure)' is een aantal (kind: count); "
                + "geef een andere kind op als de maat decimalen heeft"
        case .unknownMunicipality(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; bedoelt u: \(suggestions.joined(separator: ", "))?"
            return "onbekende gemeente '\(name)'\(hint) (voeg een schrijfwijze toe aan data/reference/aliases.csv)"
        case .unknownArrondissement(let name):
            return "onbekend arrondissement '\(name)'"
        case .unknownProvince(let name):
            return "onbekende provincie '\(name)'"
        case .unknownRegionType(let name):
            return "onbekend regiotype '\(name)'; verwacht gemeente, arrondissement, provincie of land"
        case .unknownMeasure(let name, let known):
            return "onbekende maat '\(name)'; de specificatie kent: \(known.joined(separator: ", "))"
        case .unknownPeriod(let name, let known):
            return "onbekende periode '\(name)'; de specificatie kent: \(known.joined(separator: ", "))"
        case .duplicateFigure(let region, let measure, let period, let firstLine):
            return "dubbel cijfer voor \(region), \(measure), \(period); eerder al op regel \(firstLine)"
        case .correctionMismatch(let expected, let found):
            return "correctie past niet op de data: gepubliceerde waarde \(expected) verwacht, gevonden \(found)"
        case .unknownDataset(let name):
            return "onbekende tabel '\(name)'"
        case .invalidSpec(let reason):
            return "ongeldige rapportspecificatie: \(reason)"
        case .invalidTemplate(let reason):
            return "sjabloon niet te lezen: \(reason)"
        case .invalidTranslation(let reason):
            return "vertaling niet bruikbaar: \(reason)"
        case .unsupportedFormat(let ext):
            return "bestanden '.\(ext)' worden niet gelezen; sla het op als Excel-werkmap (.xlsx) of als CSV UTF-8"
        case .notAWorkbook(let reason):
            return "geen leesbare Excel-werkmap (.xlsx): \(reason)"
        case .unknownSheet(let choice, let sheets):
            return "werkblad \(choice) bestaat niet; de werkmap heeft: "
                + sheets.map { "'\($0)'" }.joined(separator: ", ")
        case .tooLarge(let part, let limit):
            return "onderdeel \(part) is uitgepakt groter dan \(limit) MB; te groot om veilig te lezen"
        case .tooManyCells(let limit):
            return "het werkblad heeft meer dan \(limit) cellen; te groot om veilig te lezen"
        case .noHeader(let known):
            return "geen kopregel gevonden: geen rij noemt een regio- of periodekolom, maat of periode; "
                + "de specificatie kent \(known)"
        case .unmappedColumns(let problems, let found, let known):
            return "kolommen niet toe te wijzen: \(problems.joined(separator: "; ")). Kolommen in het bestand: "
                + found.joined(separator: ", ") + ". De specificatie kent \(known). Wijs een kolom toe met 'columns' "
                + "of sla hem over met 'ignore' bij 'data'"
        case .missingRegionName:
            return "rij met cijfers maar zonder regionaam"
        case .invalidGeometry(let reason):
            return "kaartbestand niet bruikbaar: \(reason)"
        }
    }
}

/// One or more load errors; thrown after a file has been read to the end, so that every
/// problem is reported at once.
public struct LoadErrors: Error, Sendable, Equatable, CustomStringConvertible {
    public let errors: [LoadError]

    public init(_ errors: [LoadError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
