/// Loads a list of a table's own regions: CSV with the columns `code` and `name`, and optionally
/// `parent` (the code of the region each lies in). Every code and name is a different region:
/// no code or name (without case) occurs twice, and none is empty.
enum RegionListLoader {
    static func load(path: String, file: String) throws -> RegionList {
        var entries: [RegionList.Entry] = []
        var seen = Set<String>()
        try CSVReader.forEachRecord(path: path, file: file, required: ["code", "name"]) { columns, record in
            let code = columns.field("code", in: record), name = columns.field("name", in: record)
            let parent = columns.field("parent", in: record)
            var errors: [LoadError] = []
            for (field, text) in [("code", code), ("name", name)] {
                let column = columns.column(field)
                if text.isEmpty {
                    errors.append(LoadError(file: file, line: record.line, column: column,
                                            .emptyInRegionList(field: field)))
                } else if field == "name", let tooLong = DatasetBuilder.tooLong(text) {
                    errors.append(LoadError(file: file, line: record.line, column: column, tooLong))
                } else if !seen.insert(RegionList.key(text)).inserted && (field == "code" || code != name) {
                    errors.append(LoadError(file: file, line: record.line, column: column,
                                            .duplicateRegion(name: text)))
                }
            }
            if errors.isEmpty {
                entries.append(RegionList.Entry(region: Region(type: .regio, code: code, name: name),
                                                parent: parent.isEmpty ? nil : parent))
            }
            return errors
        }
        return RegionList(entries: entries)
    }
}
