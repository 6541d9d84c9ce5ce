import Foundation
import Testing

@testable import AnnexKit

/// Two levels that years label and a verb of being or having states, beside a change word that belongs to another
/// number of the sentence (', een toename van 5,4 procentpunt'): the levels stay levels and are the pair of that
/// change. In words of their own, both ways, and the near misses.
@Suite("verify: levels beside a change word")
struct VerifyLevelsBesideChangeTests {
    @Test(
        "Two dated levels are the pair of the change in the apposition after them",
        arguments: [
            // 31,5 → 36,9 procent: 5,4 procentpunt.
            ("In 2021 had 31,5 procent van de huishoudens een warmtepomp; in 2023 was dat 36,9 procent, een toename "
                + "van 5,4 procentpunt.", "5,4 procentpunt", Verdict.consistent),
            // The later level restates the earlier by 'was dat': the two are bound, and a wrong amount is caught
            // (the twenty-fourth round (C); before, tied by position only, it was `unverifiable`).
            ("In 2021 had 31,5 procent van de huishoudens een warmtepomp; in 2023 was dat 36,9 procent, een toename "
                + "van 6,4 procentpunt.", "6,4 procentpunt", .inconsistent),
            // 24 → 27 procent: 3 procentpunt, 3 / 24 = 12,5 procent.
            ("In 2019 lag het aandeel fietsers op 24 procent; in 2022 bedroeg het 27 procent, een stijging van 3 "
                + "procentpunt.", "3 procentpunt", .consistent),
            ("In 2019 lag het aandeel fietsers op 24 procent; in 2022 bedroeg het 27 procent, een stijging van 12,5 "
                + "procent.", "12,5 procent", .consistent),
            ("In 2019 lag het aandeel fietsers op 24 procent; in 2022 bedroeg het 27 procent, een stijging van 3 "
                + "procent.", "3 procent", .inconsistent),
            // 1.240 → 1.410: +170, 170 / 1.240 = 13,7 procent.
            ("In 2020 waren er 1.240 meldingen; in 2022 waren dat er 1.410, een stijging van 14 procent.",
             "14 procent", .consistent),
            ("In 2020 waren er 1.240 meldingen; in 2022 waren dat er 1.410, een stijging van 17 procent.",
             "17 procent", .inconsistent),
            // 800 → 920: +120, 120 / 800 = 15 procent.
            ("In 2018 had de vereniging 800 leden; in 2023 waren het er 920, een groei van 15 procent.",
             "15 procent", .consistent),
        ])
    func levelsThenChange(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "The levels themselves are no changes",
        arguments: [
            ("In 2021 had 31,5 procent van de huishoudens een warmtepomp; in 2023 was dat 36,9 procent, een toename "
                + "van 5,4 procentpunt.", "36,9 procent"),
            ("In 2021 had 31,5 procent van de huishoudens een warmtepomp; in 2023 was dat 36,9 procent, een toename "
                + "van 5,4 procentpunt.", "31,5 procent"),
            ("In 2019 lag het aandeel fietsers op 24 procent; in 2022 bedroeg het 27 procent, een stijging van 3 "
                + "procentpunt.", "24 procent"),
        ])
    func levelsStayLevels(text: String, written: String) throws {
        let found = try verified(text).first { $0.written == written }
        #expect(found?.kind != .change)
    }

    @Test("Near miss: the number after 'met' in a clause with a year is the change")
    func changeAfterMet() throws {
        let found = try claim("5,4 procent", in: "In 2023 steeg het aandeel met 5,4 procent.")
        #expect(found.kind == .change)
    }

    @Test(
        "Near miss: levels of different measures are no pair",
        arguments: [
            ("In 2021 had 31,5 procent van de huishoudens een warmtepomp; in 2023 was 36,9 procent van de woningen "
                + "goed geïsoleerd, een toename van 2 procentpunt.", "2 procentpunt"),
            ("In 2020 waren er 1.240 meldingen; in 2022 waren er 1.410 boetes, een stijging van 17 procent.",
             "17 procent"),
        ])
    func differentMeasures(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }
}
