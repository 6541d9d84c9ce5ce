import Foundation
import Testing
import ZIPFoundation
@testable import AnnexKit

/// The benchmark job (`bench/wide.yaml`) builds, and its values are the reference's: those of
/// `annex_pandas.py`'s `annex.csv` for the 342-row table (kept in `Fixtures/bench`, see its README),
/// and those computed here from the job's stated rules.
@Suite("The benchmark job")
struct BenchJobTests {
    static let folder = Paths.fixtures + "/bench"
    static let measures = ["detenties", "plaatsingsverzoeken"]
    /// The reference prints percentages with one decimal (`%.1f`).
    static let referenceRounding = 0.05 + 1e-9

    /// A CSV file without quoted fields (neither file has any) as rows of fields.
    static func rows(_ path: String) throws -> [[String]] {
        try readText(path).split(whereSeparator: \.isNewline).map { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test("A 100.000-row table of a repeating pattern: the totals, changes and shares computed by hand; the XLSX whole")
    func large() throws {
        // Four rows repeated: detenties 2023 and 2024, plaatsingsverzoeken 2023 and 2024.
        let pattern = [(1, 2, 3, 3), (2, 1, 0, 1), (3, 3, 5, 4), (4, 6, 2, 2)]
        let rows = 100_000
        var text = "gemeente_code;gemeente;detenties_2023;detenties_2024;plaatsingsverzoeken_2023;"
            + "plaatsingsverzoeken_2024\n"
        for index in 0..<rows {
            let (a, b, c, d) = pattern[index % pattern.count]
            text += "GM\(100_000 + index);Plaats \(index);\(a);\(b);\(c);\(d)\n"
        }
        let data = try temporaryFolder()
        try text.write(toFile: data + "/wide.csv", atomically: true, encoding: .utf8)
        let result = try Build.run(specPath: Paths.packageRoot + "/bench/wide.yaml", outputRoot: try temporaryFolder(),
                                   dataRoot: data, formats: [.csv, .xlsx])
        let table = try Self.rows(result.folder + "/tables/wide.csv")
        #expect(table.count == rows + 2)
        // 25.000 times the pattern: totals 250.000 and 300.000 (+20%), 250.000 and 250.000 (0%).
        #expect(table.last == ["Totaal (som van de rijen)", "", "250000", "300000", "50000", "20", "", "",
                               "250000", "250000", "0", "0", "", ""])
        // Shares of those totals: 1 of 250.000 is 0,0004%, 2 of 300.000 is 0,000666…%; 0 → 1 has no change %.
        #expect(table[1][2...] == ["1", "2", "1", "100", "0.0004", "0.000666666666666667",
                                   "3", "3", "0", "0", "0.0012", "0.0012"])
        #expect(table[2][8...] == ["0", "1", "1", "", "0", "0.0004"])
        #expect(table[rows][2...7] == ["4", "6", "2", "50", "0.0016", "0.002"])
        // The XLSX: every part whole (checksums), the table object over all rows, the total row's counts.
        let archive = try Archive(url: URL(fileURLWithPath: result.folder + "/bench-wide.xlsx"), accessMode: .read)
        var sheet = Data()
        _ = try archive.extract(try #require(archive["xl/worksheets/sheet3.xml"])) { sheet.append($0) }
        #expect(sheet.count > 4 * BlockDeflate.blockSize)
        let xml = String(decoding: sheet, as: UTF8.self)
        let last = rows + 6
        #expect(xml.contains("<c r=\"A\(last)\" s=\"4\" t=\"inlineStr\"><is><t>Totaal (som van de rijen)</t>"))
        for (column, total) in zip(["C", "D", "I", "J"], [250_000, 300_000, 250_000, 250_000]) {
            #expect(xml.contains("<c r=\"\(column)\(last)\" s=\"") && xml.contains("\"><v>\(total)</v></c>"))
        }
        var part = Data()
        _ = try archive.extract(try #require(archive["xl/tables/table2.xml"])) { part.append($0) }
        #expect(String(decoding: part, as: UTF8.self).contains("ref=\"A5:N\(last)\""))
    }

    @Test("csv, md and xlsx are built; every value equals the reference's and the job's rules")
    func matchesReference() throws {
        let result = try Build.run(specPath: Paths.packageRoot + "/bench/wide.yaml",
                                   outputRoot: try temporaryFolder(), dataRoot: Self.folder,
                                   formats: [.csv, .md, .xlsx])
        #expect(result.files.sorted() == ["bench-wide.md", "bench-wide.xlsx", "findings.csv", "tables/wide.csv"])
        let annex = try Self.rows(result.folder + "/tables/wide.csv")
        let reference = try Self.rows(Self.folder + "/reference-annex.csv")
        let input = try readText(Self.folder + "/wide.csv").split(whereSeparator: \.isNewline).dropFirst()
            .map { $0.split(separator: ";").map(String.init) }
        try #require(annex.count == reference.count && annex.count == input.count + 2)
        // annex: name, code, then per measure the two years, change, change %, share of each year;
        // the reference: code, name, then the same columns in the same order.
        for (index, (ours, theirs)) in zip(annex.dropFirst(), reference.dropFirst()).enumerated() {
            let isTotal = index == input.count
            #expect(ours[1] == theirs[0] && (isTotal || ours[0] == theirs[1]), "row \(index)")
            for column in 2..<theirs.count {
                let percent = (column - 2) % 6 >= 3
                if !percent {
                    #expect(ours[column] == theirs[column], "row \(index) column \(column)")
                } else if isTotal && (column - 2) % 6 >= 4 {
                    // The total's share of itself: annex leaves it empty (not applicable), the reference says 100.
                    #expect(ours[column].isEmpty && theirs[column] == "100.0")
                } else if theirs[column].isEmpty {
                    #expect(ours[column].isEmpty, "row \(index) column \(column): change % of 0")
                } else {
                    let value = try #require(Double(ours[column])), shown = try #require(Double(theirs[column]))
                    #expect(abs(value - shown) <= Self.referenceRounding, "row \(index) column \(column)")
                }
            }
        }
        // The rules, computed here: change %, and shares of the column totals.
        let counts = input.map { fields in fields[2...].map { Int($0.replacingOccurrences(of: ".", with: ""))! } }
        for measure in Self.measures.indices {
            let totals = (0..<2).map { year in counts.reduce(0) { $0 + $1[measure * 2 + year] } }
            for (row, values) in counts.enumerated() {
                let (first, second) = (values[measure * 2], values[measure * 2 + 1])
                let cells = annex[row + 1][(2 + measure * 6)...]
                let expected = [first == 0 ? nil : 100 * Double(second - first) / Double(first),
                                100 * Double(first) / Double(totals[0]), 100 * Double(second) / Double(totals[1])]
                for (offset, value) in expected.enumerated() {
                    let shown = cells[cells.startIndex + 3 + offset]
                    if let value {
                        #expect(abs(Double(shown)! - value) <= 1e-9 * max(1, abs(value)), "row \(row) \(measure)")
                    } else {
                        #expect(shown.isEmpty)
                    }
                }
            }
        }
    }

    #if os(Linux)
    @Test("The job's process never loads libxlsxwriter (nor libcrypto): its workbook has no figures")
    func noXlsxwriter() throws {
        // The dynamic loader lists every library it opens, at the start and later (dlopen).
        let run = try annex(["build", "bench/wide.yaml", "--data", Self.folder, "--out", try temporaryFolder(),
                             "--formats", "csv,md,xlsx", "--quiet"], environment: ["LD_DEBUG": "files"])
        #expect(run.status == 0)
        #expect(run.errors.contains("libc.so"))
        #expect(!run.errors.contains("libxlsxwriter") && !run.errors.contains("libcrypto"))
    }
    #endif
}
