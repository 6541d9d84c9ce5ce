import Testing

@testable import AnnexKit

/// The thirty-fourth round (A): a share whose part is counted in the noun of the count the sentence before is about,
/// and a share after a sentence whose part and whole stand beside a count of time.
@Suite("Verify: a share of the count the sentence before is about")
struct VerifyCountedWholeTests {
    // MARK: The part in the whole's noun

    @Test(
        "A share tied to the one count of its sentence takes the count of that noun the sentence before is about",
        arguments: [
            // 138 / 460 = 30,0%; 35% is not it.
            ("In 2025 controleerde de dienst 460 bedrijven. Bij 138 bedrijven vond zij gebreken; dat is 30 procent.",
                "30 procent", Verdict.consistent),
            ("In 2025 controleerde de dienst 460 bedrijven. Bij 138 bedrijven vond zij gebreken; dat is 35 procent.",
                "35 procent", .inconsistent),
            // 205 / 820 = 25,0%: 'een op de vier'; 'een op de drie' is 33,3%.
            ("Het team behandelde 820 dossiers. In 205 dossiers ontbrak een plan. Dat is een op de vier.",
                "een op de vier", .consistent),
            ("Het team behandelde 820 dossiers. In 205 dossiers ontbrak een plan. Dat is een op de drie.",
                "een op de drie", .inconsistent),
            // 'van hen' names the count before as the whole: 100 / 480 = 20,8%, above 20.
            ("Het team sprak 480 ouders. Ruim 20 procent van hen, 100 ouders, wilde meer hulp.", "Ruim 20 procent",
                .consistent),
            ("Het team sprak 480 ouders. Ruim 30 procent van hen, 100 ouders, wilde meer hulp.", "Ruim 30 procent",
                .inconsistent),
        ])
    func partInWholeNoun(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share whose part counts another noun, another year or more than the count before stays unverifiable",
        arguments: [
            // 'klachten' are no 'bedrijven': what whole the share takes is not said.
            ("In 2025 controleerde de dienst 460 bedrijven. Er kwamen 138 klachten binnen; dat is 35 procent.",
                "35 procent"),
            // Another year: a level of another time, no part.
            ("In 2024 controleerde de dienst 460 bedrijven. In 2025 waren het 138 bedrijven; dat is 35 procent.",
                "35 procent"),
            // The share names a whole of its own ('van het totaal') the text does not give.
            ("In 2025 controleerde de dienst 460 bedrijven. Bij 138 bedrijven vond zij gebreken; dat is 35 procent "
                + "van het totaal.", "35 procent"),
            // Two regions' counts side by side: Zuid's 138 may be a sibling of Noord's 460, no part of it.
            ("Noord telde 460 bedrijven. Zuid telde 138 bedrijven; dat is 35 procent.", "35 procent"),
            // A part larger than the count before is no part of it.
            ("In 2025 controleerde de dienst 460 bedrijven. Bij 520 bedrijven vond zij gebreken; dat is 35 procent.",
                "35 procent"),
        ])
    func partInWholeNounNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict != .inconsistent, "\(reason(found))")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A count of time beside the part and whole

    @Test(
        "A count of time ('binnen acht weken') beside 'Van de W … M' leaves W and M the part and whole",
        arguments: [
            // 1.530 / 1.800 = 85,0%; 80% is not it.
            ("Van de 1.800 bezwaren werden er 1.530 binnen acht weken beslist. Dat is 85 procent.", "85 procent",
                Verdict.consistent),
            ("Van de 1.800 bezwaren werden er 1.530 binnen acht weken beslist. Dat is 80 procent.", "80 procent",
                .inconsistent),
        ])
    func countOfTime(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Three counts that are no count of time give no part and whole for the next sentence")
    func threeCounts() throws {
        // 1.800, 1.530 and 240: which two are part and whole is not said.
        let found = try claim(
            "80 procent", in: "Van de 1.800 bezwaren werden er 1.530 door 240 juristen beslist. Dat is 80 procent.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A group size that closes the share's clause

    @Test(
        "A group size closing the clause of a share whose whole opens the sentence is the share's part",
        arguments: [
            // 594 / 1.080 = 55,0%; 52% is not it.
            ("Van de 1.080 ondervraagden noemde 55 procent de wachttijd te lang (n = 594).", "55 procent",
                Verdict.consistent),
            ("Van de 1.080 ondervraagden noemde 52 procent de wachttijd te lang (n = 594).", "52 procent",
                .inconsistent),
        ])
    func closingGroupSize(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A group size that is the share's only count, or that a 'van' names as a group, is no part",
        arguments: [
            // No whole opens the sentence: the size is the group the share is of, not a part of another.
            ("In de wijk noemde 52 procent de wachttijd te lang (n = 594).", "52 procent"),
            // 'van de bewoners (n = 594)' names the group the size counts.
            ("Van de 1.080 ondervraagden noemde 52 procent de wachttijd van de bewoners (n = 594) te lang.",
                "52 procent"),
        ])
    func closingGroupSizeNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict != .inconsistent, "\(reason(found))")
    }
}
