import Foundation

/// Loads the reference folder: `gemeenten.csv`, `arrondissementen.csv`, `aliases.csv` and
/// `herindelingen.csv`.
public enum ReferenceLoader {
    public static func load(folder: String) throws -> Gazetteer {
        let arrondissementen = try loadArrondissementen(folder + "/arrondissementen.csv")
        let municipalities = try loadMunicipalities(folder + "/gemeenten.csv", arrondissementen: arrondissementen)
        let known = Set(municipalities.map(\.code))
        let aliases = try loadAliases(folder + "/aliases.csv", known: known)
        let mergers = try loadMergers(folder + "/herindelingen.csv", known: known)
        return Gazetteer(municipalities: municipalities, arrondissementen: arrondissementen, aliases: aliases,
                         mergers: mergers)
    }

    static func loadMergers(_ path: String, known: Set<String>) throws -> [Merger] {
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        var result: [Merger] = []
        try CSVReader.forEachRecord(path: path, file: path, required: ["year", "old_code", "new_code"],
                                    mayBeEmpty: true) { columns, record in
            let yearText = columns.field("year", in: record)
            guard let year = Int(yearText) else {
                return [LoadError(file: path, line: record.line, column: columns.column("year"),
                                  .notANumber(cell: yearText, expected: MessageText(.referenceYear)))]
            }
            var errors: [LoadError] = []
            for name in ["old_code", "new_code"] where !known.contains(columns.field(name, in: record)) {
                errors.append(LoadError(file: path, line: record.line, column: columns.column(name),
                                        .unknownMunicipality(name: columns.field(name, in: record), suggestions: [])))
            }
            result.append(Merger(year: year, oldCode: columns.field("old_code", in: record),
                                 newCode: columns.field("new_code", in: record)))
            return errors
        }
        return result
    }

    static func loadArrondissementen(_ path: String) throws -> [Arrondissement] {
        var result: [Arrondissement] = []
        try CSVReader.forEachRecord(path: path, file: path, required: ["code", "name"]) { columns, record in
            result.append(
                Arrondissement(code: columns.field("code", in: record), name: columns.field("name", in: record)))
            return []
        }
        return result
    }

    static func loadMunicipalities(_ path: String, arrondissementen: [Arrondissement]) throws -> [Municipality] {
        let districtByName = Dictionary(
            arrondissementen.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        var result: [Municipality] = []
        // A dozen provinces for some 400 municipalities: each province's region made once.
        var provinces: [String: Region] = [:]
        let required = ["code", "name", "province", "arrondissement", "valid_from", "valid_to"]
        try CSVReader.forEachRecord(path: path, file: path, required: required) { columns, record in
            let district = columns.field("arrondissement", in: record)
            guard let districtCode = districtByName[district] else {
                return [LoadError(file: path, line: record.line, column: columns.column("arrondissement"),
                                  .unknownArrondissement(name: district))]
            }
            let from = columns.field("valid_from", in: record), to = columns.field("valid_to", in: record)
            guard let validFrom = Int(from) else {
                return [LoadError(file: path, line: record.line, column: columns.column("valid_from"),
                                  .notANumber(cell: from, expected: MessageText(.referenceYear)))]
            }
            guard to.isEmpty || Int(to) != nil else {
                return [LoadError(file: path, line: record.line, column: columns.column("valid_to"),
                                  .notANumber(cell: to, expected: MessageText(.referenceYearOrBlank)))]
            }
            let province = columns.field("province", in: record)
            let region = provinces[province] ?? Municipality.provinceRegion(province)
            provinces[province] = region
            result.append(Municipality(code: columns.field("code", in: record), name: columns.field("name", in: record),
                                       provinceRegion: region, arrondissement: districtCode,
                                       validFrom: validFrom, validTo: Int(to)))
            return []
        }
        return result
    }

    static func loadAliases(_ path: String, known: Set<String>) throws -> [Alias] {
        var result: [Alias] = []
        try CSVReader.forEachRecord(path: path, file: path, required: ["alias", "code", "reason"],
                                    mayBeEmpty: true) { columns, record in
            let code = columns.field("code", in: record)
            guard known.contains(code) else {
                return [LoadError(file: path, line: record.line, column: columns.column("code"),
                                  .unknownMunicipality(name: code, suggestions: []))]
            }
            let note = LocalizedText(columns.field("note", in: record),
                                     translations: LocalizedText.translations("note") { columns.field($0, in: record) },
                                     file: path, line: record.line)
            result.append(Alias(alias: columns.field("alias", in: record), code: code,
                                reason: columns.field("reason", in: record), note: note))
            return []
        }
        return result
    }
}
