import Testing

@testable import AnnexKit

/// The thirty-second round (A): claims verify did not find at all: 'Eén op de N' opening a sentence, total lines under
/// rows whose labels carry a remark or a footnote's mark, amounts aligned apart from their '€', and 'in totaal' after
/// the total it names.
@Suite("Verify: claims that were not found")
struct VerifyUnseenClaimsTests {
    // MARK: 'Eén' at the start of a sentence

    @Test(
        "'Eén op de N' opening a sentence is the fraction 'één op de N'",
        arguments: [
            // 305 / 1.210 = 0,2521: one in four (0,25) holds, one in three (0,333) does not.
            ("Eén op de vier deelnemers (305 van de 1.210) stopte voortijdig.", "Eén op de vier", Verdict.consistent),
            ("Eén op de drie deelnemers (305 van de 1.210) stopte voortijdig.", "Eén op de drie", .inconsistent),
        ])
    func capitalOne(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("'Eén op de N' without counts stays unverifiable")
    func capitalOneNearMiss() throws {
        let found = try claim("Eén op de vijf", in: "Eén op de vijf bezoekers kende de regeling niet.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A remark on a row's label

    @Test(
        "A total line under rows whose labels carry a remark in brackets or a footnote's mark is their sum",
        arguments: [
            // 4.120 + 2.380 + 1.500 = 8.000.
            ("Bezoekers naar herkomst\nUtrecht (stad)      4.120\nRegio               2.380\n"
                + "Overig¹             1.500\nTotaal              8.000\n¹ onder meer toeristen", "8.000",
                Verdict.consistent),
            ("Bezoekers naar herkomst\nUtrecht (stad)      4.120\nRegio               2.380\n"
                + "Overig¹             1.500\nTotaal              9.000\n¹ onder meer toeristen", "9.000",
                .inconsistent),
            // 640 + 215 + 95 = 950.
            ("Klachten naar onderwerp:\n- Wachttijd (telefonisch): 640\n- Bejegening: 215\n"
                + "- Overig (o.a. parkeren): 95\nTotaal: 950", "950", .consistent),
            ("Klachten naar onderwerp:\n- Wachttijd (telefonisch): 640\n- Bejegening: 215\n"
                + "- Overig (o.a. parkeren): 95\nTotaal: 1.050", "1.050", .inconsistent),
        ])
    func remarkedLabels(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "Rows with remarks under a title of a selection, or with a mark set apart from the label, give no sum to check",
        arguments: [
            // A selection ('Top drie') is no whole: its total line counts more than its rows.
            "Top drie gemeenten\nUtrecht (stad)      4.120\nAmersfoort (kern)   2.380\nZeist               1.500\n"
                + "Totaal             12.000",
            // A mark with a space before it is no footnote's mark of the label: the row stays no row.
            "Bezoekers naar herkomst\nUtrecht (stad)      4.120\nRegio               2.380\nOverig ¹            1.500\n"
                + "Totaal              9.000",
        ])
    func remarkedLabelNearMisses(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict == .inconsistent })
    }

    // MARK: Amounts aligned apart from their currency sign

    @Test(
        "Rows whose amounts stand apart from their '€' are rows of amounts",
        arguments: [
            // 12.400 + 8.350 + 950 = 21.700.
            ("Subsidies per fonds (euro)\nCultuurfonds        €  12.400\nSportfonds          €   8.350\n"
                + "Overig              €     950\nTotaal              €  21.700", "€ 21.700", Verdict.consistent),
            ("Subsidies per fonds (euro)\nCultuurfonds        €  12.400\nSportfonds          €   8.350\n"
                + "Overig              €     950\nTotaal              €  22.700", "€ 22.700", .inconsistent),
        ])
    func alignedAmounts(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    // MARK: 'in totaal' after its total

    @Test(
        "'N … in totaal' closing its clause totals the counts listed before it",
        arguments: [
            // 9 + 6 + 3 = 18; in words as in digits.
            ("Aan de actie deden negen scholen, zes buurthuizen en drie kerken mee: achttien locaties in totaal.",
                "achttien", Verdict.consistent),
            ("Aan de actie deden negen scholen, zes buurthuizen en drie kerken mee: twintig locaties in totaal.",
                "twintig", .inconsistent),
            ("Aan de actie deden 9 scholen, 6 buurthuizen en 3 kerken mee: 18 locaties in totaal.", "18", .consistent),
            ("Aan de actie deden 9 scholen, 6 buurthuizen en 3 kerken mee: 19 locaties in totaal.", "19",
                .inconsistent),
        ])
    func totalBeforeCue(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "A number that a conjunction adds to the list, or that 'in totaal' does not close, is no total",
        arguments: [
            "Aan de actie deden 9 scholen, 6 buurthuizen en 30 kerken in totaal mee.",
            "Aan de actie deden 9 scholen, 6 buurthuizen en 30 kerken in totaal.",
        ])
    func totalBeforeCueNearMisses(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict == .inconsistent })
    }
}
