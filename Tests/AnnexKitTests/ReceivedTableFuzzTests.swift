import Foundation
import Testing
@testable import AnnexKit

/// Tables as received are files from elsewhere: whatever they hold, loading ends in a dataset or
/// in load errors, never in a crash. Seeded, so a failure repeats; bounded in size and count.
@Suite("Tables as received: arbitrary files fail cleanly")
struct ReceivedTableFuzzTests {
    /// SplitMix64: a small seeded generator, the same sequence on every machine.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Cell texts that mean something to the loader, and some that mean nothing.
    static let texts = ["", "", "Gemeente", "Regio's", "Perioden", "2022", "2023", "2022JJ00", "2023*", "ID",
                        "Meldingen begin detentie", "Meldingen einde\ndetentie¹", "begin detentie 2023", "Amsterdam",
                        "GM0363", "Totaal", "NL01", "Beek L", "Bron: DJI", "1.412", "12,5", "12.5", "1,412", "x",
                        ".", "-", "0", "=SUM(B2)", "#N/A", "Verschil (%)", "\"", ";", "Amsterdm"]

    static func spec() throws -> TableSpec {
        try YAMLTestDecoder.table("id: meldingen\ntitle: Meldingen\ndata: x.csv\nrow_header: Gemeente\n"
                                  + "periods: [2022, 2023]\n" + ReceivedTableTests.measures)
    }

    /// Loads `path`; anything but a dataset or load errors fails the test.
    static func loadsOrFails(_ path: String, _ spec: TableSpec) {
        do {
            _ = try ReportLoader.loadData(
                path: path, file: "fuzz", spec: spec, delivery: Delivery(document: ""), gazetteer: realGazetteer)
        } catch is LoadErrors {
        } catch {
            Issue.record("not a load error: \(error)")
        }
    }

    @Test("Random CSV tables of headings, names, numbers and markers")
    func randomCSV() throws {
        var random = Seeded(state: 13)
        let spec = try Self.spec()
        let folder = try temporaryFolder()
        for round in 0..<300 {
            let separator = [";", ",", "\t"].randomElement(using: &random)!
            let rows = (0..<Int.random(in: 1...8, using: &random)).map { _ in
                (0..<Int.random(in: 1...6, using: &random)).map { _ in
                    "\"" + Self.texts.randomElement(using: &random)!.replacingOccurrences(of: "\"", with: "\"\"") + "\""
                }.joined(separator: separator)
            }
            let path = folder + "/\(round).csv"
            try Data(rows.joined(separator: "\r\n").utf8).write(to: URL(fileURLWithPath: path))
            Self.loadsOrFails(path, spec)
        }
    }

    @Test("A workbook whose sheet XML is cut off, or has random cells, merges and references")
    func randomWorkbooks() throws {
        var random = Seeded(state: 42)
        let spec = try Self.spec()
        let fragments = [
            #"<row r="2">"#, "</row>", #"<c r="B2" t="s"><v>0</v></c>"#, #"<c t="n"><v>1.5E3</v></c>"#,
            #"<c r="A1" t="inlineStr"><is><t>Gemeente</t></is></c>"#, #"<c r="C3"><f>SUM(A1)</f></c>"#,
            #"<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>"#, #"<mergeCell ref="C1:A1"/>"#,
            #"<c r="A99999999"><v>1</v></c>"#, #"<c t="s"><v>99</v></c>"#, #"<c t="b"><v>1</v></c>"#,
            #"<row r="0">"#, #"<c r="1A"/>"#, "&amp;", "<", #"<c r="D4" t="e"><v>#N/A</v></c>"#,
        ]
        for _ in 0..<60 {
            let count = Int.random(in: 0...12, using: &random)
            let body = (0..<count).map { _ in fragments.randomElement(using: &random)! }.joined()
            let xml = "<worksheet><sheetData>" + body + "</sheetData></worksheet>"
            let path = try WorkbookFixture.raw(sheet: xml)
            Self.loadsOrFails(path, spec)
        }
    }
}
