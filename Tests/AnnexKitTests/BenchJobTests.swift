import Foundation
import Testing
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
}
