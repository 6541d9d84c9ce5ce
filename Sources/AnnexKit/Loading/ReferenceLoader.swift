import Foundation

/// Loads the reference folder: `gemeenten.csv`, `arrondissementen.csv`, `aliases.csv`.
public enum ReferenceLoader {
    public static func load(folder: String) throws -> Gazetteer {
        let arrondissementen = try loadArrondissementen(folder + "/arrondissementen.csv")
        let municipalities = try loadMunicipalities(folder + "/gemeenten.csv", arrondissementen: arrondissementen)
        let aliases = try loadAliases(folder + "/aliases.csv", known: Set(municipalities.map(\.code)))
        return Gazetteer(municipalities: municipalities, arrondissementen: arrondissementen, aliases: aliases)
    }

    static func loadArrondissementen(_ path: String) throws -> [Arrondissement] {
        var result: [Arrondissement] = []
        try CSVReader.forEachRecord(path: path, file: path, required: ["code", "name"]) { columns, record in
            result.append(Arrondissement(code: columns.field("code", in: record), name: columns.field("name", in: record)))
            return []
        }
        return result
    }

    static func loadMunicipalities(_ path: String, arrondissementen: [Arrondissement]) throws -> [Municipality] {
        let districtByName = Dictionary(arrondissementen.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
        var result: [Municipality] = []
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
                                  .notANumber(cell: from, expected: "een jaartal"))]
            }
            guard to.isEmpty || Int(to) != nil else {
                return [LoadError(file: path, line: record.line, column: columns.column("valid_to"),
                                  .notANumber(cell: to, expected: "een jaartal of leeg"))]
            }
            result.append(Municipality(code: columns.field("code", in: record), name: columns.field("name", in: record),
                                       province: columns.field("province", in: record), arrondissement: districtCode,
                                       validFrom: validFrom, validTo: Int(to)))
            return []
        }
        return result
    }

    static func loadAliases(_ path: String, known: Set<String>) throws -> [Alias] {
        var result: [Alias] = []
        try CSVReader.forEachRecord(path: path, file: path, required: ["alias", "code", "reason"]) { columns, record in
            let code = columns.field("code", in: record)
            guard known.contains(code) else {
                return [LoadError(file: path, line: record.line, column: columns.column("code"),
                                  .unknownMunicipality(name: code, suggestions: []))]
            }
            result.append(Alias(alias: columns.field("alias", in: record), code: code,
                                reason: columns.field("reason", in: record), note: columns.field("note", in: record)))
            return []
        }
        return result
    }
}
