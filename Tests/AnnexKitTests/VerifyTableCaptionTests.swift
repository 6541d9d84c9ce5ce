import Testing

@testable import AnnexKit

/// The thirty-first round: a table's caption with a number of its own ('Tabel 4.2 Bezoekers per vestiging (2025)',
/// 'Figuur 2: …', 'Tabel 3. …') is the title of the rows under it, not prose joined to its first row.
@Suite("Verify: a table's caption with a number is its title")
struct VerifyTableCaptionTests {
    /// Rows of library visitors under `caption`, written in `form` ('spaced', 'colon', 'tab'), and a total line.
    private static func table(_ caption: String, form: String, total: String) -> String {
        let rows = [("Centrale bibliotheek", "48.200"), ("Bibliotheek Noord", "12.650"), ("Bibliotheek Zuid", "9.870"),
            ("Totaal", total)]
        let lines = rows.map { label, value in
            switch form {
            case "colon": "\(label): \(value)"
            case "tab": "\(label)\t\(value)"
            default: label.padding(toLength: 24, withPad: " ", startingAt: 0) + value
            }
        }
        return ([caption] + lines).joined(separator: "\n")
    }

    @Test(
        "A total line under a caption's rows is their sum, the first row included",
        arguments: [
            // 48.200 + 12.650 + 9.870 = 70.720; 71.720 is 1.000 too many.
            ("Tabel 4.2 Bezoekers per vestiging (2025)", "spaced", "70.720", Verdict.consistent),
            ("Tabel 4.2 Bezoekers per vestiging (2025)", "spaced", "71.720", .inconsistent),
            ("Overzicht 3.4 Bezoekers per vestiging in de provincie (2025)", "colon", "70.720", .consistent),
            ("Overzicht 3.4 Bezoekers per vestiging in de provincie (2025)", "colon", "71.720", .inconsistent),
            ("Figuur 2: Bezoekers per vestiging", "tab", "70.720", .consistent),
            ("Figuur 2: Bezoekers per vestiging", "tab", "71.720", .inconsistent),
            ("Tabel 3. Bezoekers van de bibliotheken naar vestiging", "spaced", "70.720", .consistent),
            ("Tabel 3. Bezoekers van de bibliotheken naar vestiging", "spaced", "71.720", .inconsistent),
        ])
    func totalUnderCaption(caption: String, form: String, total: String, expected: Verdict) throws {
        let found = try claim(total, in: Self.table(caption, form: form, total: total))
        #expect(found.kind == .sum)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A share of a row in prose under a captioned table is recomputed from its counts",
        arguments: [
            // 48.200 / 70.720 = 68,2%; 58% is ten points short.
            ("68%", Verdict.consistent),
            ("58%", .inconsistent),
        ])
    func shareUnderCaption(written: String, expected: Verdict) throws {
        let text = Self.table("Tabel 4.2 Bezoekers per vestiging (2025)", form: "spaced", total: "70.720")
            + "\n\nDe centrale bibliotheek trok 48.200 van de 70.720 bezoekers, ofwel \(written)."
        #expect(try claim("70.720", in: text).verdict == .consistent)
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A caption's text after its full stop is read as the line it is",
        arguments: [
            // 412 + 287 + 96 = 795.
            ("Tabel 2. Uitstroom naar bestemming: eigen woning 412; begeleid wonen 287; opvang 96; totaal 795.",
                "795", Verdict.consistent),
            ("Tabel 2. Uitstroom naar bestemming: eigen woning 412; begeleid wonen 287; opvang 96; totaal 815.",
                "815", .inconsistent),
        ])
    func textAfterCaption(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("A caption's year in brackets is read as a year, not as a figure of the rows")
    func captionYear() throws {
        let caption = try #require(TableCaption("Tabel 2.1 Behandelde cliënten naar zorgvorm (2025)"))
        #expect(caption.isTitle && caption.year == 2025)
        #expect(TableCaption("Figuur 4: Wachttijden")?.isTitle == true)
    }

    @Test("A caption's year dates the rows under it, until a blank line; the caption itself is no sentence")
    func captionYearDatesRows() {
        let text = "Tabel 2.1 Meldingen per regio (2025)\nNoord: 410\nZuid: 380\n\nOverig: 12\n"
        let sentences = TextDocument(text: text).sentences
        #expect(sentences.map(\.text) == ["Noord: 410", "Zuid: 380", "Overig: 12"])
        #expect(sentences.map(\.titleYear) == [2025, 2025, nil])
    }

    @Test(
        "Prose that opens with a table's name, a numbered part alone and a row keep their reading",
        arguments: [
            "Tabel 2 laat zien dat het aantal steeg van 200 naar 250, een stijging van 25%.",
            "Bijlage 2",
            "Tabel 3 12",
            "Tabel 3: 12",
            "Tabel 2.1.4 Bezoekers",
        ])
    func nearMisses(line: String) {
        #expect(TableCaption(line) == nil)
    }

    @Test(
        "A sentence that opens with a table's name keeps its claim both ways",
        arguments: [
            // (250 − 200) / 200 = 25%.
            ("Tabel 2 laat zien dat het aantal steeg van 200 naar 250, een stijging van 25%.", Verdict.consistent),
            ("Tabel 2 laat zien dat het aantal steeg van 200 naar 250, een stijging van 20%.", .inconsistent),
        ])
    func proseAfterTableName(text: String, expected: Verdict) throws {
        let found = try claim(text.contains("25%") ? "25%" : "20%", in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("Rows under a caption without a total line give no sum claim and no false alarm")
    func rowsWithoutTotal() throws {
        let text = "Tabel 4.2 Bezoekers per vestiging (2025)\nCentrale bibliotheek    48.200\nBibliotheek Noord       "
            + "12.650\n\nIn 2024 trok de centrale bibliotheek 40.000 bezoekers."
        #expect(try !verified(text).contains { $0.verdict == .inconsistent })
    }
}
