import Testing

@testable import AnnexKit

/// The thirtieth round's false alarms found by the lead on new text, in sentences of my own: a change said of a time
/// to come ('De raming is dat …') tied by 'dat' to the pair of the sentence before; a difference ('120 meer dan
/// vorig jaar') taken as the part of a share in its sentence; the rows of a table whose first row stands on its
/// title's line, summed without that row against their total.
@Suite("Verify: forecasts, differences beside a share, and rows after a line with numbers")
struct VerifyNewTextAlarmsRound30Tests {
    /// 'De huur steeg van 800 naar 880 euro': +10%.
    private static let pair = "De gemiddelde huur steeg van 800 naar 880 euro per maand."

    @Test(
        "A change said of a time to come is no restatement of the pair before",
        arguments: [
            "De raming is dat die volgend jaar nog eens 4 procent stijgt.",
            "Wij verwachten dat de huur komend jaar met 3 procent toeneemt.",
            "Het fonds voorspelt dat die in de komende jaren 6 procent stijgt.",
        ])
    func forecastTakesNoPair(sentence: String) throws {
        let text = Self.pair + " " + sentence
        let claims = try verified(text)
        #expect(claims.allSatisfy { $0.verdict != .inconsistent }, "\(claims.map(reason))")
    }

    @Test(
        "A change that restates the pair through 'dat' keeps its reading",
        arguments: [
            // 80 / 800 = +10%.
            ("Dat betekent dat die 10 procent steeg.", Verdict.consistent),
            ("Dat betekent dat die 12 procent steeg.", .inconsistent),
        ])
    func restatementKeepsPair(sentence: String, expected: Verdict) throws {
        try expectClaim(
            expected == .consistent ? "10 procent" : "12 procent", in: Self.pair + " " + sentence, kind: .change,
            verdict: expected)
    }

    @Test(
        "A difference beside a share is no part of it; the sentence before gives the part",
        arguments: [
            // 1.470 / 21.000 = 7%.
            ("In 2025 vroegen 1.470 gezinnen bijzondere bijstand aan. Dat is 7% van alle 21.000 gezinnen in de "
                + "gemeente en 120 meer dan vorig jaar.", Verdict.consistent),
            ("In 2025 vroegen 1.470 gezinnen bijzondere bijstand aan. Dat is 9% van alle 21.000 gezinnen in de "
                + "gemeente en 120 meer dan vorig jaar.", .inconsistent),
        ])
    func differenceIsNoPart(text: String, expected: Verdict) throws {
        try expectClaim(expected == .consistent ? "7%" : "9%", in: text, kind: .share, verdict: expected)
    }

    @Test("A share with only a difference beside it and no part before it stays unverifiable")
    func differenceAloneGivesNoShare() throws {
        let text = "Dat is 7% van alle 21.000 gezinnen in de gemeente en 120 meer dan vorig jaar."
        #expect(try claim("7%", in: text).verdict == .unverifiable)
    }

    /// Rows of a table on lines of their own, the first on the line of the table's title.
    private static func table(total: String) -> String {
        """
        Overzicht 3.4 Bezoekers per vestiging (2025)
        Centrale bibliotheek    48.200
        Bibliotheek Noord       12.650
        Bibliotheek Zuid         9.870
        Totaal                  \(total)
        """
    }

    @Test("Rows right after a line with numbers may be the end of a longer list: their total is not contradicted")
    func rowsAfterNumbersConfirmOnly() throws {
        // 48.200 + 12.650 + 9.870 = 70.720; the two rows read as a list give 22.520.
        let found = try claim("70.720", in: Self.table(total: "70.720"))
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }

    @Test(
        "Rows under a title without numbers keep their total",
        arguments: [("70.720", Verdict.consistent), ("71.720", .inconsistent)])
    func rowsUnderPlainTitle(total: String, expected: Verdict) throws {
        let text = """
            Bezoekers per vestiging
            Centrale bibliotheek    48.200
            Bibliotheek Noord       12.650
            Bibliotheek Zuid         9.870
            Totaal                  \(total)
            """
        try expectClaim(total, in: text, kind: .sum, verdict: expected)
    }
}
