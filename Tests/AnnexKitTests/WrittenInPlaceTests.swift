import Testing
@testable import AnnexKit

/// Texts the writers build once per figure or cell, written in place instead of through lists of parts and string
/// interpolation: a figure's citation, the digits of a number, the name of a number cell's style. Each is compared
/// with hand-written text or with the way it was made before.
@Suite("Citations, digits and style names written in place")
struct WrittenInPlaceTests {
    static let delivery = Delivery(id: "dji", supplier: "DJI", document: "Injus, levering 2025",
                                   date: CalendarDate(iso: "2025-04-02"))

    @Test("A citation joins the non-empty parts, then the derivation, the file and the correction")
    func citation() throws {
        let words = try citationWords()
        let file = FileLocation(file: "leveringen/injus.csv", line: 12)
        #expect(Provenance(delivery: Self.delivery, table: "Tabel 1", line: 880, file: file,
                           derivation: .sum(municipalities: 5)).citation(words)
            == "DJI, Injus, levering 2025, 2025-04-02, Tabel 1, r. 880 (som van 5 gemeenten); bestand "
            + "leveringen/injus.csv:12")
        #expect(Provenance(delivery: Delivery(supplier: "", document: "Rapport"), table: "").citation(words)
            == "Rapport")
        #expect(Provenance(delivery: Delivery(document: ""), table: "", line: 7).citation(words) == "r. 7")
        #expect(Provenance(delivery: Delivery(document: ""), table: "", derivation: .sum(municipalities: 1))
            .citation(words) == "som van 1 gemeente")
        #expect(Provenance(delivery: Delivery(document: ""), table: "", file: file).citation(words)
            == "; bestand leveringen/injus.csv:12")
        let corrected = Provenance(delivery: Delivery(document: "Rapport"), table: "§2")
            .corrected(.init(evidence: "tabel 3", lines: [337, 1633]))
        #expect(corrected.citation(words) == "Rapport, §2; gecorrigeerd: tabel 3 (r. 337, 1633)")
        #expect(Self.delivery.citation == "DJI, Injus, levering 2025, 2025-04-02")
        #expect(Delivery(supplier: "CBS", document: "").citation == "CBS")
    }

    @Test("Figures that share a record cite it with their own file line, the correction after it")
    func sharedRecordCitations() throws {
        let words = try citationWords()
        let corrected = Provenance(delivery: Self.delivery, table: "Tabel 1", line: 880,
                                   file: FileLocation(file: "x.csv", line: 2))
            .corrected(.init(evidence: "tabel 3", lines: [337]))
        let next = corrected.atFileLine(13)
        let head = "DJI, Injus, levering 2025, 2025-04-02, Tabel 1, r. 880; bestand x.csv:"
        var citations = FigureCitations(table: "t1", words: words)
        #expect(citations.texts(corrected) == (head + "2; gecorrigeerd: tabel 3 (r. 337)",
                                               "berekend uit " + head + "2; gecorrigeerd: tabel 3 (r. 337)"))
        #expect(citations.texts(next) == (head + "13; gecorrigeerd: tabel 3 (r. 337)",
                                          "berekend uit " + head + "13; gecorrigeerd: tabel 3 (r. 337)"))
        #expect(next.citation(words) == head + "13; gecorrigeerd: tabel 3 (r. 337)")
        #expect(citations.texts(nil) == ("", "berekend uit t1"))
        let other = Provenance(delivery: Delivery(document: "Rapport"), table: "§2",
                               derivation: .sum(municipalities: 2))
        #expect(citations.texts(other)
            == ("Rapport, §2 (som van 2 gemeenten)", "berekend uit Rapport, §2 (som van 2 gemeenten)"))
        #expect(citations.texts(next).citation == head + "13; gecorrigeerd: tabel 3 (r. 337)")
        // A record that cites nothing: its statistics cite the table, as those of a cell without a source.
        #expect(citations.texts(Provenance(delivery: Delivery(document: ""), table: "")) == ("", "berekend uit t1"))
    }

    @Test("Digits of one, two and more places are the number's decimal digits")
    func digits() {
        for value: UInt in [0, 1, 9, 10, 11, 42, 99, 100, 101, 999, 1_000, 12_345, UInt(UInt64.max)] {
            var buffer = ByteBuffer()
            buffer.append(digits: value)
            #expect(buffer.text == String(value))
        }
        var buffer = ByteBuffer()
        for tenths in [-1_005, -95, -10, -5, 0, 5, 10, 95, 99, 100, 1_005] {
            SVGMarkup.append(tenths: tenths, to: &buffer, leadingZero: false)
            buffer.append(UInt8(ascii: " "))
        }
        #expect(buffer.text == "-100.5 -9.5 -1 -.5 0 .5 1 9.5 9.9 10 100.5 ")
    }

    @Test("A number cell's style name written in place is its key")
    func styleKeys() {
        let styles: [CellFormat.Style] = [.count, .number, .change, .percentage, .percentageChange]
        for style in styles {
            for decimals in [0, 1, 2, 12] {
                for status in Status.allCases {
                    let cellStyle = NumberCellStyle(format: CellFormat(style, decimals: decimals), status: status)
                    var buffer = ByteBuffer()
                    cellStyle.appendKey(to: &buffer)
                    #expect(buffer.text == cellStyle.key)
                }
            }
        }
        var buffer = ByteBuffer()
        NumberCellStyle(format: CellFormat(.percentageChange, decimals: 1), status: .estimated).appendKey(to: &buffer)
        #expect(buffer.text == "pctchange1-estimated")
    }
}

extension FigureCitations {
    /// The texts of what a count read with `provenance` cites and of what the statistics derived from it cite.
    mutating func texts(_ provenance: Provenance?) -> (citation: String, derived: String) {
        let cited = citations(provenance)
        return (cited.citation.text, cited.derived.text)
    }
}
