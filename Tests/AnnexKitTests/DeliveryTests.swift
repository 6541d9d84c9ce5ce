import Foundation
import Testing
@testable import AnnexKit

/// The report's per-municipality datasets delivered as received instead of as tidy CSV: the
/// Injus figures as a ministry's XLSX (cover sheet, merged title, years over merged cells, wrapped
/// headings, numbers as numbers, source and footnote below), the Wmo figures as a CBS StatLine
/// export (codes, `.` for missing). Both are written here from today's CSV data; the build from
/// them must give the same figures.
@Suite("Deliveries as received build the same figures", .serialized)
struct DeliveryTests {
    static let figures = Paths.packageRoot + "/data/figures/samenwerking-2024/"

    /// Today's tidy figures of one dataset: regions as printed (`NL` for the total) in order of
    /// first appearance, and each figure's text by region, measure and period.
    struct Tidy {
        var regions: [String] = []
        var values: [String: String] = [:]

        init(_ name: String) throws {
            var seen = Set<String>()
            for record in try CSVReader(path: DeliveryTests.figures + name).dropFirst() {
                let region = record.fields[1]
                if seen.insert(region).inserted { regions.append(region) }
                values[record.fields[1...3].joined(separator: "|")] = record.fields[4]
            }
        }

        func value(_ region: String, _ measure: String, _ period: String) -> String? {
            values[region + "|" + measure + "|" + period]
        }
    }

    static let injusTitle = "Injus-meldingen 'begin detentie' en 'einde detentie' per gemeente, 2022–2023"
    static let injusSource = "Bron: DJI, Injus-registratie; levering aan het ministerie van JenV"

    static func injusWorkbook(in folder: String) throws -> String {
        let tidy = try Tidy("injus-meldingen-gemeente.csv")
        let book = try WorkbookFixture(path: folder + "/injus-levering-2024.xlsx")
        try book.sheet("Toelichting")
        book.set(0, 0, .text("Levering Injus-meldingen per gemeente aan het ministerie van JenV"))
        try book.sheet("Injus per gemeente")
        book.merge(rows: 0...0, columns: 0...4, Self.injusTitle)
        book.merge(rows: 2...3, columns: 0...0, "Gemeente")
        let columns = ["2022", "2023"].flatMap { year in [(year, "begin-detentie"), (year, "einde-detentie")] }
        for (offset, year) in ["2022", "2023"].enumerated() {
            book.merge(rows: 2...2, columns: 1 + 2 * offset...2 + 2 * offset, "")
            book.set(2, 1 + 2 * offset, .number(Double(year)!))
        }
        for (offset, (_, measure)) in columns.enumerated() {
            let heading = measure == "begin-detentie" ? "Meldingen begin\ndetentie" : "Meldingen einde\ndetentie"
            book.set(3, 1 + offset, .text(heading), wrapped: true)
        }
        let regions = tidy.regions.filter { $0 != "NL" } + ["NL"]
        for (index, region) in regions.enumerated() {
            book.set(4 + index, 0, .text(region == "NL" ? "Totaal" : region))
            for (offset, (period, measure)) in columns.enumerated() {
                if let text = tidy.value(region, measure, period), let number = Double(text) {
                    book.set(4 + index, 1 + offset, .number(number))
                }
            }
        }
        let below = 4 + regions.count + 1
        book.merge(rows: below...below, columns: 0...4, Self.injusSource)
        book.set(below + 1, 0, .text("¹ Exclusief justitiële jeugdinrichtingen (JJI)."))
        try book.close()
        return book.path
    }

    static let wmoTopics = ["instroom": "Instroom Wmo-cliënten, maatwerkvoorziening ondersteuning thuis (aantal)",
                            "uitstroom": "Uitstroom Wmo-cliënten, maatwerkvoorziening ondersteuning thuis (aantal)"]

    static func wmoStatLine(in folder: String) throws -> String {
        let tidy = try Tidy("wmo-ondersteuning-thuis-gemeente.csv")
        func quoted(_ fields: [String]) -> String { fields.map { "\"\($0)\"" }.joined(separator: ";") }
        var lines = [quoted(["Gemeentelijke Monitor Sociaal Domein; Wmo-cliënten met een maatwerkvoorziening"]),
                     quoted(["Maatwerkvoorziening: ondersteuning thuis"]),
                     quoted(["ID", "Perioden", "RegioS", wmoTopics["instroom"]!, wmoTopics["uitstroom"]!])]
        let regions = ["NL"] + tidy.regions.filter { $0 != "NL" }
        let measures = ["instroom", "uitstroom"]
        for period in ["2021", "2022"] {
            for region in regions where measures.contains(where: { tidy.value(region, $0, period) != nil }) {
                let code = region == "NL" ? "NL01" : try #require(realGazetteer.match(region)).municipality.code
                let padded = code.padding(toLength: 8, withPad: " ", startingAt: 0)
                let values = measures.map { measure in
                    tidy.value(region, measure, period).flatMap { $0.isEmpty ? nil : $0 } ?? "."
                }
                lines.append(quoted([String(lines.count - 3), period + "JJ00", padded] + values))
            }
        }
        lines += [quoted(["Bron: CBS"]), quoted(["© Centraal Bureau voor de Statistiek, Den Haag/Heerlen"])]
        let path = folder + "/cbs-statline-wmo.csv"
        try Data((lines.joined(separator: "\r\n") + "\r\n").utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// The real spec with the two datasets read from the deliveries, in a project of its own: the
    /// project's data with the deliveries in `data/leveringen/` (a spec's paths stay in its data folder).
    static func spec(in folder: String) throws -> String {
        let topics = wmoTopics.sorted { $0.key < $1.key }.map { "\"\($0.value)\": \($0.key)" }.joined(separator: ", ")
        try FileManager.default.copyItem(atPath: Paths.packageRoot + "/data", toPath: folder + "/data")
        let deliveries = folder + "/data/leveringen"
        try FileManager.default.createDirectory(atPath: deliveries, withIntermediateDirectories: true)
        func relative(_ path: String) -> String { String(path.dropFirst(folder.count + "/data/".count)) }
        let injus = relative(try injusWorkbook(in: deliveries)), wmo = relative(try wmoStatLine(in: deliveries))
        let replaced = try readText(Paths.realSpec)
            .replacingOccurrences(of: "data: figures/samenwerking-2024/injus-meldingen-gemeente.csv",
                                  with: "data: {file: \(injus), sheet: Injus per gemeente}")
            .replacingOccurrences(of: "data: figures/samenwerking-2024/wmo-ondersteuning-thuis-gemeente.csv",
                                  with: "data: {file: \(wmo), columns: {\(topics)}}")
        try FileManager.default.createDirectory(atPath: folder + "/reports", withIntermediateDirectories: true)
        let path = folder + "/reports/samenwerking-2024.yaml"
        try Data(replaced.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// figures.csv of a build as `key → value, status`, the key being every column before `value`.
    static func figures(_ build: BuildResult) throws -> [String: [String]] {
        let lines = try readText(build.folder + "/figures.csv").components(separatedBy: "\r\n").dropFirst().dropLast()
        var result: [String: [String]] = [:]
        for fields in lines.map(EndToEndTests.fields) {
            result[fields[..<8].joined(separator: ",")] = Array(fields[8...9])
        }
        #expect(result.count == lines.count)
        return result
    }

    @Test("Injus as a ministry's XLSX and Wmo as a StatLine export give exactly today's figures")
    func sameFigures() throws {
        let folder = try temporaryFolder()
        let spec = try Self.spec(in: folder)
        #expect(try !readText(spec).contains("injus-meldingen-gemeente.csv"))
        let delivered = try Build.run(specPath: spec, outputRoot: folder + "/out", templates: Paths.templates)
        let today = try Self.figures(try realBuild.get())
        let fromDeliveries = try Self.figures(delivered)
        #expect(fromDeliveries.count == today.count)
        #expect(Set(fromDeliveries.keys) == Set(today.keys))
        let differing = today.keys.sorted().filter { fromDeliveries[$0] != today[$0] }
        let examples = differing.prefix(5).map { "\($0): \(today[$0]!) ≠ \(fromDeliveries[$0] ?? [])" }
        #expect(differing.isEmpty, "\(examples)")
        let tables = Set(today.keys.map { String($0.prefix { $0 != "," }) })
        #expect(tables.isSuperset(of: ["injus-meldingen-gemeente", "injus-meldingen-arrondissement",
                                       "wmo-ondersteuning-thuis-gemeente", "wmo-ondersteuning-thuis-arrondissement"]))
    }

    @Test("annex check reports what the deliveries hold besides figures: titles, sources, footnotes, CBS markers")
    func checkReportsNotices() throws {
        let folder = try temporaryFolder()
        let report = Check.run(specPath: try Self.spec(in: folder), templates: Paths.templates)
        #expect(report.errors.isEmpty)
        let kinds = report.notices.map(\.kind)
        #expect(kinds.contains(.title(Self.injusTitle)))
        #expect(kinds.contains(.note(Self.injusSource)))
        #expect(kinds.contains(.note("¹ Exclusief justitiële jeugdinrichtingen (JJI).")))
        #expect(kinds.contains(.title("Maatwerkvoorziening: ondersteuning thuis")))
        #expect(kinds.contains(.note("Bron: CBS")))
        #expect(kinds.contains(.statLine))
        let cbsSource = report.notices.filter { $0.kind == .note("Bron: CBS") }
        #expect(cbsSource.map(\.file) == [folder + "/data/leveringen/cbs-statline-wmo.csv"])
    }
}
