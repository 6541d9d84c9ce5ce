/// Where a table's figures are and how to read them: `data:` in a table spec.
///
/// Written as just the file (`data: figures/x.csv`) or as a mapping:
///
///     data:
///       file: leveringen/injus-2023.xlsx
///       sheet: Gemeenten
///       columns: {"Instroom maatwerkvoorziening (aantal)": instroom}
///       ignore: [Gemeentecode]
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

    enum CodingKeys: String, CodingKey, CaseIterable { case file, sheet, columns, ignore, numbers }

    public init(file: String, sheet: SheetChoice? = nil, columns: [String: String] = [:], ignore: [String] = [],
                numbers: NumberNotation? = nil) {
        self.file = file
        self.sheet = sheet
        self.columns = columns
        self.ignore = ignore
        self.numbers = numbers
    }

    public init(from decoder: Decoder) throws {
        if let file = try? decoder.singleValueContainer().decode(String.self) {
            if let problem = DataFolder.problem(file) {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                        debugDescription: problem))
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
                  numbers: try container.decodeIfPresent(NumberNotation.self, forKey: .numbers))
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
