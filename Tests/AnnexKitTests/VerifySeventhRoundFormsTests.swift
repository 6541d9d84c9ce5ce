import Foundation
import Testing

@testable import AnnexKit

/// Forms of the seventh round: a change over a series of values each with its year, an earlier value
/// labelled '(was …)' or after ';' in a parenthesis, 'pp' for percentage points, 'Delta:' as a memo's
/// change label, an index's base year, a share in words of the part and whole of the sentence before. Each
/// checked right and caught wrong.
@Suite("verify: forms of the seventh round")
struct VerifySeventhRoundFormsTests {
    @Test(
        "A change over a series: over the whole period from first to last, in the last year its last step",
        arguments: [
            // 500 → 600 → 690: whole period +38%, last step +15%.
            ("Het aantal leerwerkplekken was 500 (2019), 600 (2020) en 690 (2021); over de hele periode een groei "
                + "van 38 procent.", "38 procent", Verdict.consistent),
            ("Het aantal leerwerkplekken was 500 (2019), 600 (2020) en 690 (2021); over de hele periode een groei "
                + "van 20 procent.", "20 procent", .inconsistent),
            ("Het aantal leerwerkplekken groeide van 500 (2019) via 600 (2020) naar 690 (2021); in het laatste jaar "
                + "kwamen er 15 procent bij.", "15 procent", .consistent),
            ("Het aantal leerwerkplekken groeide van 500 (2019) via 600 (2020) naar 690 (2021); in het laatste jaar "
                + "kwamen er 38 procent bij.", "38 procent", .inconsistent),
            // The sentence before gives the series; 'in twee jaar' spans it.
            ("Leerwerkplekken: 500 (2019), 600 (2020) en 690 (2021). In twee jaar is dat een groei van 38 procent.",
                "38 procent", .consistent),
            ("Leerwerkplekken: 500 (2019), 600 (2020) en 690 (2021). In twee jaar is dat een groei van 44 procent.",
                "44 procent", .inconsistent),
        ])
    func series(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A series without words for its period or last step states no change of its own pair")
    func seriesNeedsItsWords() throws {
        let found = try claim(
            "4 procent",
            in: "Het aantal leerwerkplekken was 500 (2019), 600 (2020) en 690 (2021); de groei was 4 procent.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "An earlier value labelled '(was …)' or after ';' in the parenthesis is the change's start",
        arguments: [
            ("Aanmeldingen stijgen 8% naar 1.080 (was 1.000).", "8%", Verdict.consistent),
            ("Aanmeldingen stijgen 7% naar 1.080 (was 1.000).", "7%", .inconsistent),
            ("Vacatures: 2.750 (+10,0%; vorig jaar 2.500).", "+10,0%", .consistent),
            ("Vacatures: 2.750 (+9,0%; vorig jaar 2.500).", "+9,0%", .inconsistent),
        ])
    func earlierLabel(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "'pp' after a number is percentage points; 'Delta:' labels the change of the memo line before",
        arguments: [
            ("Slagingspercentage: 71,0% → 74,5% (+3,5 pp).", "+3,5 pp", Verdict.consistent),
            ("Slagingspercentage: 71,0% → 74,5% (+2,5 pp).", "+2,5 pp", .inconsistent),
            ("Doorlooptijd bezwaar: 60 (Q1: 50). Delta: +20%.", "+20%", .consistent),
            ("Doorlooptijd bezwaar: 60 (Q1: 50). Delta: +16,7%.", "+16,7%", .inconsistent),
        ])
    func memoForms(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "An index's base year set to 100 is the start of the index value the sentence gives",
        arguments: [
            ("De huurprijzen (2018 = 100) stonden in 2024 op een indexcijfer van 131,5, ruim 31 procent hoger.",
                "ruim 31 procent", Verdict.consistent),
            ("De huurprijzen (2018 = 100) stonden in 2024 op een indexcijfer van 131,5, ruim 40 procent hoger.",
                "ruim 40 procent", .inconsistent),
        ])
    func indexBase(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "'Dat is een kwart' takes the part and whole of the sentence before: 'Van de W … M', 'M van hen'",
        arguments: [
            ("Van de 840 aanvragen in het eerste kwartaal werden er 210 afgewezen. Dat is een kwart.", "een kwart",
                Verdict.consistent),
            ("Van de 840 aanvragen in het eerste kwartaal werden er 210 afgewezen. Dat is een derde.", "een derde",
                .inconsistent),
            ("Vorig jaar deden 900 bedrijven mee; 300 van hen kregen subsidie. Dat is een derde van het totaal.",
                "een derde", .consistent),
            ("Vorig jaar deden 900 bedrijven mee; 300 van hen kregen subsidie. Dat is de helft van het totaal.",
                "de helft", .inconsistent),
        ])
    func shareOfTheSentenceBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("'een zesde' and 'een achtste' are fractions; 'de zesde' an ordinal")
    func sixthsAndEighths() throws {
        let text = "Het aantal klachten liep terug van 480 in 2022 naar 400 in 2023, een afname van een "
        #expect(try claim("een zesde", in: text + "zesde.").verdict == .consistent)
        #expect(try claim("een achtste", in: text + "achtste.").verdict == .inconsistent)
        #expect(try verified("Voor de zesde keer op rij daalde het aantal klachten.").isEmpty)
    }

    @Test(
        "A memo's line 'Gemiddeld: …' is the mean of the list of the line before",
        arguments: [
            ("Doorlooptijd Q1/Q2/Q3: 30 / 36 / 42 dagen. Gemiddeld: 36 dagen.", "36", Verdict.consistent),
            ("Doorlooptijd Q1/Q2/Q3: 30 / 36 / 42 dagen. Gemiddeld: 38 dagen.", "38", .inconsistent),
        ])
    func memoMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
