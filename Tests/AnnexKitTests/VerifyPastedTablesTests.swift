import Foundation
import Testing

@testable import AnnexKit

/// Tables pasted into prose, and headings: a numbered heading on a line of its own ('Antwoord 5', '2.1 Instroom') is
/// no prose, so it is not joined to the sentence under it and its number is no operand. In words of their own, both
/// ways.
@Suite("verify: tables pasted into prose, and headings")
struct VerifyPastedTablesTests {
    @Test(
        "A numbered heading at the start of a paragraph is not joined to the sentence under it",
        arguments: [
            ("Antwoord 5\nOngeveer 72% van de 1.400 aanvragen werd toegekend.",
             ["Ongeveer 72% van de 1.400 aanvragen werd toegekend."]),
            ("Klopt het dat er meer meldingen waren?\nVraag 12\nIn 2024 kwamen er 310 meldingen binnen.",
             ["Klopt het dat er meer meldingen waren?", "In 2024 kwamen er 310 meldingen binnen."]),
            ("Bijlage 2:\nDe gemeente telde 48.200 inwoners.", ["De gemeente telde 48.200 inwoners."]),
            ("Werk het zo uit.\nStap 3\nDeel 840 door 1.200.", ["Werk het zo uit.", "Deel 840 door 1.200."]),
            ("2.1 Instroom\nDe instroom steeg naar 440 cliënten.", ["De instroom steeg naar 440 cliënten."]),
            ("4 Conclusies\nIn 2023 waren er 12 locaties.", ["In 2023 waren er 12 locaties."]),
            ("3.2.1 Wachttijden in de jeugdzorg\nDe wachttijd was 9 weken.", ["De wachttijd was 9 weken."]),
            ("Tabel 3.\nInstroom naar leeftijd\n", ["Instroom naar leeftijd"]),
            ("Figuur 2: Meldingen per maand\nIn maart waren het er 96.", ["In maart waren het er 96."]),
            ("Tabel 3 Instroom naar leeftijd\nDe jongste groep telde 120 cliënten.",
             ["De jongste groep telde 120 cliënten."]),
        ])
    func headings(text: String, expected: [String]) throws {
        #expect(TextDocument(text: text).sentences.map(\.text) == expected)
    }

    @Test(
        "Near misses: value lines, total lines, sentences with a count and wrapped prose stay as they were",
        arguments: [
            // A label, a year, a colon and a value is a value line, not a heading.
            ("Meldingen 2023: 1.240\nMeldingen 2024: 1.310", ["Meldingen 2023: 1.240", "Meldingen 2024: 1.310"]),
            // A sentence with a count and a full stop is prose.
            ("Vraag 12 is nog open.\nHet gaat om 40 dossiers.", ["Vraag 12 is nog open.", "Het gaat om 40 dossiers."]),
            // A line that goes on from prose without a sentence end is no heading.
            ("Het aantal locaties steeg tot\n4 Gemeenten hadden er geen.",
             ["Het aantal locaties steeg tot 4 Gemeenten hadden er geen."]),
            // A total word names a count ('Totaal 27'), a number with a thousands mark is a figure.
            ("Totaal 27\nDat is meer dan vorig jaar.", ["Totaal 27 Dat is meer dan vorig jaar."]),
            ("Aanvragen 1.240\nDat is meer dan vorig jaar.", ["Aanvragen 1.240 Dat is meer dan vorig jaar."]),
            // A number with a full stop opens an item of a list (read as before), and a title with a figure is none.
            ("1. Inleiding", ["1.", "Inleiding"]),
            ("2.1 Instroom 2024\nDe instroom steeg.", ["2.1 Instroom 2024 De instroom steeg."]),
        ])
    func nearMisses(text: String, expected: [String]) throws {
        #expect(TextDocument(text: text).sentences.map(\.text) == expected)
    }

    @Test("A numbered part stays in its paragraph; a section opens a new one, as a Markdown heading")
    func paragraphs() throws {
        let part = TextDocument(text: "Hoeveel aanvragen waren er?\nAntwoord 5\nEr waren 1.400 aanvragen.").sentences
        #expect(part.map(\.paragraph) == [0, 0])
        let section = TextDocument(text: "Er waren 1.400 aanvragen.\n2.1 Instroom\nDe instroom was 440.").sentences
        #expect(section.map(\.paragraph) == [0, 1])
        #expect(section.map(\.heading) == ["", "2.1 Instroom"])
    }

    @Test(
        "A heading's number is no operand of the claim under it",
        arguments: [
            // 1.008 of 1.400 is 72,0%: the heading's 5 or 12 is not the part (before: '5 van 1.400 = 0,4%').
            ("Antwoord 5\nVan de 1.400 aanvragen werden er 1.008 toegekend (72 procent).", "72 procent",
             Verdict.consistent),
            ("Vraag 12\nVan de 1.400 aanvragen werden er 1.008 toegekend (72 procent).", "72 procent", .consistent),
            ("Antwoord 5\nVan de 1.400 aanvragen werden er 1.008 toegekend (75 procent).", "75 procent",
             .inconsistent),
        ])
    func headingNoOperand(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share under a numbered heading without a part of its own is not found wrong",
        arguments: [
            "Antwoord 5\nOngeveer 72% van de 1.400 aanvragen werd toegekend.",
            "Vraag 12\nBijna 40 procent van de 640 meldingen ging over geluid.",
            "Bijlage 2\nRuim een derde van de 2.400 huishoudens had schulden.",
        ])
    func noFalseAlarm(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    @Test(
        "A row of a label and a value split by a tab is the value line it stands for; other rows stay table rows",
        arguments: [
            ("Aanmeldingen 2023\t1.240\nAanmeldingen 2024\t1.310",
             ["Aanmeldingen 2023: 1.240", "Aanmeldingen 2024: 1.310"]),
            ("Personeel:\n•\tJeugd\t41 fte", ["Personeel: • Jeugd: 41 fte"]),
            ("2019:\t840\n", ["2019: 840"]),
            // A header row, and a row of three cells, are no value lines.
            ("Jaar\tAantal\nRegio\t2023\t2024\nNoord\t410\t455", [String]()),
        ])
    func tabbedLines(text: String, expected: [String]) throws {
        #expect(TextDocument(text: text).sentences.map(\.text) == expected)
    }

    @Test(
        "Tabbed value lines are operands as lines with a colon are",
        arguments: [
            // 1.240 → 1.310 is +5,6% (before: the rows were dropped, 'de tekst geeft niet de getallen').
            ("Aanmeldingen 2023\t1.240\nAanmeldingen 2024\t1.310\nDat is een stijging van 5,6 procent.",
             "5,6 procent", Verdict.consistent),
            ("Aanmeldingen 2023\t1.240\nAanmeldingen 2024\t1.310\nDat is een stijging van 7 procent.",
             "7 procent", .inconsistent),
            // 290 + 330 + 240 = 860 (before: no claim).
            ("Deelnemers dagbesteding 2025\n- Noord\t290\n- Midden\t330\n- Zuid\t240\n- Totaal\t860", "860",
             .consistent),
            ("Deelnemers dagbesteding 2025\n- Noord\t290\n- Midden\t330\n- Zuid\t240\n- Totaal\t880", "880",
             .inconsistent),
        ])
    func tabbedOperands(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Tabbed lines of labels that share no word are not summed")
    func unrelatedTabbedLines() throws {
        let text = "Leerlingen 2024\nVmbo\t392.100\nHavo\t226.800\nVwo\t275.400\nTotaal\t900.000"
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    /// Lines of school types under a title, closed by a rest line when `rest`, with a total line; the title says
    /// they split one whole ('naar schoolsoort') when `classified`.
    static func schoolTypes(
        total: String, rest: String? = "Overig: 12.000", tab: Bool = false, classified: Bool = true
    ) -> String {
        let types = ["Vmbo: 392.100", "Havo: 226.800", "Vwo: 275.400"]
        let lines = types + (rest.map { [$0] } ?? []) + ["Totaal: \(total)"]
        let title = classified ? "Leerlingen naar schoolsoort 2024" : "Leerlingen 2024"
        let block = title + "\n" + lines.joined(separator: "\n")
        return tab ? block.replacingOccurrences(of: ": ", with: "\t") : block
    }

    @Test(
        "A total line under lines closed by a rest category sums them: the lines split one whole",
        arguments: [
            // 392.100 + 226.800 + 275.400 + 12.000 = 906.300.
            (schoolTypes(total: "906.300"), "906.300", Verdict.consistent),
            (schoolTypes(total: "916.300"), "916.300", .inconsistent),
            (schoolTypes(total: "906.300", rest: "Onbekend: 12.000"), "906.300", .consistent),
            (schoolTypes(total: "916.300", rest: "Anders: 12.000", tab: true), "916.300", .inconsistent),
        ])
    func totalOverClassification(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: lines sharing no word, without a rest line or a title 'naar', may be a selection: not summed",
        arguments: [
            schoolTypes(total: "916.300", rest: nil, classified: false),
            schoolTypes(total: "916.300", rest: nil, tab: true, classified: false),
            // A rest word inside a longer label names a kind of its own, no rest of the lines.
            schoolTypes(total: "916.300", rest: "Overige kosten: 12.000", classified: false),
            // 'naar' in prose with a full stop is no title.
            "Zij gingen naar school.\nVmbo: 392.100\nHavo: 226.800\nVwo: 275.400\nTotaal: 916.300",
        ])
    func totalOverSelection(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }

    @Test(
        "A total line under lines under a title 'X naar Y' sums them: the title says they split one whole",
        arguments: [
            // 392.100 + 226.800 + 275.400 = 894.300.
            (schoolTypes(total: "894.300", rest: nil), "894.300", Verdict.consistent),
            (schoolTypes(total: "916.300", rest: nil), "916.300", .inconsistent),
            (schoolTypes(total: "916.300", rest: nil, tab: true), "916.300", .inconsistent),
        ])
    func totalUnderClassifyingTitle(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A mean line under value lines that follow a line read as none of them is not checked against the rest")
    func meanOfPartOfBlock() throws {
        // The title is joined to the first line: the mean of the rest (16,5) is not the block's (15).
        let text = "Gemiddelde wachttijd op 12 locaties (dagen)\nTeam A\t12\nTeam B\t15\nTeam C\t18\nGemiddeld\t15\n"
        #expect(try verified(text).allSatisfy { $0.written != "15" || $0.verdict != .inconsistent })
        // The block read whole: (12 + 15 + 18) / 3 = 15.
        let whole = "Wachttijd per team\nTeam A\t12\nTeam B\t15\nTeam C\t18\nGemiddeld\t15\n"
        try expectVerdict(.consistent, of: "15", in: whole)
    }

    @Test(
        "A label with a slash is a value line's label; a total under a header row sums all rows",
        arguments: [
            // 410 + 220 + 150 + 90 + 70 = 940 (before: 'Noord/Oost' closed the block, the total took the last three).
            ("Bezoekers naar locatie, 2024\nCentrum\t410\nNoord/Oost\t220\nZuid\t150\nWest\t90\nOverig\t70\n"
                + "Totaal\t940\n", "940", Verdict.consistent),
            ("Bezoekers naar locatie, 2024\nCentrum\t410\nNoord/Oost\t220\nZuid\t150\nWest\t90\nOverig\t70\n"
                + "Totaal\t980\n", "980", .inconsistent),
            // A header row without numbers drops no value: 52 + 31 + 17 = 100.
            ("Letsels naar vervoerwijze\nVervoerwijze\tAantal\nFiets\t52\nAuto\t31\nOverig\t17\nTotaal\t100",
             "100", .consistent),
        ])
    func totalOverRowsWithSlash(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Near miss: a total under rows after a row with numbers the reading drops is not checked against the rest",
        arguments: [
            // The first row has two values: 291 + 67 + 30 = 388 is not the table's total.
            "Verkeersdoden naar vervoerwijze\nAuto\t201\t190\nFiets\t291\nVoetganger\t67\nOverig\t30\nTotaal\t684",
            "Doden naar wijze\n| Auto | 201 |\nFiets: 291\nVoetganger: 67\nOverig: 30\nTotaal: 684",
        ])
    func totalAfterDroppedRow(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}
