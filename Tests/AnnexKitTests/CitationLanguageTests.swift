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
                              file: FileLocation(file: "x.csv", line: 2), derivation: .sum(municipalities: 5))
        let sum = "DJI, Injus, levering 2025, 2025-04-02, Tabel 1, l. 880 (sum of 5 municipalities); file x.csv:"
        #expect(read.citation(words) == sum + "2")
        let corrected = read.corrected(.init(evidence: "tabel 3", lines: [337, 1633])).atFileLine(13)
        let head = sum
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

    /// The municipalities of a boundary conversion: Voorne aan Zee's predecessors.
    static let predecessors = [Region(type: .gemeente, code: "GM0501", name: "Brielle"),
                               Region(type: .gemeente, code: "GM0530", name: "Hellevoetsluis")]

    /// A derivation in the words of `language`, as `figures.csv` cites it.
    func text(_ derivation: Derivation, _ language: Language) throws -> String {
        Provenance(delivery: Delivery(document: ""), table: "", derivation: derivation)
            .citation(try citationWords(language))
    }

    @Test("Each kind of derivation in Dutch and in English, a share in the language's decimals")
    func derivations() throws {
        #expect(try text(.sum(municipalities: 1), .nl) == "som van 1 gemeente")
        #expect(try text(.sum(municipalities: 6), .nl) == "som van 6 gemeenten")
        #expect(try text(.sum(municipalities: 1), .en) == "sum of 1 municipality")
        #expect(try text(.sum(municipalities: 6), .en) == "sum of 6 municipalities")
        let share = Derivation.publishedShare(percent: Exact(168, over: 10))
        #expect(try text(share, .nl) == "geschat: gepubliceerd aandeel 16,8% × landelijk totaal")
        #expect(try text(share, .en) == "estimated: published share 16.8% × national total")
        // 12,25% is written to one decimal, the tie away from zero.
        #expect(try text(.publishedShare(percent: Exact(49, over: 4)), .en)
            == "estimated: published share 12.3% × national total")
        let converted = Derivation.boundaryConversion(year: 2023, municipalities: Self.predecessors)
        #expect(try text(converted, .nl)
            == "omgerekend naar gemeentelijke indeling 2023: Brielle (GM0501) + Hellevoetsluis (GM0530)")
        #expect(try text(converted, .en)
            == "converted to the municipal boundaries of 2023: Brielle (GM0501) + Hellevoetsluis (GM0530)")
        let cited = Provenance(delivery: Delivery(document: "Rapport"), table: "§2", line: 251,
                               file: FileLocation(file: "x.csv", line: 2), derivation: share)
        #expect(cited.citation(try citationWords(.en))
            == "Rapport, §2, l. 251 (estimated: published share 16.8% × national total); file x.csv:2")
    }

    @Test("The real report's figures.csv in English derives in English: sums, shares and conversions")
    func englishDerivations() throws {
        let english = try readText(try realEnglishBuild.get().folder + "/figures.csv")
        // A derivation stands in brackets after what it was derived from; a correction's evidence is the spec's.
        for dutch in ["(som van ", "(geschat", "(omgerekend ", "gemeente)", "gemeenten)"] {
            #expect(!english.contains(dutch), "'\(dutch)' in the English figures.csv")
        }
        let lines = english.components(separatedBy: "\r\n")
        #expect(lines.contains {
            $0.hasPrefix("injus-meldingen-arrondissement,arrondissement,amsterdam,Amsterdam,")
                && $0.contains(",einde-detentie,2022,count,,2233,ok,")
                && $0.hasSuffix("Injus-meldingen per gemeente (sum of 6 municipalities)\"")
        })
        #expect(lines.contains {
            $0.hasPrefix("injus-meldingen-gemeente,gemeente,GM1992,Voorne aan Zee,begin-detentie,2022,count,,40,ok,")
                && $0.hasSuffix("(converted to the municipal boundaries of 2023: "
                                + "Brielle (GM0501) + Hellevoetsluis (GM0530) + Westvoorne (GM0614))\"")
        })
        #expect(lines.contains {
            $0.hasPrefix("3ro-unieke-personen-arrondissement,arrondissement,oost-nederland,")
                && $0.contains(",2022,count,,1837.752,estimated,")
                && $0.hasSuffix("§2.1.2 (tekst), l. 251 (estimated: published share 16.8% × national total); file "
                                + "figures/samenwerking-2024/3ro-aandelen-unieke-personen-arrondissement.csv:2\"")
        })
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
