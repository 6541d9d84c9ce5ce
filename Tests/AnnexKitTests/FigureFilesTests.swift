import Foundation
import Testing
@testable import AnnexKit

/// `figures.csv` and `figures.json` are written in one pass, a source repeated from the record before
/// copied as it was encoded: each row must still carry its own source, encoded for its own file.
@Suite("figures.csv and figures.json")
struct FigureFilesTests {
    /// Sources as consecutive records have them: repeated, changed, repeated again, with the characters
    /// each format escapes (a comma and quotes in CSV, quotes, a backslash and a line break in JSON).
    static let sources = ["Tabel 1, r. 12", "Tabel 1, r. 12", "berekend uit \"Tabel 1\", r. 12", "=1+1",
                          "=1+1", "a\\b\nc", "Tabel 1, r. 12", ""]

    static func records() -> [FigureRecord] {
        sources.enumerated().map { index, source in
            FigureRecord(table: "t", region: .netherlands, measure: "m", period: "\(2019 + index)",
                         statistic: .count, comparedTo: "", amount: index == 3 ? .missing : .value(Exact(index)),
                         source: source)
        }
    }

    @Test("Each row of both files has its own source and value, encoded for its file")
    func sourcesPerRow() throws {
        let records = Self.records()
        let (csv, json) = MachineReadable.figureFiles(records)
        // Every field encoded anew, as the rows were written before the one pass.
        var expected = CSVWriter()
        expected.row(FigureRecord.columns)
        for record in records {
            for text in ["t", "land", "NL", "Nederland", "m", record.period, "count", ""] { expected.field(text) }
            if let value = record.amount.exact { expected.field(value) } else { expected.field("") }
            expected.field(record.amount.status.rawValue)
            expected.field(record.source)
            expected.endRow()
        }
        #expect(csv.text == expected.text)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [[String: Any]])
        #expect(objects.map { $0["source"] as? String } == Self.sources)
        #expect(objects.map { ($0["value"] as? NSNumber)?.intValue } == [0, 1, 2, nil, 4, 5, 6, 7])
    }

    @Test("A thousand records fill the buffers given room after the first records, as written")
    func manyRecords() throws {
        let records = (0..<1_000).map { index in
            FigureRecord(table: "t", region: .netherlands, measure: "m", period: "2024", statistic: .count,
                         comparedTo: "", amount: .value(Exact(index)),
                         source: String(repeating: "bron \(index / 3) ", count: 1 + index % 7))
        }
        let (csv, json) = MachineReadable.figureFiles(records)
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes)) as? [[String: Any]])
        #expect(objects.map { $0["source"] as? String } == records.map(\.source))
        #expect(csv.text.components(separatedBy: "\r\n").count == records.count + 2)
    }
}
