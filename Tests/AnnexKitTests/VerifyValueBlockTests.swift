import Foundation
import Testing

@testable import AnnexKit

/// The value lines of a block as operands of the prose sentence right under it, read as the one sentence before it;
/// a line of values between '|' marks read as the value lines it stands for; a total line under more memo lines than
/// the sentences remembered. In words of their own, both ways.
@Suite("verify: a block's value lines under prose, and values between '|' marks")
struct VerifyValueBlockTests {
    /// Two lines of spending, a line for each year, then `closing`.
    static func spending(_ closing: String, between: String = "") -> String {
        "Uitgaven 2023: 41,5 mln\n\(between)Uitgaven 2024: 44,2 mln\n\(closing)"
    }

    @Test("A value line ends at its line end; the prose right under it is marked, a blank line ends the block")
    func sentences() throws {
        let under = TextDocument(text: Self.spending("Dat is een toename van 6,5 procent.")).sentences
        #expect(under.map(\.isValueLines) == [true, true, false])
        #expect(under.map(\.isUnderValueLines) == [false, false, true])
        let apart = TextDocument(text: Self.spending("\nDat is een toename van 6,5 procent.")).sentences
        #expect(apart.map(\.isUnderValueLines) == [false, false, false])
    }

    @Test(
        "A change in the prose under a block of two year lines is of their values",
        arguments: [
            // 41,5 → 44,2 mln is +6,5%.
            (spending("Dat is een toename van 6,5 procent."), "6,5 procent", Verdict.consistent),
            (spending("Dat is een toename van 8,5 procent."), "8,5 procent", .inconsistent),
            (spending("Dat is een afname van 6,5 procent."), "6,5 procent", .inconsistent),
            // A blank line or a title ends the block; with two pairs of years the values are not known.
            (spending("\nDat is een toename van 8,5 procent."), "8,5 procent", .unverifiable),
            (spending("Dat is een toename van 8,5 procent.", between: "Begroting 2025\n"), "8,5 procent",
             .unverifiable),
            (spending("Inkomsten 2023: 39,0 mln\nInkomsten 2024: 40,1 mln\nDat is een toename van 8,5 procent."),
             "8,5 procent", .unverifiable),
        ])
    func changeUnderBlock(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A sum or a difference in the prose under value lines is of their values",
        arguments: [
            // 315 + 145 = 460; 315 − 145 = 170.
            ("Intakes: 315\nHeronderzoeken: 145\nSamen gaat het om 460 onderzoeken.", "460", Verdict.consistent),
            ("Intakes: 315\nHeronderzoeken: 145\nSamen gaat het om 480 onderzoeken.", "480", .inconsistent),
            ("Intakes: 315\nHeronderzoeken: 145\nDat is een verschil van 170.", "170", .consistent),
            ("Intakes: 315\nHeronderzoeken: 145\nDat is een verschil van 190.", "190", .inconsistent),
            // Three values: which two differ is not known.
            ("Intakes: 315\nHeronderzoeken: 145\nAfgebroken: 40\nDat is een verschil van 190.", "190",
             .unverifiable),
        ])
    func sumUnderBlock(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A line of values between '|' marks stands for its value lines, labels and values paired in order")
    func listedLines() throws {
        #expect(
            TextDocument(text: "Verwijzingen 2023 | 2024: 1.260 | 1.386").sentences.map(\.text) == [
                "Verwijzingen 2023: 1.260", "Verwijzingen 2024: 1.386",
            ])
        #expect(
            TextDocument(text: "Afgeronde trajecten: Q1 512 | Q2 488").sentences.map(\.text) == [
                "Afgeronde trajecten Q1: 512", "Afgeronde trajecten Q2: 488",
            ])
        // Two labels for three values: no pairs.
        #expect(TextDocument(text: "Verwijzingen 2023 | 2024: 1.260 | 1.386 | 1.400").sentences.count == 1)
    }

    @Test(
        "A change or a total under a line of values between '|' marks is of its values",
        arguments: [
            // 1.260 → 1.386 is +10%; 512 + 488 + 530 + 470 = 2.000.
            ("Verwijzingen 2023 | 2024: 1.260 | 1.386\nDat is een stijging van 10 procent.", "10 procent",
             Verdict.consistent),
            ("Verwijzingen 2023 | 2024: 1.260 | 1.386\nDat is een stijging van 12 procent.", "12 procent",
             .inconsistent),
            ("Afgeronde trajecten: Q1 512 | Q2 488 | Q3 530 | Q4 470\nTotaal: 2.000", "2.000", .consistent),
            ("Afgeronde trajecten: Q1 512 | Q2 488 | Q3 530 | Q4 470\nTotaal: 2.100", "2.100", .inconsistent),
        ])
    func underListedLine(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("No value of a line between '|' marks is a claim of its own (no sum over part of the line)")
    func listedValuesNoClaims() throws {
        let found = try verified("Afgeronde trajecten: Q1 512 | Q2 488 | Q3 530 | Q4 470\nTotaal jaar 2025: 2.000")
        #expect(found.allSatisfy { !["512", "488", "530", "470"].contains($0.written) }, "\(found.map(reason))")
    }

    @Test(
        "A total line sums every memo line of its kind above it, also more than the sentences remembered",
        arguments: [
            // 120 + 95 + 130 + 105 = 450; the last three alone are 330.
            ("Totaal: 450", Verdict.consistent), ("Totaal: 460", .inconsistent),
        ])
    func totalOverFourLines(total: String, expected: Verdict) throws {
        let text = "Zittingen noord: 120\nZittingen oost: 95\nZittingen zuid: 130\nZittingen west: 105\n\(total)"
        try expectVerdict(expected, of: String(total.dropFirst("Totaal: ".count)), in: text)
    }
}
