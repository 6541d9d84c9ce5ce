import Foundation
import Testing

@testable import AnnexKit

/// A count that restates a share of a whole is the claim, not the share; a factor between two groups takes the
/// subject's part, not its whole; a number that counts the units a sentence ranges over is no rate, and a rate takes
/// the bracket after its subject. In words of their own, each both ways, and the forms that stay as they were.
@Suite("verify: restated counts, factors between groups, counted sets")
struct VerifyRestatedCountsTests {
    @Test(
        "A hedged count after a share of a whole restates share × whole, whatever its noun",
        arguments: [
            // 23% × 4.250 = 977,5 (22,5–23,5%: 956–999).
            ("Van de 4.250 deelnemers vond 23 procent een baan, zo'n 980 mensen.", "zo'n 980",
             Verdict.consistent),
            ("Van de 4.250 deelnemers vond 23 procent een baan, zo'n 1.180 mensen.", "zo'n 1.180",
             .inconsistent),
            // In a bracket: 15% × 2.640 = 396.
            ("Van de 2.640 woningen stond 15 procent leeg (circa 400 panden).", "circa 400", .consistent),
            ("Van de 2.640 woningen stond 15 procent leeg (circa 520 panden).", "circa 520", .inconsistent),
            // After 'dat zijn' in a bracket: 35% × 1.800 = 630.
            ("Van de 1.800 meldingen kwam 35 procent binnen via de huisarts (dat zijn 630 meldingen).", "630",
             .consistent),
            ("Van de 1.800 meldingen kwam 35 procent binnen via de huisarts (dat zijn 710 meldingen).", "710",
             .inconsistent),
            // An exact count after 'ofwel' is computed, so rounded: 64% × 1.730 = 1.107,2 rounds to 1.107.
            ("Van de 1.730 cliënten was 64 procent man, ofwel 1.107 mannen.", "1.107", .consistent),
            ("Van de 1.730 cliënten was 64 procent man, ofwel 1.107 cliënten.", "1.107", .consistent),
            ("Van de 1.730 cliënten was 64 procent man, ofwel 1.207 mannen.", "1.207", .inconsistent),
        ])
    func restatedCount(text: String, written: String, expected: Verdict) throws {
        let found = try verified(text)
        let count = try claim(written, in: text)
        #expect(count.kind == .count)
        #expect(count.verdict == expected, "\(reason(count))")
        // The share is no claim against the count it is restated as.
        #expect(!found.contains { $0.kind == .share }, "\(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
    }

    @Test("An exact count in a bracket after a share is its part, as before")
    func exactBracketIsThePart() throws {
        // 460 / 3.820 = 12,04%.
        try expectVerdict(.consistent, of: "12 procent", in: "Van de 3.820 cliënten had 12 procent een baan (460).")
        try expectVerdict(.inconsistent, of: "15 procent", in: "Van de 3.820 cliënten had 15 procent een baan (460).")
    }

    @Test("A hedged count of other units larger than the whole restates no part of it")
    func largerCountIsNoPart() throws {
        let found = try verified("Van de 1.200 gezinnen kreeg 30 procent hulp, zo'n 1.500 kinderen.")
        #expect(!found.contains { $0.kind == .count && $0.verdict != .unverifiable })
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test(
        "A factor between two groups takes the subject's part of a whole, and the value after the other group",
        arguments: [
            // 840 / 210 = 4; the whole 1.050 would give 5.
            ("Jongens waren met 840 van de 1.050 aanmeldingen vier keer zo vaak vertegenwoordigd als meisjes (210).",
             "vier keer zo vaak", Verdict.consistent),
            ("Jongens waren met 840 van de 1.050 aanmeldingen vijf keer zo vaak vertegenwoordigd als meisjes (210).",
             "vijf keer zo vaak", .inconsistent),
        ])
    func factorOfParts(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Two groups and their values joined by 'en' in order: a factor runs from the other group to its subject",
        arguments: [
            // 840 / 210 = 4, from the girls to the boys.
            ("Jongens en meisjes waren met 840 en 210 aanmeldingen ongelijk vertegenwoordigd: jongens meldden zich "
                + "vier keer zo vaak aan.", "vier keer zo vaak", Verdict.consistent),
            ("Jongens en meisjes waren met 840 en 210 aanmeldingen ongelijk vertegenwoordigd: jongens meldden zich "
                + "drie keer zo vaak aan.", "drie keer zo vaak", .inconsistent),
            // Named as what it compares with: 'als meisjes'.
            ("Jongens en meisjes waren met 840 en 210 aanmeldingen ongelijk vertegenwoordigd: er waren vier keer zo "
                + "veel aanmeldingen als van meisjes.", "vier keer zo", .consistent),
            ("Jongens en meisjes waren met 840 en 210 aanmeldingen ongelijk vertegenwoordigd: er waren drie keer zo "
                + "veel aanmeldingen als van meisjes.", "drie keer zo", .inconsistent),
        ])
    func factorOfGroupsInOrder(text: String, written: String, expected: Verdict) throws {
        let found = try verified(text)
        let factor = try #require(found.first { $0.written.contains(written) }, "\(found.map(\.written))")
        #expect(factor.verdict == expected, "\(reason(factor))")
    }

    @Test(
        "A number that counts the units is no rate; the rate takes the bracket after its subject",
        arguments: [
            // 912 / 380.000 × 1.000 = 2,4.
            ("Van de zes onderzochte regio's had Zeeland (380.000 inwoners, 912 meldingen) met 2,4 per 1.000 inwoners "
                + "het laagste cijfer.", "2,4", Verdict.consistent),
            ("Van de zes onderzochte regio's had Zeeland (380.000 inwoners, 912 meldingen) met 3,1 per 1.000 inwoners "
                + "het laagste cijfer.", "3,1", .inconsistent),
        ])
    func countedSetAndRate(text: String, written: String, expected: Verdict) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.written == "zes" }, "\(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Numbers that count the units are no claims without a report")
    func countedSets() throws {
        let texts = [
            "In alle drie de regio's lag het aantal meldingen per 10.000 inwoners hoger dan in 2024 (12 tegen 9).",
            "In twaalf van de twintig gemeenten per regio daalde het aantal meldingen.",
            "Van alle vier de instellingen per provincie (samen 64.000 plaatsen, 210 meldingen) kwam er één boven de "
                + "norm.",
        ]
        for text in texts {
            let found = try verified(text)
            #expect(
                !found.contains { ["drie", "twaalf", "vier"].contains($0.written) },
                "\(found.map { "\($0.kind) \($0.written) \($0.verdict)" })")
        }
    }
}
