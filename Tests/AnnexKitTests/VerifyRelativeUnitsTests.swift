import Testing

@testable import AnnexKit

/// A factor or a change in percent between values in two units of measure (`RelativeUnits`): read with both in one
/// unit where they go into each other exactly (weeks in days, tons in kilos), else `unverifiable`, never
/// `inconsistent`.
@Suite("Verify: a factor or change between values in two units")
struct VerifyRelativeUnitsTests {
    @Test(
        "Two units of one family: both in the least",
        arguments: [
            // 4 weeks = 28 days; 28 / 7 = 4: 'vier', not 'zeven'.
            ("Een sprint van het team duurt 7 dagen, een release 4 weken. Een release duurt daarmee vier keer zo "
                + "lang.", "vier keer zo lang", Verdict.consistent),
            ("Een sprint van het team duurt 7 dagen, een release 4 weken. Een release duurt daarmee zeven keer zo "
                + "lang.", "zeven keer zo lang", .inconsistent),
            // 3 weeks = 21 days → 28 days: +33,3%; 50 is wrong.
            ("De levertijd van de onderdelen liep op van 3 weken naar 28 dagen, een toename van 33 procent.",
                "33 procent", .consistent),
            ("De levertijd van de onderdelen liep op van 3 weken naar 28 dagen, een toename van 50 procent.",
                "50 procent", .inconsistent),
        ])
    func oneFamily(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Units that do not go into each other exactly leave the factor open")
    func otherFamilies() throws {
        // 45 days against 3 months: no exact factor.
        try expectUnverifiable(
            "twee keer zo lang",
            in: "Een proef op het veld duurt 45 dagen, een proef in de kas 3 maanden. De proef in de kas duurt dus "
                + "twee keer zo lang.")
    }

    @Test("Values in one unit are read as before")
    func oneUnit() throws {
        try expectVerdict(
            .consistent, of: "25 procent",
            in: "De levertijd van de onderdelen liep op van 12 naar 15 dagen, een toename van 25 procent.")
    }
}
