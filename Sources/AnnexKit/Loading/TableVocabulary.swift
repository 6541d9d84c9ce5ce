import Foundation

/// What the headings and row labels of a table as received can name, from the table's spec and
/// its data source: measures (id, label, aliases, or a heading mapped in `columns`), periods
/// (labels; CBS codes such as `2022JJ00`; `2023*` marked provisional), the column of region
/// names and the column of periods (a long table, as CBS StatLine exports), and headings to skip.
///
/// Headings are compared without case, with line breaks and runs of spaces as one space (a
/// wrapped header cell), without footnote marks (`¹`) and, failing that, without a unit in
/// brackets at the end (`Instroom (aantal)`).
struct TableVocabulary {
    /// What one heading names.
    enum Heading: Equatable {
        case measure(Int)
        case period(Int)
        /// A heading that names both, such as `Meldingen begin detentie 2022`.
        case measureInPeriod(measure: Int, period: Int)
        case regionColumn
        /// The codes of the table's own regions (`code`, `gemeente_code`, `Regiocode`).
        case codeColumn
        case periodColumn
        case ignored
        case unknown
    }

    /// Headings of the column of region names (besides the table's `row_header`).
    static let regionWords = Set(RegionType.allCases.map(\.rawValue) + ["regio", "regio's", "regios", "region"])
    /// Headings of the column of periods in a long table.
    static let periodWords: Set<String> = ["perioden", "periode", "period", "jaar", "year"]
    /// CBS's record number column in StatLine exports, skipped in a long table.
    static let recordNumberWord = "id"

    private var measures: [String: Int] = [:]
    private var periods: [String: Int] = [:]
    private var regionWords = TableVocabulary.regionWords
    private let ignored: Set<String>
    /// Headings of a column of region codes: only for a table with its own regions.
    private let codeWords: Set<String>
    /// The spec's measures and periods, for messages.
    let known: MessageText

    init(spec: TableSpec, source: DataSource) {
        for (index, measure) in spec.measures.enumerated() {
            for name in [measure.id, measure.label] + (measure.aliases ?? []) { measures[Self.key(name)] = index }
        }
        for (heading, id) in source.columns {
            if let index = spec.measures.firstIndex(where: { $0.id == id }) { measures[Self.key(heading)] = index }
        }
        for (index, period) in spec.periods.enumerated() where periods[Self.key(period.label)] == nil {
            periods[Self.key(period.label)] = index
        }
        if let header = spec.rowHeader { regionWords.insert(Self.key(header)) }
        ignored = Set(source.ignore.map(Self.key))
        let regionWords = regionWords
        codeWords = spec.regions == nil ? []
            : Set(["code"] + regionWords.flatMap { word in ["", " ", "_", "-"].map { word + $0 + "code" } })
        let measureNames = spec.measures.map { measure in
            let names = [measure.label] + (measure.aliases ?? [])
            return "\(measure.id) (" + names.map { "'\($0)'" }.joined(separator: ", ") + ")"
        }.joined(separator: ", ")
        known = MessageText(.headerKnown, ["measures": "\(measureNames)",
                                           "periods": "\(spec.periods.map(\.label).joined(separator: ", "))"])
    }

    /// The form in which headings are compared.
    static func key(_ text: String) -> String {
        withoutFootnoteMarks(text).split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    static let footnoteMarks = Set("⁰¹²³⁴⁵⁶⁷⁸⁹⁾")

    /// `text` without footnote marks at its end (`Amsterdam¹` → `Amsterdam`).
    static func withoutFootnoteMarks(_ text: String) -> String {
        // Most texts have no space at either end and no mark: returned as they are, untrimmed.
        let spaces = CharacterSet.whitespacesAndNewlines
        if let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
           !spaces.contains(first), !spaces.contains(last), let mark = text.last, !footnoteMarks.contains(mark) {
            return text
        }
        var text = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        while let last = text.last, footnoteMarks.contains(last) { text = text.dropLast() }
        return String(text).trimmingCharacters(in: .whitespaces)
    }

    /// The measure `text` names.
    func measure(_ text: String) -> Int? {
        let key = Self.key(text)
        if let index = measures[key] { return index }
        guard key.hasSuffix(")"), let open = key.lastIndex(of: "(") else { return nil }
        return measures[key[..<open].trimmingCharacters(in: .whitespaces)]
    }

    /// The period `text` names, and whether CBS marked it provisional (`2023*`, `2023**`).
    func period(_ text: String) -> (index: Int, provisional: Bool)? {
        var key = Self.key(text)
        if let index = periods[key] { return (index, false) }
        var provisional = false
        while key.hasSuffix("*") {
            key.removeLast()
            provisional = true
        }
        if let year = Self.cbsYear(key) { key = year }
        return periods[key.trimmingCharacters(in: .whitespaces)].map { ($0, provisional) }
    }

    /// The year of a CBS period code for a whole year (`2022jj00` → `2022`).
    static func cbsYear(_ key: String) -> String? {
        guard key.count == 8, key.hasSuffix("jj00"), key.prefix(4).allSatisfy(\.isASCIIDigit) else { return nil }
        return String(key.prefix(4))
    }

    /// What the heading `text` names.
    func heading(_ text: String) -> Heading {
        let key = Self.key(text)
        if ignored.contains(key) { return .ignored }
        if let measure = measure(text) { return .measure(measure) }
        if let period = period(text) { return .period(period.index) }
        if regionWords.contains(key) { return .regionColumn }
        if codeWords.contains(key) { return .codeColumn }
        if Self.periodWords.contains(key) { return .periodColumn }
        // A measure and a period in one heading, apart by a space or, as a database names its
        // columns, an underscore: `Meldingen begin detentie 2022`, `detenties_2023`.
        for separator in [" ", "_"] {
            let words = key.split(separator: separator)
            guard words.count > 1 else { continue }
            for (periodWord, rest) in [(words.last!, words.dropLast()), (words.first!, words.dropFirst())] {
                if let period = period(String(periodWord)), let measure = measure(rest.joined(separator: separator)) {
                    return .measureInPeriod(measure: measure, period: period.index)
                }
            }
        }
        return .unknown
    }
}
