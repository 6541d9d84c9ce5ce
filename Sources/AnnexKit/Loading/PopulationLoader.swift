/// Loads a CBS population table: `code,year,population` (municipality code, year, inhabitants).
public enum PopulationLoader {
    public static func load(path: String, gazetteer: Gazetteer) throws -> Population {
        var rows: [(code: String, year: Int, inhabitants: Exact)] = []
        var seen: [String: Int] = [:]
        try CSVReader.forEachRecord(path: path, file: path, required: ["code", "year", "population"]) {
            columns, record in
            func error(_ column: String, _ problem: LoadError.Problem) -> [LoadError] {
                [LoadError(file: path, line: record.line, column: columns.column(column), problem)]
            }
            let code = columns.field("code", in: record).uppercased()
            guard gazetteer.municipality(code: code) != nil else {
                return error("code", .unknownMunicipality(name: code, suggestions: []))
            }
            let yearText = columns.field("year", in: record), countText = columns.field("population", in: record)
            guard let year = Int(yearText) else {
                return error("year", .notANumber(cell: yearText, expected: MessageText(.referenceYear)))
            }
            guard let inhabitants = CellParser.plain(countText), inhabitants.isInteger, inhabitants > 0 else {
                return error("population", .notANumber(cell: countText, expected: MessageText(.referenceInhabitants)))
            }
            if let first = seen[Population.key(code, year)] {
                return error(
                    "code", .duplicateFigure(region: code, measure: "population", period: yearText, firstLine: first))
            }
            seen[Population.key(code, year)] = record.line
            rows.append((code, year, inhabitants))
            return []
        }
        return Population(rows)
    }
}
