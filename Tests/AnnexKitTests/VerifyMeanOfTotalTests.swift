import Testing

@testable import AnnexKit

/// A mean per one of a unit whose total and count the passage gives (issue 11): the total's noun may follow a
/// modifier ('9.840 schriftelijke klachten' for 'klachten per vestiging'), and a mean per day of a named month or of
/// a whole year with its number spreads the total over that period's days. In doubt, unverifiable.
@Suite("Verify: a mean of a total over a count or over the days of a period")
struct VerifyMeanOfTotalTests {
    @Test(
        "A mean whose noun is the head of its total's phrase is the total over the count of its unit",
        arguments: [
            // Complaints: 9.840 / 16 = 615; 651 is planted.
            ("Bij 16 vestigingen kwamen 9.840 schriftelijke klachten binnen, gemiddeld 615 klachten per vestiging.",
                "615", Verdict.consistent, 615.0),
            ("Bij 16 vestigingen kwamen 9.840 schriftelijke klachten binnen, gemiddeld 651 klachten per vestiging.",
                "651", .inconsistent, 615.0),
            // Ferries: 61.250 / 25 = 2.450; 2.540 is planted.
            ("Op 25 veerponten werden 61.250 betalende passagiers vervoerd, gemiddeld 2.450 passagiers per veerpont.",
                "2.450", .consistent, 2_450.0),
            ("Op 25 veerponten werden 61.250 betalende passagiers vervoerd, gemiddeld 2.540 passagiers per veerpont.",
                "2.540", .inconsistent, 2_450.0),
        ])
    func headOfTotal(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "A mean per day of a named month or a numbered year is the total over its days",
        arguments: [
            // April has 30 days: 2.340 / 30 = 78; 75 is planted.
            ("In april meldden zich 2.340 bezoekers bij de balie, gemiddeld 78 per dag.", "78", Verdict.consistent,
                78.0),
            ("In april meldden zich 2.340 bezoekers bij de balie, gemiddeld 75 per dag.", "75", .inconsistent, 78.0),
            // February of a leap year has 29 days: 1.160 / 29 = 40.
            ("In februari 2024 kwamen 1.160 aanvragen binnen, gemiddeld 40 per dag.", "40", .consistent, 40.0),
            // A leap year has 366 days: 36.600 / 366 = 100,0 (over 365 it would be 100,27…).
            ("Over 2024 reed de dierenambulance 36.600 ritten, gemiddeld 100,0 per dag.", "100,0", .consistent,
                100.0),
            // A common year has 365: 36.600 / 365 = 100,27…, so 100,3; 100,0 is planted.
            ("Over 2023 reed de dierenambulance 36.600 ritten, gemiddeld 100,3 per dag.", "100,3", .consistent,
                36_600.0 / 365.0),
            ("Over 2023 reed de dierenambulance 36.600 ritten, gemiddeld 100,0 per dag.", "100,0", .inconsistent,
                36_600.0 / 365.0),
        ])
    func perDay(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt unverifiable: another noun, an unknown number of days, no period, a single value hedged",
        arguments: [
            // The mean counts bicycles, the total passengers.
            ("Op 25 veerponten werden 61.250 betalende passagiers vervoerd, gemiddeld 2.450 fietsen per veerpont.",
                "2.450"),
            // February of which year: 28 or 29 days.
            ("In februari kwamen 1.160 aanvragen binnen, gemiddeld 40 per dag.", "40"),
            // 'vorig jaar' gives no number: 365 or 366 days.
            ("Vorig jaar reed de dierenambulance 36.600 ritten, gemiddeld 100 per dag.", "100"),
            // 'sinds' names a part of a period.
            ("Sinds april meldden zich 2.340 bezoekers bij de balie, gemiddeld 78 per dag.", "78"),
            // Two months.
            ("In mei en juni meldden zich 3.660 bezoekers bij de balie, gemiddeld 60 per dag.", "60"),
            // No period at all.
            ("De helpdesk beantwoordde 8.400 vragen, gemiddeld 23 per dag.", "23"),
            // A mean per working day: the working days are not given.
            ("In april meldden zich 2.340 bezoekers bij de balie, gemiddeld 117 per werkdag.", "117"),
            // 'gemiddeld' hedges one value with nothing to divide.
            ("Een intakegesprek duurde in april gemiddeld 46 minuten.", "46"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
