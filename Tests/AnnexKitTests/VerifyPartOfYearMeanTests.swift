import Testing

@testable import AnnexKit

/// The thirty-second round (B): a mean per month, quarter or week of a total the sentence states over a named half of
/// a year or quarter ('in het eerste halfjaar', 'over het derde kwartaal'), which holds six or three months.
@Suite("Verify: a mean per month of a total over a named half year or quarter")
struct VerifyPartOfYearMeanTests {
    @Test(
        "A mean over a named half year or quarter spreads the total over its months, quarters or weeks",
        arguments: [
            // Six months: 1.320 / 6 = 220; 110 would be 1.320 / 12.
            ("In het eerste halfjaar kwamen 1.320 meldingen binnen, gemiddeld 220 per maand.", "220",
                Verdict.consistent),
            ("In het eerste halfjaar kwamen 1.320 meldingen binnen, gemiddeld 110 per maand.", "110", .inconsistent),
            // Two quarters: 5.400 / 2 = 2.700; 1.350 would be 5.400 / 4.
            ("Over het tweede halfjaar van 2025 keerde het fonds € 5.400 uit, gemiddeld € 2.700 per kwartaal.",
                "€ 2.700", .consistent),
            ("Over het tweede halfjaar van 2025 keerde het fonds € 5.400 uit, gemiddeld € 1.350 per kwartaal.",
                "€ 1.350", .inconsistent),
            // Thirteen weeks: 1.690 / 13 = 130; 140 is off.
            ("In het derde kwartaal meldden zich 1.690 bezoekers, gemiddeld 130 per week.", "130", .consistent),
            ("In het derde kwartaal meldden zich 1.690 bezoekers, gemiddeld 140 per week.", "140", .inconsistent),
        ])
    func namedPart(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "Other parts of a year, a part left unsaid or a part of a part stay unverifiable",
        arguments: [
            // The other quarters are named by their ordinal alone: the total is no one quarter's.
            ("In het eerste kwartaal kwamen 300, in het tweede 420 aanvragen binnen, gemiddeld 120 per maand.", "120"),
            // No ordinal: which half is not said, nor that it is over.
            ("In dit halfjaar kwamen 1.320 meldingen binnen, gemiddeld 110 per maand.", "110"),
            // A quarter per quarter: one quarter, no mean.
            ("In het eerste kwartaal kwamen 900 meldingen binnen, gemiddeld 450 per kwartaal.", "450"),
            // A fifth half year is none.
            ("In het vijfde halfjaar kwamen 1.320 meldingen binnen, gemiddeld 110 per maand.", "110"),
            // 'tot nu toe': the months elapsed are not said.
            ("In het tweede halfjaar kwamen tot nu toe 1.320 meldingen binnen, gemiddeld 110 per maand.", "110"),
            // A month named besides the half year.
            ("In het eerste halfjaar kwamen 1.320 meldingen binnen, in maart de meeste; gemiddeld 110 per maand.",
                "110"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
