import Foundation
import Testing
@testable import AnnexKit

/// The citations of `figures.csv` and `figures.json` in the annex's language: their words come from the translation
/// files (`citation.*`), the Dutch ones unchanged.
@Suite("Citations of the figures in the annex's language")
struct CitationLanguageTests {
    static let delivery = Delivery(id: "dji", supplier: "DJI", document: "Injus, levering 2025",
                                   date: CalendarDate(iso: "2025-04-02"))

    @Test("A record's citation, a statistic's and a correction's, in English")
    func english() throws {
        let words = try citationWords(.en)
        let read = Provenance(delivery: Self.delivery, table: "Tabel 1", line: 880,
                              file: FileLocation(file: "x.csv", line: 2), derivation: "som")
        #expect(read.citation(words) == "DJI, Injus, levering 2025, 2025-04-02, Tabel 1, l. 880 (som); file x.csv:2")
        let corrected = read.corrected(.init(evidence: "tabel 3", lines: [337, 1633])).atFileLine(13)
        let head = "DJI, Injus, levering 2025, 2025-04-02, Tabel 1, l. 880 (som); file x.csv:"
        #expect(corrected.citation(words) == head + "13; corrected: tabel 3 (l. 337, 1633)")
        var citations = FigureCitations(table: "t1", words: words)
        #expect(citations.texts(corrected) == (head + "13; corrected: tabel 3 (l. 337, 1633)",
                                               "computed from " + head + "13; corrected: tabel 3 (l. 337, 1633)"))
        #expect(citations.texts(nil) == ("", "computed from t1"))
        let unfiled = Provenance(delivery: Delivery(document: "Rapport"), table: "§2")
            .corrected(.init(evidence: "tabel 3", lines: []))
        #expect(unfiled.citation(words) == "Rapport, §2; corrected: tabel 3")
        #expect(words.sumOfRows.text("t1") == "computed: sum of the rows of t1")
        #expect(words.ratio(per: "10000", numerator: "t1/m1", denominator: "t2/m2")
            == "computed: 10000 × t1/m1 / t2/m2")
    }

    @Test("A correction's citation and a statistic's in Dutch, as before")
    func dutch() throws {
        let words = try citationWords(.nl)
        let corrected = Provenance(delivery: Delivery(document: "Rapport"), table: "§2", line: 12,
                                   file: FileLocation(file: "x.csv", line: 4))
            .corrected(.init(evidence: "tabel 3", lines: [337]))
        #expect(corrected.citation(words) == "Rapport, §2, r. 12; bestand x.csv:4; gecorrigeerd: tabel 3 (r. 337)")
        var citations = FigureCitations(table: "t1", words: words)
        #expect(citations.texts(corrected).derived
            == "berekend uit Rapport, §2, r. 12; bestand x.csv:4; gecorrigeerd: tabel 3 (r. 337)")
        #expect(words.sumOfRows.text("t1") == "berekend: som van de rijen van t1")
        #expect(words.ratio(per: "10000", numerator: "t1/m1", denominator: "t2/m2")
            == "berekend: 10000 × t1/m1 / t2/m2")
    }

    @Test("The real report's figures.csv in English cites in English, in Dutch in Dutch")
    func builds() throws {
        let english = try readText(try realEnglishBuild.get().folder + "/figures.csv")
        for dutch in ["berekend", "bestand", "r. ", "gecorrigeerd"] {
            #expect(!english.contains(dutch), "'\(dutch)' in the English figures.csv")
        }
        let lines = english.components(separatedBy: "\r\n")
        // A count, a statistic computed from it, a corrected count, the sums of a table's rows.
        #expect(lines.contains { $0.contains(", l. ") && $0.contains("; file ") })
        #expect(lines.contains { $0.contains(",computed from ") || $0.contains(",\"computed from ") })
        #expect(lines.contains { $0.contains("; corrected: ") })
        #expect(lines.contains { $0.hasSuffix(",computed: sum of the rows of " + $0.prefix { $0 != "," }) })
        let dutch = try readText(try realBuild.get().folder + "/figures.csv")
        for word in ["berekend uit ", "; bestand ", ", r. ", "; gecorrigeerd: ", ",berekend: som van de rijen van "] {
            #expect(dutch.contains(word), "'\(word)' not in the Dutch figures.csv")
        }
        for english in ["computed", "; file ", ", l. ", "corrected:"] {
            #expect(!dutch.contains(english), "'\(english)' in the Dutch figures.csv")
        }
    }
}
