import Testing

@testable import AnnexKit

/// The twenty-second round (D): comparisons between groups within one sentence.
@Suite("Verify: comparisons between groups, shares of a whole said elsewhere")
struct VerifyGroupsAndWholesTests {
    // MARK: A percent difference between two groups of one sentence

    @Test(
        "A percentage before a comparative and 'dan' compares the sentence's two values, from the group after 'dan'",
        arguments: [
            // 21,40 / 24,80 = 0,8629: 13,7% less.
            ("Vrouwen verdienden gemiddeld 21,40 euro per uur, mannen 24,80 euro; vrouwen verdienden daarmee 14 "
                + "procent minder dan mannen.", "14 procent", Verdict.consistent),
            ("Vrouwen verdienden gemiddeld 21,40 euro per uur, mannen 24,80 euro; vrouwen verdienden daarmee 24 "
                + "procent minder dan mannen.", "24 procent", .inconsistent),
            // 54 / 50 = 1,08: 8% dearer.
            ("Pakket B kost 54 euro, 8 procent duurder dan pakket A met 50 euro.", "8 procent", .consistent),
            ("Pakket B kost 54 euro, 12 procent duurder dan pakket A met 50 euro.", "12 procent", .inconsistent),
            // 14 / 12 = 1,1667: 16,7% longer.
            ("Mannen kregen gemiddeld 14 maanden, vrouwen 12: mannen kregen 16,7 procent langere straffen dan "
                + "vrouwen.", "16,7 procent", .consistent),
            ("Mannen kregen gemiddeld 14 maanden, vrouwen 12: mannen kregen 20 procent langere straffen dan "
                + "vrouwen.", "20 procent", .inconsistent),
            // 36 / 30 = 1,2: 20% dearer; the base is Leiden's, named after 'dan'.
            ("Een abonnement kost in Utrecht 36 euro per maand, in Leiden 30 euro; in Utrecht is het daarmee 20 "
                + "procent duurder dan in Leiden.", "20 procent", .consistent),
            // 420 / 350 = 1,2: 20% higher.
            ("Jongeren meldden 420 incidenten, ouderen 350; het aantal bij jongeren lag daarmee 20 procent hoger "
                + "dan bij ouderen.", "20 procent", .consistent),
            // 350 / 420 = 0,8333: 16,7% fewer, the base the young, named second.
            ("Jongeren meldden 420 incidenten, ouderen 350; ouderen meldden daarmee 16,7 procent minder incidenten "
                + "dan jongeren.", "16,7 procent", .consistent),
            ("Jongeren meldden 420 incidenten, ouderen 350; ouderen meldden daarmee 20 procent minder incidenten "
                + "dan jongeren.", "20 procent", .inconsistent),
        ])
    func groupComparisonInSentence(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A comparison with one value, with a time, a share of a group or three groups stays unverifiable",
        arguments: [
            ("Vrouwen verdienden gemiddeld 21,40 euro per uur; dat is 14 procent minder dan vorig jaar.",
             "14 procent"),
            ("In Utrecht kost een abonnement 36 euro, in Leiden 30 euro; 20 procent duurder dan vorig jaar.",
             "20 procent"),
            ("Mannen kregen gemiddeld 14 maanden, vrouwen 12; 16 procent van de mannen kreeg een langere straf.",
             "16 procent"),
            ("Mannen kregen gemiddeld 14 maanden, vrouwen 12 en jongeren 9: mannen kregen 16,7 procent langere "
                + "straffen dan vrouwen.", "16,7 procent"),
            ("Er wachtten 420 cliënten; 62 procent langer dan zes weken.", "62 procent"),
        ])
    func groupComparisonUnbound(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: The rest of a whole split in the sentence before

    @Test(
        "A rest after a referring word is the whole of the sentence before less the parts it split it into",
        arguments: [
            // 800 − 320 − 432 = 48.
            ("De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 432 voor vervoer. De overige 48 "
                + "betroffen woningaanpassingen.", "48", Verdict.consistent),
            ("De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 422 voor vervoer. De overige 48 "
                + "waren voor woningaanpassingen.", "48", .inconsistent),
            // 1.200 − 540 − 410 = 250.
            ("Van de 1.200 meldingen gingen er 540 over geluid en 410 over afval. De resterende 250 gingen over "
                + "parkeren.", "250", .consistent),
            // (800 − 320 − 184) / 800 = 296 / 800 = 37%.
            ("De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 184 voor vervoer. De rest, 37 "
                + "procent, betrof woningaanpassingen.", "37 procent", .consistent),
            ("De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 184 voor vervoer. De rest, 47 "
                + "procent, betrof woningaanpassingen.", "47 procent", .inconsistent),
        ])
    func carriedRest(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The parts before a rest the next sentence names are no false sum of their whole")
    func partsBeforeRest() throws {
        let text = "De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 432 voor vervoer. De overige 48 "
            + "betroffen woningaanpassingen."
        #expect(try claim("800", in: text).verdict != .inconsistent)
    }

    @Test(
        "A rest of another noun, after a sentence about something else, or with no number stays unchecked",
        arguments: [
            "De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 432 voor vervoer. De overige 40 "
                + "klachten gingen over vervoer.",
            "De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 432 voor vervoer. Er kwamen ook 95 "
                + "klachten binnen. De overige 40 betroffen woningaanpassingen.",
            "De gemeente kreeg 800 aanvragen: 320 voor huishoudelijke hulp en 432 voor vervoer. De overige "
                + "gemeenten kregen er 40.",
        ])
    func restNearMisses(text: String) throws {
        try expectUnverifiable("40", in: text)
    }
}
