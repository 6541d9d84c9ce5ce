/// Where a table's figures are and how to read them: an entry of `data:` in a table spec.
///
/// Written as just the file (`data: figures/x.csv`) or as a mapping; `data:` may list several,
/// one per delivery, when a later delivery adds a year:
///
///     data:
///       - figures/samenwerking-2024/injus.csv      # the periods no other entry names
///       - file: leveringen/injus-2025.xlsx
///         sheet: Gemeenten
///         columns: {"Instroom maatwerkvoorziening (aantal)": instroom}
///         ignore: [Gemeentecode]
///         delivery: dji-2025                        # cited by every figure read from the file
///         periods: [2025]
public struct DataSource: Sendable, Decodable, Equatable {
    /// The file, relative to the data folder (and inside it): tidy or received CSV, or an XLSX workbook.
    public let file: String
    /// The worksheet of an XLSX workbook, by name or number (1 = the first); default the first.
    public let sheet: SheetChoice?
    /// Column headings (as printed; case, line breaks and a unit in brackets do not matter) →
    /// measure id, for headings that are not a measure's label or alias, such as CBS topic columns.
    public let columns: [String: String]
    /// Column headings to leave unread, such as a code column beside the names or a computed change.
    public let ignore: [String]
    /// How numbers written as text are read; by default semicolon files are Dutch and other files
    /// show it in their numbers.
    public let numbers: NumberNotation?
    /// The id of the delivery the file is (under `deliveries:` in the report spec); nil: the
    /// report's own `source`.
    public let delivery: String?
    /// The table of the delivery the figures are printed in ('Tabel 3'), for the source line; a
    /// tidy file's `table` column says it per figure.
    public let table: String?
    /// The periods this file provides; nil: the table's periods that no other entry names.
    /// Figures of the table's other periods in the file are not read (and reported).
    public let periods: [Period]?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case file, sheet, columns, ignore, numbers, delivery, table, periods
    }

    public init(file: String, sheet: SheetChoice? = nil, columns: [String: String] = [:], ignore: [String] = [],
                numbers: NumberNotation? = nil, delivery: String? = nil, table: String? = nil,
                periods: [Period]? = nil) {
        self.file = file
        self.sheet = sheet
        self.columns = columns
        self.ignore = ignore
        self.numbers = numbers
        self.delivery = delivery
        self.table = table
        self.periods = periods
    }

    public init(from decoder: Decoder) throws {
        if let file = try? decoder.singleValueContainer().decode(String.self) {
            if let problem = DataFolder.problem(file) {
                throw FieldError(message: problem, codingPath: decoder.codingPath)
            }
            self.init(file: file)
            return
        }
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(file: try container.decode(.file, checkedBy: DataFolder.problem),
                  sheet: try container.decodeIfPresent(SheetChoice.self, forKey: .sheet),
                  columns: try container.decodeIfPresent([String: String].self, forKey: .columns) ?? [:],
                  ignore: try container.decodeIfPresent([String].self, forKey: .ignore) ?? [],
                  numbers: try container.decodeIfPresent(NumberNotation.self, forKey: .numbers),
                  delivery: try container.decodeIfPresent(String.self, forKey: .delivery),
                  table: try container.decodeIfPresent(String.self, forKey: .table),
            periods: try container.decodeIfPresent([PeriodLabel].self, forKey: .periods)?.map { Period($0.label) })
    }

    /// `data:` as written: one entry (a file or a mapping) or a list of them.
    static func list(from container: KeyedDecodingContainer<TableSpec.CodingKeys>,
                     forKey key: TableSpec.CodingKeys) throws -> [DataSource] {
        guard container.contains(key) else { return [] }
        do {
            return try container.decode([DataSource].self, forKey: key)
        } catch DecodingError.typeMismatch(_, let context)
            where context.codingPath.count == container.codingPath.count + 1
        {
            return [try container.decode(DataSource.self, forKey: key)]
        }
    }
}

/// How a file writes numbers as text.
public enum NumberNotation: String, Sendable, Decodable, Equatable {
    /// Dutch: `1.412`, `12,5`, `13,4%`.
    case nl
    /// English: `1,412`, `12.5`, `13.4%`.
    case en

    /// The notation numbers are parsed in.
    var notation: CellParser.Notation { self == .nl ? .dutch : .english }

    init(_ notation: CellParser.Notation) { self = notation == .dutch ? .nl : .en }
}
