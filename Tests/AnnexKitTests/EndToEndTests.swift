import Foundation
import Testing
@testable import AnnexKit

/// `annex build` of the real report spec, checked against the 2024 report.
@Suite("End to end: the 2024 report", .serialized)
struct EndToEndTests {
    static let built = Result { () throws -> (BuildResult, [[String]]) in
        let result = try realBuild.get()
        let text = try readText(result.folder + "/figures.csv")
        let rows = text.components(separatedBy: "\r\n").dropLast().map(EndToEndTests.fields)
        return (result, rows)
    }

    /// Splits one RFC 4180 line (test support; the figures have no line breaks in fields).
    static func fields(_ line: String) -> [String] {
        var fields: [String] = [], field = "", quoted = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            if character == "\"" {
                quoted.toggle(); if !quoted { continue } else if !field.isEmpty { field.append("\"") }; continue
            }
            if character == "," && !quoted { fields.append(field); field = ""; continue }
            field.append(character)
        }
        return fields + [field]
    }

    func row(_ table: String, _ region: String, _ measure: String, _ period: String, _ statistic: String,
             comparedTo: String = "") throws -> [String] {
        let rows = try Self.built.get().1
        let matches = rows.filter {
            $0[0] == table && $0[2] == region && $0[4] == measure && $0[5] == period && $0[6] == statistic
                && $0[7] == comparedTo
        }
        #expect(matches.count == 1, "\(table) \(region) \(measure) \(period) \(statistic) \(comparedTo)")
        return try #require(matches.first)
    }

    func rounded(_ row: [String]) throws -> String {
        let value = try #require(Exact(decimal: row[8]))
        return NumberStyle.dutch.format(.value(value), as: .percentageChange)
    }

    @Test("Writes the figures, Markdown, HTML, workbooks, per-table CSVs and figures.csv/json")
    func files() throws {
        let (result, _) = try Self.built.get()
        let figures = ["instroom-verandering", "gevangeniswezen-in-uitstroom", "injus-meldingen-totaal",
                       "kaart-begin-detentie", "kaart-einde-detentie", "top-einde-detentie",
                       "kaart-einde-detentie-arrondissement", "wmo-verandering", "kaart-ondersteuning-thuis-instroom",
                       "kaart-ondersteuning-thuis-uitstroom", "kaart-opvang-verblijf-instroom",
                       "kaart-opvang-verblijf-uitstroom", "plaatsingsverzoeken-soort", "unieke-personen-arrondissement"]
        let images = figures.flatMap { ["figures/\($0).svg", "figures/\($0).png"] }
        #expect(result.files == images + ["samenwerking-2024.md", "samenwerking-2024.html",
                                 "samenwerking-2024.xlsx", "samenwerking-2024.ods",
                                 "tables/instroom-sector.csv", "tables/uitstroom-sector.csv",
                                 "tables/injus-meldingen-gemeente.csv", "tables/injus-meldingen-arrondissement.csv",
                "tables/wmo-ondersteuning-thuis-gemeente.csv", "tables/wmo-ondersteuning-thuis-arrondissement.csv",
                "tables/wmo-opvang-verblijf-gemeente.csv", "tables/wmo-opvang-verblijf-arrondissement.csv",
                                 "tables/3ro-plaatsingsverzoeken.csv", "tables/3ro-unieke-personen-arrondissement.csv",
                                 "tables/3ro-plaatsingsverzoeken-arrondissement.csv",
                "tables/plaatsingsverzoeken-per-einde-detentie-arrondissement.csv", "figures.csv", "figures.json",
                                 "findings.csv"])
        for file in result.files {
            #expect(FileManager.default.fileExists(atPath: result.folder + "/" + file))
        }
    }

    @Test("figures.csv has exactly the specified columns, and only the specified statuses")
    func columns() throws {
        let rows = try Self.built.get().1
        #expect(rows.first == ["table", "region_type", "region_code", "region_name", "measure", "period",
                               "statistic", "compared_to", "value", "status", "source"])
        for row in rows.dropFirst() {
            #expect(row.count == 11)
            let status = try #require(Status(rawValue: row[9]), "unknown status \(row[9])")
            #expect(status.hasValue ? Double(row[8]) != nil : row[8].isEmpty)
        }
    }

    /// A percentage change the report states: its table, measure, year and base year, and the text.
    struct StatedChange: Sendable, CustomTestStringConvertible {
        let table: String, measure: String, year: String, base: String, shown: String
        var testDescription: String { "\(table) \(measure) \(base)–\(year)" }
    }

    static let statedChanges = [
        StatedChange(table: "instroom-sector", measure: "gevangeniswezen", year: "2020", base: "2019", shown: "-30,9%"),
        StatedChange(table: "instroom-sector", measure: "tbs-eerste-opnames", year: "2022", base: "2021",
                     shown: "+34,5%"),
        StatedChange(table: "instroom-sector", measure: "tbs-eerste-opnames", year: "2022", base: "2019",
                     shown: "+37,2%"),
        StatedChange(table: "instroom-sector", measure: "gevangeniswezen", year: "2022", base: "2019", shown: "-15,2%"),
        StatedChange(table: "uitstroom-sector", measure: "gevangeniswezen", year: "2022", base: "2019",
                     shown: "-11,9%"),
        StatedChange(table: "injus-meldingen-gemeente", measure: "begin-detentie", year: "2023", base: "2022",
                     shown: "+13,4%"),
        StatedChange(table: "3ro-plaatsingsverzoeken", measure: "plaatsingsverzoeken", year: "2023", base: "2022",
                     shown: "+5,9%"),
        StatedChange(table: "wmo-ondersteuning-thuis-gemeente", measure: "instroom", year: "2022", base: "2021",
                     shown: "-27,4%"),
        // §2.2 states −12,7% and −11,8% for 'opvang en verblijf'; they follow from the corrected totals.
        StatedChange(table: "wmo-opvang-verblijf-gemeente", measure: "instroom", year: "2022", base: "2021",
                     shown: "-12,7%"),
        StatedChange(table: "wmo-opvang-verblijf-gemeente", measure: "uitstroom", year: "2022", base: "2021",
                     shown: "-11,8%"),
    ]

    @Test("Percentage changes the report states, recomputed from the data", arguments: statedChanges)
    func reportPercentages(_ change: StatedChange) throws {
        let found = try row(change.table, "NL", change.measure, change.year, "change_pct", comparedTo: change.base)
        #expect(try rounded(found) == change.shown)
    }

    @Test("figures.json holds what figures.csv holds: each figure's fields and, by its number, its source's text")
    func figuresJSON() throws {
        let (result, rows) = try Self.built.get()
        let data = try Data(contentsOf: URL(fileURLWithPath: result.folder + "/figures.json"))
        let file = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(file["schema"] as? Int == 2)
        let sources = try #require(file["sources"] as? [String])
        let figures = try #require(file["figures"] as? [[String: Any]])
        #expect(figures.count == rows.count - 1 && figures.count > 10_000)
        // Each text once, and fewer texts than figures: a count's source is cited by the statistics derived from it.
        #expect(Set(sources).count == sources.count && sources.count < figures.count / 2)
        let keys = FigureRecord.columns.filter { $0 != "value" && $0 != "source" }
        for (figure, row) in zip(figures, rows.dropFirst()) {
            let number = try #require(figure["source"] as? Int)
            try #require(sources.indices.contains(number))
            let fields = keys.map { figure[$0] as? String ?? "" } + [sources[number]]
            #expect(fields == keys.map { row[FigureRecord.columns.firstIndex(of: $0)!] } + [row[10]])
            #expect((figure["value"] == nil || figure["value"] is NSNull) == row[8].isEmpty)
        }
    }

    @Test("No value in figures.csv, figures.json or tables/*.csv has a binary tail or more than 15 digits unless exact")
    func noBinaryNoise() throws {
        let folder = try Self.built.get().0.folder
        let tables = try FileManager.default.contentsOfDirectory(atPath: folder + "/tables").map { "tables/" + $0 }
        let tail = try Regex(#"\d\.\d*(9{6,}|0{6,}[1-9])\d*"#)
        var values = 0
        for file in ["figures.csv", "figures.json"] + tables {
            let text = try readText(folder + "/" + file)
            for match in text.matches(of: try Regex(#"-?\d+\.\d+"#)) {
                values += 1
                let value = String(text[match.range])
                #expect(value.firstMatch(of: tail) == nil, "\(file): \(value)")
            }
        }
        #expect(values > 1000)
        // Each value is written exactly, or to 15 significant digits: never more.
        for row in try Self.built.get().1.dropFirst() where !row[8].isEmpty {
            let value = try #require(Exact(decimal: row[8]))
            let digits = row[8].filter(\.isNumber).drop { $0 == "0" }.count
            #expect(digits <= PlainNumber.significantDigits || value.terminatingDecimals != nil, "\(row)")
        }
        let noordNederland = try row("3ro-unieke-personen-arrondissement", "noord-nederland", "unieke-personen", "2023",
                                     "count")
        #expect(noordNederland[8] == "710.272")
    }

    @Test("Category shares: 86% ambulant in 2022, 87,2% in 2023")
    func shares() throws {
        let share2022 = try row("3ro-plaatsingsverzoeken", "NL", "plaatsingsverzoeken-ambulant", "2022", "share_pct",
                                comparedTo: "plaatsingsverzoeken")
        #expect(NumberStyle.dutch.value(try #require(Exact(decimal: share2022[8])), as: .percentage) == "86,0%")
        let share2023 = try row("3ro-plaatsingsverzoeken", "NL", "plaatsingsverzoeken-ambulant", "2023", "share_pct",
                                comparedTo: "plaatsingsverzoeken")
        #expect(NumberStyle.dutch.value(try #require(Exact(decimal: share2023[8])), as: .percentage) == "87,2%")
    }

    @Test("Provenance: seed line for printed figures, evidence for corrected ones, sums for districts")
    func provenance() throws {
        let amsterdam = try row("injus-meldingen-gemeente", "GM0363", "begin-detentie", "2022", "count")
        #expect(amsterdam[8] == "1500")
        #expect(amsterdam[10].hasSuffix("Bijlage A: Injus-meldingen per gemeente, r. 890; "
                                        + "bestand figures/samenwerking-2024/injus-meldingen-gemeente.csv:58"))
        let corrected = try row("wmo-opvang-verblijf-gemeente", "NL", "instroom", "2021", "count")
        #expect(corrected[8] == "16130")
        // The evidence cites sections for readers; the lines it rests on stay here, for researchers.
        #expect(corrected[10].hasSuffix("; gecorrigeerd: het gedrukte totaal telt "
                                        + "het landelijke totaal van de rij Elburg dubbel: 32.260 = 2 x 16.130; "
                                        + "§2.2 rekent met 16.130 (daling 12,7%) (r. 1679, 1626, 366)"))
        let district = try row("injus-meldingen-arrondissement", "amsterdam", "einde-detentie", "2022", "count")
        #expect(district[8] == "2233")  // 27 + 51 + 2.077 + 41 + 11 + 26
        #expect(district[10].hasSuffix("2024, Bijlage A: Injus-meldingen per gemeente (som van 6 gemeenten)"))
        let change = try row("injus-meldingen-arrondissement", "amsterdam", "einde-detentie", "2023", "change",
                             comparedTo: "2022")
        #expect(change[10].hasPrefix("berekend uit Samenwerking tussen forensische zorg en gemeenten"))
    }

    @Test("Boundary year 2023: Voorne aan Zee in 2022 is Brielle + Hellevoetsluis + Westvoorne")
    func boundaryYear() throws {
        let begin = try row("injus-meldingen-gemeente", "GM1992", "begin-detentie", "2022", "count")
        #expect(begin[8] == "40" && begin[9] == "ok")  // 4 + 30 + 6
        #expect(begin[10].hasSuffix("Injus-meldingen per gemeente (omgerekend naar gemeentelijke indeling 2023: "
                                    + "Brielle (GM0501) + Hellevoetsluis (GM0530) + Westvoorne (GM0614))"))
        let change = try row(
            "injus-meldingen-gemeente", "GM1992", "einde-detentie", "2023", "change", comparedTo: "2022")
        #expect(change[8] == "1")  // 51 − (7 + 32 + 11)
        let rows = try Self.built.get().1
        #expect(!rows.contains { $0[0] == "injus-meldingen-gemeente" && $0[2] == "GM0501" })  // Brielle is gone
    }

    @Test("A district with a municipality lacking a figure is incomplete, with the known sum")
    func incompleteDistrict() throws {
        let denHaag = try row("injus-meldingen-arrondissement", "den-haag", "begin-detentie", "2023", "count")
        #expect(denHaag[8] == "2363" && denHaag[9] == "incomplete")  // Zoeterwoude is blank
        let change = try row(
            "injus-meldingen-arrondissement", "den-haag", "begin-detentie", "2023", "change", comparedTo: "2022")
        #expect(change[8] == "" && change[9] == "missing")
    }

    @Test("3RO per district: counts derived from published shares are estimated; the ratio shows both sources")
    func sharesAndRatio() throws {
        let oostNederland = try row(
            "3ro-unieke-personen-arrondissement", "oost-nederland", "unieke-personen", "2022", "count")
        let estimate = try #require(Double(oostNederland[8]))
        #expect(oostNederland[9] == "estimated" && abs(estimate - 1837.752) < 1e-9)  // 16,8% × 10.939
        #expect(oostNederland[10].hasSuffix("§2.1.2 (tekst), r. 251 (geschat: gepubliceerd aandeel 16,8% × "
                                            + "landelijk totaal); bestand "
                    + "figures/samenwerking-2024/3ro-aandelen-unieke-personen-arrondissement.csv:2"))
        let amsterdam = try row("3ro-unieke-personen-arrondissement", "amsterdam", "unieke-personen", "2022", "count")
        #expect(amsterdam[9] == "missing")
        let counted = try row(
            "3ro-plaatsingsverzoeken-arrondissement", "rotterdam", "plaatsingsverzoeken-ambulant", "2023", "count")
        #expect(counted[8] == "3010" && counted[9] == "ok")
        let ratio = try row("plaatsingsverzoeken-per-einde-detentie-arrondissement", "rotterdam",
                            "plaatsingsverzoeken-per-100-einde-detentie", "2022", "ratio",
                            comparedTo: "injus-meldingen-arrondissement/einde-detentie")
        let perHundred = try #require(Double(ratio[8]))
        #expect(ratio[9] == "estimated" && abs(perHundred - 287517.6 / 3428) < 1e-9)  // 100 × 15,3% × 18.792 / 3.428
        let national = try row("plaatsingsverzoeken-per-einde-detentie-arrondissement", "NL",
                               "plaatsingsverzoeken-per-100-einde-detentie", "2022", "ratio",
                               comparedTo: "injus-meldingen-arrondissement/einde-detentie")
        let nationalRatio = try #require(Exact(decimal: national[8]))
        #expect(national[9] == "ok" && NumberStyle.dutch.format(.value(nationalRatio), as: .ratio) == "86,6")
        let markdown = try readText(try Self.built.get().0.folder + "/samenwerking-2024.md")
        let estimated = { (figure: String) in "*\(figure)\u{00A0}\\[g\\]*" }
        let persons = ["1.838", "1.902", "+64", "+3,5%", "16,8%", "16,6%"].map(estimated).joined(separator: " | ")
        #expect(markdown.contains("| Oost-Nederland | \(persons) |"))
        #expect(markdown.contains("| Oost-Nederland | \(estimated("3.345")) | 2.940 | \(estimated("113,8")) | "
                                  + "\(estimated("3.484")) | ≥3.111 | . |"))
    }

    @Test("Rankings in the annex match the report's text")
    func rankings() throws {
        let markdown = try readText(try Self.built.get().0.folder + "/samenwerking-2024.md")
        #expect(
            markdown.contains(
                "- Meldingen begin detentie 2022: 1. Rotterdam (1.723), 2. Amsterdam (1.500), 3. 's-Gravenhage (1.136)")
        )
        #expect(
            markdown.contains(
                "- Meldingen einde detentie 2023: 1. Amsterdam (2.111), 2. Rotterdam (2.041), 3. 's-Gravenhage (1.629)")
        )
        #expect(markdown.contains("- Instroom 2021: 1. Amsterdam (15.555), 2. Rotterdam (7.775), 3. Tilburg (5.070)"))
        #expect(markdown.contains("- Instroom 2022: 1. Amsterdam (1.625), 2. 's-Gravenhage (815), 3. Utrecht (690)"))
    }

    @Test("Two builds of the same inputs are byte-identical, in both languages", arguments: Language.allCases)
    func deterministic(language: Language) throws {
        let first = try language == .nl ? realBuild.get() : realEnglishBuild.get()
        let second = try Build.run(specPath: Paths.realSpec, outputRoot: try temporaryFolder(), language: language)
        #expect(first.files.count == 47)
        for file in first.files {
            let a = try #require(FileManager.default.contents(atPath: first.folder + "/" + file))
            let b = try #require(FileManager.default.contents(atPath: second.folder + "/" + file))
            #expect(a == b, "\(file) differs between builds")
        }
    }
}
