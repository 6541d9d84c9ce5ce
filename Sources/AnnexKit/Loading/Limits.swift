/// The limits every input and every rendered text is held to, so that a damaged or hostile file
/// gives a clear error instead of a crash, a hang or gigabytes of output. docs/safety.md lists them.
///
/// The limits of a run are `Limits.current`; the command line sets them for one run with
/// `Limits.$current.withValue(limits) { … }`, tests lower them the same way.
public struct Limits: Sendable, Equatable {
    /// Largest input file in bytes (CSV, YAML, template); `annex build --max-input-size`.
    public var fileSize = 64 << 20
    /// Longest CSV field in bytes: what a worksheet cell holds (32.767).
    public var fieldSize = 32_767
    /// Longest CSV record (line) in bytes.
    public var recordSize = 1 << 20
    /// Errors listed per report; the rest are counted ('en nog 999.980 fouten').
    public var listedErrors = 20
    /// Characters of an input text quoted in an error message; the rest is cut off.
    public var quotedCharacters = 80
    /// Characters of one error message.
    public var messageCharacters = 1_000
    /// YAML nodes once aliases are expanded: an alias counts as the nodes it stands for.
    public var yamlNodes = 100_000
    /// How deep YAML lists and mappings may nest.
    public var yamlDepth = 32
    /// How deep the sections of an annex template may nest.
    public var templateNesting = 8
    /// Largest annex a template may render, in bytes.
    public var templateOutput = 32 << 20
    /// How often a template's sections may repeat in all (one per element of a list shown).
    public var templateRepeats = 1_000_000

    /// Rows of one worksheet, header rows and total included: what Excel holds (1.048.576); a table
    /// sheet with more stops an XLSX build before anything is written.
    public var worksheetRows = 1_048_576
    /// Rows of one sheet in LibreOffice Calc (7.4, which the tests read the ODS with, as every
    /// version since 3.3: 1.048.576); a table sheet with more stops an ODS build before anything is written.
    public var odsSheetRows = 1_048_576

    /// Characters of a title, a label or a region's name, in the spec or in the data: what a
    /// heading, a legend or a list of names in one worksheet cell holds (the longest in the
    /// project's reports has 135).
    public var nameCharacters = 200

    public init() {}

    /// The limits of the current run.
    @TaskLocal public static var current = Limits()

    /// `64M`, `512K`, `1G` or a number of bytes; nil for anything else. Units are powers of 1024.
    public static func byteCount(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let trimmed = text.uppercased()
        guard let last = trimmed.last else { return nil }
        let unit = units[last]
        guard let number = Int(unit == nil ? trimmed : String(trimmed.dropLast())), number > 0 else { return nil }
        let (bytes, overflow) = number.multipliedReportingOverflow(by: unit ?? 1)
        return overflow ? nil : bytes
    }
}
