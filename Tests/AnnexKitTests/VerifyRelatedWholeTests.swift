import Testing

@testable import AnnexKit

/// The twenty-seventh round (A): a share of a group the sentence before names by a related word ('van de leerlingen'
/// after 'de leerlingenraad', 'van de afdeling' after 'De afdeling telt 120 medewerkers: …'), not by a count's noun.
@Suite("Verify: a share of a group the sentence before names")
struct VerifyRelatedWholeTests {
    @Test(
        "A share of a noun that is the first part of a count's compound ('jeugd', 'jeugdspelers') is of that count",
        arguments: [
            // 90 / 360 = 25%; 40% would be 144 of them.
            ("De club telt 360 jeugdspelers, onder wie 90 keepers. Keepers zijn daarmee 25% van de jeugd.", "25%",
             Verdict.consistent),
            ("De club telt 360 jeugdspelers, onder wie 90 keepers. Keepers zijn daarmee 40% van de jeugd.", "40%",
             .inconsistent),
        ])
    func compoundWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share of a collective the sentence before lists in named groups is of the groups' sum",
        arguments: [
            // 6 / (6 + 9) = 40%; 60% is the meisjes' share (9 / 15), planted for the jongens.
            ("In de leerlingenraad zitten 6 jongens en 9 meisjes. Jongens vormen daarmee 40% van de leerlingen.",
             "40%", Verdict.consistent),
            ("In de leerlingenraad zitten 6 jongens en 9 meisjes. Jongens vormen daarmee 60% van de leerlingen.",
             "60%", .inconsistent),
        ])
    func groupsSum(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share of a collective the sentence before splits into named groups is of the split's whole",
        arguments: [
            // 24 / 120 = 20%; 30% would be 36 of them (Gouda).
            ("De afdeling telt 120 medewerkers: 60 in Delft, 36 in Gouda en 24 in Leiden. Leiden is daarmee goed voor "
                + "20 procent van de afdeling.", "20 procent", Verdict.consistent),
            ("De afdeling telt 120 medewerkers: 60 in Delft, 36 in Gouda en 24 in Leiden. Leiden is daarmee goed voor "
                + "30 procent van de afdeling.", "30 procent", .inconsistent),
        ])
    func splitWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share whose whole no word of the sentence before names, or whose part no group is, stays unverifiable",
        arguments: [
            // 'scholieren' is no word of the sentence before: another whole.
            ("In de leerlingenraad zitten 6 jongens en 9 meisjes. Jongens vormen daarmee 60% van de scholieren.",
             "60%"),
            // The clause names neither group: which is the part is not said.
            ("In de leerlingenraad zitten 6 jongens en 9 meisjes. Het gaat om 60% van de leerlingen.", "60%"),
            // One count names no group of its own: no list of groups.
            ("In de leerlingenraad zitten 6 jongens en 9. Jongens vormen daarmee 60% van de leerlingen.", "60%"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
