/// The header of a CSV file with named columns, and field access by name.
struct NamedColumns {
    private let index: [String: Int]
    let width: Int

    /// Reads the header; every name in `required` must be present.
    init(header: CSVRecord, required: [String], file: String) throws {
        var index: [String: Int] = [:]
        for (position, name) in header.fields.enumerated() {
            index[name.trimmingSpaces().lowercased()] = position
        }
        let missing = required.filter { index[$0] == nil }
        if !missing.isEmpty {
            throw LoadErrors(missing.map { LoadError(file: file, line: header.line, .missingColumn(name: $0)) })
        }
        self.index = index
        width = header.fields.count
    }

    /// 1-based column number of `name`, for error messages.
    func column(_ name: String) -> Int? { index[name].map { $0 + 1 } }

    /// 0-based position of `name`, nil when the column is absent.
    func position(_ name: String) -> Int? { index[name] }

    /// The field `name` of `record` without surrounding spaces, or "" when the column is absent.
    func field(_ name: String, in record: CSVFields) -> String {
        guard let position = index[name] else { return "" }
        return record.trimmed(position)
    }
}

extension CSVReader {
    /// Reads the header and every record of a file with named columns, collecting all errors of
    /// `body` (which returns the errors of one record) before throwing them together. A file with a
    /// header and no records is an error, unless `mayBeEmpty` (a list of corrections, aliases…).
    static func forEachRecord(path: String, file: String, required: [String], mayBeEmpty: Bool = false,
                              _ body: (NamedColumns, CSVFields) -> [LoadError]) throws {
        var reader = try CSVReader(path: path, file: file)
        guard let header = reader.next() else {
            throw LoadErrors([reader.error ?? LoadError(file: file, .emptyFile)])
        }
        let columns = try NamedColumns(header: header, required: required, file: file)
        var errors = ErrorList()
        var records = 0
        while let record = reader.nextFields() {
            if record.isBlank { continue }
            records += 1
            if record.count != columns.width {
                let (expected, found) = (columns.width, record.count)
                errors.add(LoadError(file: file, line: record.line, found > expected
                                     ? .tooManyFields(expected: expected, found: found)
                                     : .tooFewFields(expected: expected, found: found)))
                continue
            }
            errors.add(body(columns, record))
        }
        if let error = reader.error {
            errors.add(error)
        } else if records == 0 && !mayBeEmpty {
            errors.add(LoadError(file: file, line: header.line, .noData))
        }
        try errors.check()
    }
}
