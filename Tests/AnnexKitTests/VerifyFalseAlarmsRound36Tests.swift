import Testing

@testable import AnnexKit

/// The thirty-sixth round (C): seven false alarms on new unseen prose, each of another cause, mended by structure.
@Suite("Verify: false alarms of the thirty-sixth round")
struct VerifyFalseAlarmsRound36Tests {
    // MARK: A list begun a sentence earlier

    @Test(
        "Counts of the sentence before that fall short of the total may continue a list the sentence before began",
        arguments: [
            // 120 + 250 + 30 = 400.
            ("De gemeente gaf € 120 mln uit aan onderwijs. Aan zorg was dat € 250 mln en aan cultuur € 30 mln. Samen "
                + "ging het om € 400 mln.", "€ 400 mln", Verdict.consistent),
            // 40 + 35 + 45 = 120.
            ("In januari kwamen 40 meldingen binnen. In februari waren het er 35 en in maart 45. Opgeteld ging het om "
                + "120 meldingen.", "120", .consistent),
            // 400 is no sum of the three either (390), but the list is read by position only: it never contradicts.
            ("De gemeente gaf € 110 mln uit aan onderwijs. Aan zorg was dat € 250 mln en aan cultuur € 30 mln. Samen "
                + "ging het om € 400 mln.", "€ 400 mln", .unverifiable),
            // 250 + 30 = 280 is more than 260 already: the sentence before is its list, and it is wrong.
            ("De gemeente gaf € 120 mln uit aan onderwijs. Aan zorg was dat € 250 mln en aan cultuur € 30 mln. Samen "
                + "ging het om € 260 mln.", "€ 260 mln", .inconsistent),
        ])
    func listBegunEarlier(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: An item the article counts

    @Test(
        "In a list counted in words, 'een' after ',' or 'en' counts one item",
        arguments: [
            // 3 + 1 + 4 = 8.
            ("Het asiel vond een nieuw thuis voor drie katten, een hond en vier konijnen: samen acht dieren.", "acht",
                Verdict.consistent),
            ("Het asiel vond een nieuw thuis voor drie katten, een hond en vier konijnen: samen negen dieren.",
                "negen", .inconsistent),
            // 2 + 5 + 1 = 8, the article last.
            ("Op de boerderij werden twee kalveren, vijf lammeren en een veulen geboren, samen acht jongen.", "acht",
                .consistent),
            // An 'een' after the total counts nothing: 2 + 3 = 5.
            ("Er kwamen twee tijgers en drie pinguïns bij: samen vijf jongen, een mooi resultaat.", "vijf",
                .consistent),
        ])
    func articleCounts(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A base in digits compared with a count in words

    @Test(
        "A base in digits takes the nearest value in digits, not a count in words before it",
        arguments: [
            // 12.600 / 12.000 − 1 = +5%.
            ("Met 12.600 deelnemers in vier weekenden trok de cursus 5% meer mensen dan vorig jaar (12.000).",
                "5%", Verdict.consistent),
            ("Met 12.600 deelnemers in vier weekenden trok de cursus 8% meer mensen dan vorig jaar (12.000).",
                "8%", .inconsistent),
        ])
    func baseInDigits(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: Years counted back

    @Test(
        "A change against a base years back that its values do not span takes no pair of another sentence",
        arguments: [
            // 7,4 − 6,9 = 0,5.
            ("Het verloop onder leraren lag in 2024 op 7,4% (2023: 6,9%), een stijging van 0,5 procentpunt. Bij de "
                + "ondersteuners ligt het verloop 1,8 procentpunt lager dan tien jaar geleden.", "0,5 procentpunt",
                Verdict.consistent),
            ("Het verloop onder leraren lag in 2024 op 7,4% (2023: 6,9%), een stijging van 0,5 procentpunt. Bij de "
                + "ondersteuners ligt het verloop 1,8 procentpunt lager dan tien jaar geleden.", "1,8 procentpunt",
                .unverifiable),
            // One year back is the pair's year: 0,9 is wrong (0,5).
            ("Het verloop lag in 2024 op 7,4% (2023: 6,9%). Dat is 0,9 procentpunt hoger dan een jaar eerder.",
                "0,9 procentpunt", .inconsistent),
        ])
    func yearsBack(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A share of a whole its words name

    @Test(
        "A percentage of a named whole in a clause with no direction is a share, not the sentence's change",
        arguments: [
            "Het aandeel gezinnen dat meer dan 30 procent van het inkomen aan huur kwijt is, daalde van 22 naar 19 "
                + "procent.",
            "Wie minder dan 10 procent van de uren aanwezig was, kreeg geen certificaat; dat aantal steeg met 40.",
        ])
    func shareOfNamedWhole(text: String) throws {
        let found = try verified(text)
        let bounds = found.filter { [30, 10].contains($0.claimedValue) }
        let shown = found.map { "\($0.kind) \($0.written)" }
        #expect(!bounds.isEmpty && bounds.allSatisfy { $0.kind != .change }, "\(shown)")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(shown)")
    }

    @Test(
        "A percentage before 'van' and a value, or in a clause of change, is still a change",
        arguments: [
            // 200 → 224: +12%.
            ("Het aantal meldingen steeg met 12 procent van 200 naar 224.", "12 procent", Verdict.consistent),
            // 5,0 → 4,0 miljoen: −20%; no bound, so the percentage of a named whole keeps the sentence's direction.
            ("Het fonds daalde van 5,0 miljoen euro naar 4,0 miljoen euro; een onttrekking van 1,0 miljoen euro, 20 "
                + "procent van de beginstand.", "20 procent", .consistent),
            // 22 → 19 is −3 points, not −3%: the diagnosis the planted mistake gets.
            ("Het aandeel gezinnen dat meer dan 30 procent van het inkomen aan huur kwijt is, daalde van 22 naar 19 "
                + "procent. Een daling van 3 procent.", "3 procent", .inconsistent),
        ])
    func stillAChange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: Amounts of money in a count's parenthesis

    @Test("Amounts of money in the parenthesis after a plain count bound a class; they split nothing")
    func classBounds() throws {
        let text = "Er zijn 1.200 woningen middelduur (€ 700 – € 900) en 800 woningen duur (boven € 900)."
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum }, "\(found.map { "\($0.kind) \($0.written)" })")
    }

    @Test("Counts in the parenthesis after a count still split it")
    func countsStillSplit() throws {
        // 1.380 + 1.020 = 2.400.
        let text = "In totaal kregen 2.400 inwoners hulp (1.380 via het wijkteam en 1.020 via de huisarts)."
        try expectVerdict(.consistent, of: "2.400", in: text)
    }

    // MARK: A pair on the claim's own line

    @Test(
        "A sentence over several lines ties a change to the pair of its own line",
        arguments: [
            // 90.000 → 96.000: +6,7%.
            ("Aanvragen per regeling\nHuurtoeslag: 96.000 (2023: 90.000), +6,7%\nZorgtoeslag: 150.000 (2023: 160.000)",
                "+6,7%", Verdict.consistent),
            ("Aanvragen per regeling\nHuurtoeslag: 96.000 (2023: 90.000), +8,0%\nZorgtoeslag: 150.000 (2023: 160.000)",
                "+8,0%", .inconsistent),
        ])
    func pairOnOwnLine(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
