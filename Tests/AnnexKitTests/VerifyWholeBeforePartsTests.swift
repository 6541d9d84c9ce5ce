import Testing

@testable import AnnexKit

/// The twenty-sixth round (B): a whole stated before the parts it is divided into ('Van de uitgekeerde € 24,6
/// miljoen ging …', '45 miljoen euro gereserveerd: …', '…, namelijk … en …'), the rest that closes a list tied to
/// the sentence before ('In 45 daarvan …, in 30 … en in de overige 45 …'), and 'Samen is dat P%' of the parts.
@Suite("Verify: a whole before its parts")
struct VerifyWholeBeforePartsTests {
    /// Whether any claim of `text` is judged inconsistent: a near miss must raise no alarm.
    private func alarms(_ text: String) throws -> [String] {
        try verified(text).filter { $0.verdict == .inconsistent }.map { "\($0.kind) \($0.written): \(reason($0))" }
    }

    // MARK: An amount after the words that describe it

    @Test(
        "An amount after 'Van de toegekende' or 'Van het budget van' is the sum of the amounts divided from it",
        arguments: [
            // 12,3 + 8,1 + 4,2 = 24,6; with 5,2 for the last: 25,6, more than the whole.
            ("Van de toegekende € 24,6 miljoen ging € 12,3 miljoen naar scholen, € 8,1 miljoen naar sportclubs en "
                + "€ 4,2 miljoen naar buurthuizen.", "€ 24,6 miljoen", Verdict.consistent),
            ("Van de toegekende € 24,6 miljoen ging € 12,3 miljoen naar scholen, € 8,1 miljoen naar sportclubs en "
                + "€ 5,2 miljoen naar buurthuizen.", "€ 24,6 miljoen", .inconsistent),
            // 1,1 + 0,8 + 0,6 = 2,5; with 0,9 for the last: 2,8.
            ("Van het jaarbudget van € 2,5 miljard gaat € 1,1 miljard naar wegen, € 0,8 miljard naar spoor en € 0,6 "
                + "miljard naar vaarwegen.", "€ 2,5 miljard", .consistent),
            ("Van het jaarbudget van € 2,5 miljard gaat € 1,1 miljard naar wegen, € 0,8 miljard naar spoor en € 0,9 "
                + "miljard naar vaarwegen.", "€ 2,5 miljard", .inconsistent),
        ])
    func describedAmount(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "Amounts short of a described whole, or words that are no description of it, raise no alarm",
        arguments: [
            // 12,3 + 8,1 = 20,4 of 24,6: a selection of the whole may fall short of it.
            "Van de toegekende € 24,6 miljoen ging € 12,3 miljoen naar scholen en € 8,1 miljoen naar sportclubs.",
            // 'met' and 'dan' describe no amount: '€ 2 miljoen' is a bound of the group, not its whole.
            "Van de gemeenten met meer dan € 2 miljoen ging € 3,1 miljoen naar Utrecht en € 1,2 miljoen naar Zeist.",
            // Counts of another kind than the amount are no parts of it.
            "Van de uitgekeerde € 18 miljoen gingen 410 bijdragen naar scholen en 320 naar sportclubs.",
        ])
    func describedAmountNearMisses(text: String) throws {
        #expect(try alarms(text).isEmpty)
    }

    // MARK: A list marked as all of its whole

    @Test(
        "Amounts allocated after ':' and a list after ', namelijk' are all of their whole, also when short of it",
        arguments: [
            // 20 + 15 + 10 = 45; with 5 for the last: 40, short of the 45 the colon divides.
            ("Voor het herstel is 45 miljoen euro gereserveerd: 20 miljoen voor dijken, 15 miljoen voor gemalen en 10 "
                + "miljoen voor kades.", "45 miljoen", Verdict.consistent),
            ("Voor het herstel is 45 miljoen euro gereserveerd: 20 miljoen voor dijken, 15 miljoen voor gemalen en 5 "
                + "miljoen voor kades.", "45 miljoen", .inconsistent),
            // 910 + 540 = 1.450; with 610: 1.150.
            ("In 2024 zijn 1.450 leerlingen van school gewisseld, namelijk 910 naar het vmbo en 540 naar de havo.",
                "1.450", .consistent),
            ("In 2024 zijn 1.450 leerlingen van school gewisseld, namelijk 610 naar het vmbo en 540 naar de havo.",
                "1.450", .inconsistent),
            // 'ruim 2.000' is above 2.000 within 5%: 1.300 + 760 = 2.060 fits, 1.100 + 560 = 1.660 does not.
            ("In 2024 zijn ruim 2.000 cliënten verhuisd, namelijk 1.300 naar een woning en 760 naar een kamer.",
                "ruim 2.000", .consistent),
            ("In 2024 zijn ruim 2.000 cliënten verhuisd, namelijk 1.100 naar een woning en 560 naar een kamer.",
                "ruim 2.000", .inconsistent),
        ])
    func completeList(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .sum, verdict: expected)
    }

    @Test(
        "A list after ':' that names a selection, or counts after ':' short of their whole, raise no alarm",
        arguments: [
            // 'onder meer': 20 + 5 = 25 of 45 is a selection.
            "Voor het herstel is 45 miljoen euro gereserveerd: onder meer 20 miljoen voor dijken en 5 miljoen voor "
                + "kades.",
            // Counts after ':' far short of their whole (300 + 200 = 500 of 800) may name some of its kinds.
            "De gemeente kreeg 800 meldingen: 300 over geluid en 200 over afval.",
            // 'namelijk' with one number lists no parts.
            "In 2024 zijn 1.450 leerlingen van school gewisseld, namelijk 910 naar het vmbo.",
        ])
    func completeListNearMisses(text: String) throws {
        #expect(try alarms(text).isEmpty)
    }

    // MARK: The rest of a list tied to the sentence before

    @Test(
        "A list tied by 'daarvan' to the one count before and closed by its rest claims that rest",
        arguments: [
            // 120 − 45 − 30 = 45; 35 is not it.
            ("De dienst behandelde 120 bezwaren. In 45 daarvan kreeg de indiener gelijk, in 30 gedeeltelijk en in de "
                + "overige 45 niet.", Verdict.consistent),
            ("De dienst behandelde 120 bezwaren. In 45 daarvan kreeg de indiener gelijk, in 30 gedeeltelijk en in de "
                + "overige 35 niet.", .inconsistent),
        ])
    func carriedListRest(text: String, expected: Verdict) throws {
        let written = expected == .consistent ? "45" : "35"
        let found = try #require(try verified(text).last { $0.written == written })
        #expect(found.kind == .sum)
        #expect(found.verdict == expected, "\(reason(found))")
        // The total before is no claim of its own: the rest is.
        #expect(try verified(text).allSatisfy { $0.written != "120" || $0.verdict != .inconsistent })
    }

    @Test(
        "A list not tied to the sentence before, or after two counts, raises no alarm",
        arguments: [
            // 'In 45 gevallen': no word ties the list to the 120.
            "De dienst behandelde 120 bezwaren. In 45 gevallen kreeg de indiener gelijk, in 30 gedeeltelijk en in de "
                + "overige 35 niet.",
            // Two counts before: which whole 'daarvan' takes is not said.
            "De dienst behandelde 120 bezwaren en 40 klachten. In 45 daarvan kreeg de indiener gelijk, in 30 "
                + "gedeeltelijk en in de overige 35 niet.",
        ])
    func carriedListRestNearMisses(text: String) throws {
        #expect(try alarms(text).isEmpty)
    }

    // MARK: 'Samen is dat P%'

    @Test(
        "'Samen is dat P%' is the share of the parts' sum in the whole the sentence before divides",
        arguments: [
            // 29,9 + 20,1 = 50,0 of 62,0 is 80,6%: 81%; the rounded shares beside them (48% and 32%) add up to 80.
            ("Van de € 62,0 miljoen gaat € 29,9 miljoen naar onderhoud (48%) en € 20,1 miljoen naar nieuwbouw (32%). "
                + "Samen is dat 81% van het budget.", "81%", Verdict.consistent),
            ("Van de € 62,0 miljoen gaat € 29,9 miljoen naar onderhoud (48%) en € 20,1 miljoen naar nieuwbouw (32%). "
                + "Samen is dat 80% van het budget.", "80%", .inconsistent),
            // In the sentence of the split: 500 + 450 = 950 of 1.200 is 79,2%: 79%, not 85%.
            ("Van de 1.200 meldingen kwamen er 500 uit Utrecht en 450 uit Arnhem, samen 79% van het totaal.", "79%",
                .consistent),
            ("Van de 1.200 meldingen kwamen er 500 uit Utrecht en 450 uit Arnhem, samen 85% van het totaal.", "85%",
                .inconsistent),
        ])
    func summedPartsShare(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("'Samen is dat P%' after no whole divided into parts stays unverifiable")
    func summedPartsShareNearMiss() throws {
        let found = try claim("80%", in: "De gemeente kreeg € 62,0 miljoen. Samen is dat 80% van het budget.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test("'samen P%' with a whole of its own after it is no share of the sentence's split")
    func summedPartsShareOtherWhole() throws {
        // 950 of the 6.000 named after it is 15,8%: 16% is no share of the 1.200.
        #expect(
            try alarms(
                "Van de 1.200 meldingen kwamen er 500 uit Utrecht en 450 uit Arnhem, samen 16% van de 6.000 meldingen "
                    + "in de provincie."
            ).isEmpty)
    }
}
