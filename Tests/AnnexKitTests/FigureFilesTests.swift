import Foundation
import Testing
@testable import AnnexKit

/// `figures.csv` and `figures.json` are written in one pass, each source's encodings made once per text:
/// each row of the CSV must still carry its own source, and each figure of the JSON the number of its text.
@Suite("figures.csv and figures.json")
struct FigureFilesTests {
    /// Sources as consecutive records have them: repeated, changed, repeated again, one cited again after
    /// others, with the characters each format escapes (a comma and quotes in CSV, quotes, a backslash and
    /// a line break in JSON).
    static let sources = ["Tabel 1, r. 12", "Tabel 1, r. 12", "berekend uit \"Tabel 1\", r. 12", "=1+1",
                          "=1+1", "a\\b\nc", "Tabel 1, r. 12", ""]

    static func records(_ sources: [String] = sources) -> [FigureRecord] {
        sources.enumerated().map { index, source in
            FigureRecord(table: "t", region: .netherlands, measure: "m", period: "\(2019 + index)",
                         statistic: .count, comparedTo: "", amount: index == 3 ? .missing : .value(Exact(index)),
                         source: source)
        }
    }

    /// Both files of `records` (the figures of one table, or of several), gathered from the blocks they are
    /// handed in, and how many blocks each took.
    static func files(_ records: [FigureRecord], tables: [[FigureRecord]]? = nil) throws
        -> (csv: String, json: String, blocks: (Int, Int)) {
        var csv = ByteBuffer(), json = ByteBuffer(), blocks = (0, 0)
        try MachineReadable.figureFiles(tables ?? [records], csv: { csv.append($0); blocks.0 += 1 },
                                        json: { json.append($0); blocks.1 += 1 })
        return (csv.text, json.text, blocks)
    }

    static func object(_ json: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test("Each row of figures.csv has its own source, encoded for CSV; figures.json lists each text once")
    func sourcesPerRow() throws {
        let records = Self.records()
        let (csv, json, _) = try Self.files(records)
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
        #expect(csv == expected.text)
        let file = try Self.object(json)
        #expect(file["schema"] as? Int == 2)
        let sources = try #require(file["sources"] as? [String])
        #expect(sources == ["Tabel 1, r. 12", "berekend uit \"Tabel 1\", r. 12", "=1+1", "a\\b\nc", ""])
        let figures = try #require(file["figures"] as? [[String: Any]])
        #expect(figures.map { $0["source"] as? Int } == [0, 0, 1, 2, 2, 3, 0, 4])
        #expect(figures.map { ($0["value"] as? NSNumber)?.intValue } == [0, 1, 2, nil, 4, 5, 6, 7])
        #expect(figures.compactMap { $0["source"] as? Int }.map { sources[$0] } == Self.sources)
    }

    @Test("figures.json as written: the schema, the sources one a line, then one figure a line")
    func jsonText() throws {
        let (_, json, _) = try Self.files(Self.records(["Tabel 1, r. 12", "berekend uit \"Tabel 1\", r. 12"]))
        let figure = #"{"table":"t","region_type":"land","region_code":"NL","region_name":"Nederland","measure":"m","#
        #expect(json == """
            {"schema":2,
            "sources":[
              "Tabel 1, r. 12",
              "berekend uit \\"Tabel 1\\", r. 12"
            ],
            "figures":[
              \(figure)"period":"2019","statistic":"count","compared_to":"","value":0,"status":"ok","source":0},
              \(figure)"period":"2020","statistic":"count","compared_to":"","value":1,"status":"ok","source":1}
            ]}

            """)
        let (_, empty, _) = try Self.files([])
        #expect(empty == "{\"schema\":2,\n\"sources\":[\n],\n\"figures\":[\n]}\n")
        #expect(try Self.object(empty)["figures"] as? [Any] != nil)
    }

    @Test("Files larger than a block are handed over in blocks, every figure and source in place")
    func manyRecords() throws {
        let records = (0..<20_000).map { index in
            FigureRecord(table: "t", region: .netherlands, measure: "m", period: "2024", statistic: .count,
                         comparedTo: "", amount: .value(Exact(index)),
                         source: String(repeating: "bron \(index / 3) ", count: 1 + index % 7))
        }
        let (csv, json, blocks) = try Self.files(records)
        #expect(blocks.0 > 1 && blocks.1 > 1)
        let file = try Self.object(json)
        let sources = try #require(file["sources"] as? [String])
        let figures = try #require(file["figures"] as? [[String: Any]])
        #expect(figures.compactMap { $0["source"] as? Int }.map { sources[$0] } == records.map(\.source))
        #expect(Set(sources).count == sources.count)
        #expect(csv.components(separatedBy: "\r\n").count == records.count + 2)
        // The same files from the records as three tables made them, a row's figures split between two.
        let tables = [Array(records[..<7_000]), [], Array(records[7_000...])]
        let split = try Self.files([], tables: tables)
        #expect(split.csv == csv && split.json == json)
    }

    @Test("A period and a compared-to that alternate among more texts than are kept are each written as they are")
    func alternatingFields() throws {
        // Periods cycle through six labels and compared-to through five texts (one with a comma and a quote),
        // so that kept encodings are replaced and found again in turn.
        let periods = ["2019", "2020", "2021", "2019", "2022", "2023", "2024", "2020"]
        let compared = ["", "2019", "NL", "a, \"b\"", "inwoners", "", "NL"]
        let records = (0..<60).map { index in
            FigureRecord(table: index < 30 ? "t" : "u", region: .netherlands, measure: "m",
                         period: periods[index % periods.count], statistic: index % 3 == 0 ? .count : .change,
                         comparedTo: compared[(index / 2) % compared.count], amount: .value(Exact(index)),
                         source: "bron \(index / 4)")
        }
        let (csv, json, _) = try Self.files(records, tables: [Array(records[..<25]), Array(records[25...])])
        var expected = CSVWriter()
        expected.row(FigureRecord.columns)
        for record in records {
            for text in [record.table, "land", "NL", "Nederland", "m", record.period, record.statistic.rawValue,
                         record.comparedTo] { expected.field(text) }
            expected.field(try #require(record.amount.exact))
            expected.field("ok")
            expected.field(record.source)
            expected.endRow()
        }
        #expect(csv == expected.text)
        let figures = try #require(try Self.object(json)["figures"] as? [[String: Any]])
        #expect(figures.map { $0["period"] as? String } == records.map(\.period))
        #expect(figures.map { $0["compared_to"] as? String } == records.map(\.comparedTo))
        #expect(figures.map { $0["table"] as? String } == records.map(\.table))
    }

    @Test("Sources whose bytes differ are listed apart, even when Unicode calls them equivalent")
    func sourcesByBytes() throws {
        let composed = "Tabel \u{E9}\u{E9}n", decomposed = "Tabel e\u{301}e\u{301}n"
        #expect(composed == decomposed)
        let (csv, json, _) = try Self.files(Self.records([composed, decomposed, composed]))
        let sources = try #require(try Self.object(json)["sources"] as? [String])
        #expect(sources.map { Array($0.utf8) } == [Array(composed.utf8), Array(decomposed.utf8)])
        let rows = csv.split(separator: "\r\n").dropFirst()
        #expect(rows.map { Array($0.split(separator: ",").last!.utf8) }
                    == [composed, decomposed, composed].map { Array($0.utf8) })
    }

    @Test("A source's CSV field and JSON string made from one look are those each encoder makes", arguments: [
        "", "Rapport, tabel 3, r. 40; bestand data/x.csv:7", "geen komma", ",", ",,,,,,,,,", "a,b,c,d,e,f,g,h,i,j,k",
        "=2,5", "-1,5", "-15", "@naam, r. 2", "twee \"woorden\", r. 3", "map\\bestand, r. 4", "regel\nregel, r. 5",
        "\r\n, r. 6", "tab\t, r. 7", "Tabel \u{E9}\u{E9}n, r. 8 \u{2014} \u{1F600}", "\u{7F}, r. 9",
        String(repeating: "lang, ", count: 40) + "\"einde\"",
    ])
    func sourceEncodedOnce(text: String) {
        var csv = ByteBuffer(), json = ByteBuffer(), expectedCSV = ByteBuffer(), expectedJSON = ByteBuffer()
        MachineReadable.appendSource(text, csv: &csv, json: &json)
        CSVWriter.encode(text, to: &expectedCSV)
        MachineReadable.appendJSONString(text, to: &expectedJSON)
        #expect(csv.text == expectedCSV.text)
        #expect(json.text == expectedJSON.text)
    }

    /// Citations held as their parts, as `TableComputer.figures` makes them: records of several provenances (a
    /// comma in each head, a quote, a head read as a formula, a correction after the line, no file at all), two
    /// records made apart that read alike, negative and repeated lines, each as a count's and a statistic's.
    static func citedRecords() throws -> [FigureRecord] {
        let words = try citationWords()
        let delivery = Delivery(supplier: "CBS", document: "Statline, levering 2024")
        let file = FileLocation(file: "data/x.csv", line: 3)
        let provenances = [
            Provenance(delivery: delivery, table: "Tabel 2", line: 40, file: file),
            Provenance(delivery: delivery, table: "Tabel 2", line: 40, file: file),
            Provenance(delivery: Delivery(document: "Het \"rapport\""), table: "", file: file),
            Provenance(delivery: Delivery(document: "=som"), table: "§3", file: file),
            Provenance(delivery: delivery, table: "Tabel 2", file: file).corrected(.init(evidence: "tabel 5")),
            Provenance(delivery: delivery, table: "Tabel 4", line: 7),
            Provenance(delivery: Delivery(document: "geen komma"), table: "", file: file),
        ]
        let records = provenances.map { $0.recordCitation(words) }
        var result: [FigureRecord] = []
        for (index, line) in [3, 3, -2, 3, 12, 0, 3, 12, 3].enumerated() {
            for record in records.indices {
                for derived in [false, true] where index % 2 == 0 || record % 2 == 1 {
                    result.append(FigureRecord(table: "t", region: .netherlands, measure: "m", period: "\(index)",
                                               statistic: derived ? .change : .count, comparedTo: "",
                                               amount: .value(Exact(line)),
                                               citation: FigureCitation(records[record], fileLine: line,
                                                                        derived: derived)))
                }
            }
        }
        result.append(FigureRecord(table: "t", region: .netherlands, measure: "m", period: "2024",
                                   statistic: .sumOfRows, comparedTo: "", amount: .value(Exact(1)),
                                   source: words.sumOfRows.text("t")))
        return result
    }

    @Test("Citations held as parts are written as their texts made whole are, each text listed once")
    func citationsByParts() throws {
        let records = try Self.citedRecords()
        let made = records.map { record in
            FigureRecord(table: record.table, region: record.region, measure: record.measure, period: record.period,
                         statistic: record.statistic, comparedTo: record.comparedTo, amount: record.amount,
                         source: record.source)
        }
        let byParts = try Self.files([], tables: [Array(records[..<20]), Array(records[20...])])
        let byText = try Self.files(made)
        #expect(byParts.csv == byText.csv)
        #expect(byParts.json == byText.json)
        let sources = try #require(try Self.object(byParts.json)["sources"] as? [String])
        #expect(Set(sources).count == sources.count)
        #expect(sources.contains("=som, §3; bestand data/x.csv:-2"))
        #expect(byParts.csv.contains(",\"'=som, §3; bestand data/x.csv:-2\"\r\n"))
        #expect(sources.contains("berekend uit Het \"rapport\"; bestand data/x.csv:12"))
        #expect(sources.contains("CBS, Statline, levering 2024, Tabel 4, r. 7"))
    }
}
