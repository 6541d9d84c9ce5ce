/// Loads split keys: `old_code,new_code,share` with `share` a fraction (0.42); the shares of one
/// old municipality must add up to 1.
public enum SplitKeyLoader {
    public static func load(path: String, gazetteer: Gazetteer) throws -> [SplitKey] {
        var keys: [SplitKey] = []
        var lines: [String: Int] = [:]
        try CSVReader.forEachRecord(path: path, file: path, required: ["old_code", "new_code", "share"],
                                    mayBeEmpty: true) { columns, record in
            let old = columns.field("old_code", in: record), new = columns.field("new_code", in: record)
            var errors: [LoadError] = []
            for (name, code) in [("old_code", old), ("new_code", new)] where gazetteer.municipality(code: code) == nil {
                errors.append(LoadError(file: path, line: record.line, column: columns.column(name),
                                        .unknownMunicipality(name: code, suggestions: [])))
            }
            let text = columns.field("share", in: record)
            guard let share = CellParser.plain(text), share >= 0, share <= 1 else {
                return errors + [LoadError(file: path, line: record.line, column: columns.column("share"),
                                           .notANumber(cell: text, expected: MessageText(.referenceShare)))]
            }
            keys.append(SplitKey(oldCode: old, newCode: new, share: share))
            lines[old] = record.line
            return errors
        }
        var errors: [LoadError] = []
        for (old, line) in lines.sorted(by: { $0.value < $1.value }) {
            let total = keys.filter { $0.oldCode == old }.map(\.share).reduce(Exact(0), +)
            if total != 1 {
                errors.append(LoadError(file: path, line: line, column: nil,
                        .invalidSpec(
                            reason: MessageText(
                                .referenceShares, ["code": "\(old)", "total": "\(PlainNumber.format(total))"]))))
            }
        }
        if !errors.isEmpty { throw LoadErrors(errors) }
        return keys
    }
}
