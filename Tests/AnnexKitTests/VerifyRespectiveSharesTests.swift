import Testing

@testable import AnnexKit

/// verify184: a list of percentages after 'respectievelijk' takes, in its order, the counts listed before that word
/// as parts of the one whole its sentence marks (`respectiveShare`).
@Suite("Verify: shares listed after 'respectievelijk', each of its own listed count")
struct VerifyRespectiveSharesTests {
    @Test(
        "Each percentage after 'respectievelijk' is the share of the count in its place of the marked whole",
        arguments: [
            // 120 / 480 = 25,0%.
            ("Van de 480 leden waren er 120 jeugdlid en 60 senior, respectievelijk 25% en 12,5%.", "25%",
                Verdict.consistent),
            // 60 / 480 = 12,5%.
            ("Van de 480 leden waren er 120 jeugdlid en 60 senior, respectievelijk 25% en 12,5%.", "12,5%",
                .consistent),
            // 60 / 480 = 12,5%, not 15.
            ("Van de 480 leden waren er 120 jeugdlid en 60 senior, respectievelijk 25% en 15%.", "15%",
                .inconsistent),
            // The whole after the list: 300 / 1.500 = 20,0%, 150 / 1.500 = 10,0%.
            ("Er werden 300 romans en 150 strips uitgeleend, respectievelijk 20% en 10% van alle 1.500 uitleningen.",
                "20%", .consistent),
            ("Er werden 300 romans en 150 strips uitgeleend, respectievelijk 20% en 10% van alle 1.500 uitleningen.",
                "10%", .consistent),
            // 'procent' once after the list: 300 / 1.500 = 20,0%, 150 / 1.500 = 10,0%, not 12.
            ("Er werden 300 romans en 150 strips uitgeleend, respectievelijk 20 en 12 procent van alle 1.500 "
                + "uitleningen.", "12 procent", .inconsistent),
            // Three items: 700 / 2.000 = 35,0%; 400 / 2.000 = 20,0%, not 25.
            ("Van de 2.000 meldingen kwamen er 900 telefonisch, 700 schriftelijk en 400 persoonlijk binnen, "
                + "respectievelijk 45%, 35% en 20%.", "35%", .consistent),
            ("Van de 2.000 meldingen kwamen er 900 telefonisch, 700 schriftelijk en 400 persoonlijk binnen, "
                + "respectievelijk 45%, 35% en 25%.", "25%", .inconsistent),
        ])
    func listedShare(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "With no count of their own, the labels before 'respectievelijk' name the parts of the split before",
        arguments: [
            // 'papier' names 300 alone: 300 / 900 = 33,3%; 'glas' 100: 100 / 900 = 11,1%.
            ("Er werd 500 ton GFT, 300 ton papier en 100 ton glas ingezameld, samen 900 ton. Papier en glas maken "
                + "respectievelijk 33,3% en 11,1% uit van deze stromen.", "33,3%", Verdict.consistent),
            ("Er werd 500 ton GFT, 300 ton papier en 100 ton glas ingezameld, samen 900 ton. Papier en glas maken "
                + "respectievelijk 33,3% en 11,1% uit van deze stromen.", "11,1%", .consistent),
            // 100 / 900 = 11,1%, not 15.
            ("Er werd 500 ton GFT, 300 ton papier en 100 ton glas ingezameld, samen 900 ton. Papier en glas maken "
                + "respectievelijk 33,3% en 15% uit van deze stromen.", "15%", .inconsistent),
        ])
    func labelledListedShare(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "Shares whose parts or whole the sentence does not give one to one stay unverifiable",
        arguments: [
            // Three counts for two shares: which two are meant is not told.
            ("Van de 480 leden waren er 120 jeugdlid, 60 senior en 30 erelid, respectievelijk 25% en 15%.", "15%"),
            // No whole marked: 120 and 60 may be shares of their own groups.
            ("Er waren 120 jeugdleden en 60 senioren, respectievelijk 25% en 15%.", "15%"),
            // The parts together exceed the whole, so they overlap and need not be what the list pairs them with
            // (70 + 60 = 130 > 100).
            ("Van de 100 leden hadden er 70 een fiets en 60 een auto, respectievelijk 70% en 50%.", "50%"),
            // 'plastic' names no part of the split before: which count is its share's is not told.
            ("Er werd 500 ton GFT, 300 ton papier en 100 ton glas ingezameld, samen 900 ton. Papier en plastic maken "
                + "respectievelijk 33,3% en 15% uit van deze stromen.", "15%"),
        ])
    func noListedShare(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }
}
