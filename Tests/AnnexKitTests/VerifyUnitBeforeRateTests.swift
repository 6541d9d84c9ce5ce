import Testing

@testable import AnnexKit

/// A mean or rate per a unit named before its number (issue 11): 'per', or a preposition and a word of 'each' ('op
/// iedere', 'voor elke', 'tegenover iedere'), opens its clause; the total and the units stand as counts in the
/// paragraph before it, or in the stretch before it that 'dat' takes ('…; per medewerker waren dat er 1.650'). In
/// doubt, unverifiable.
@Suite("Verify: a rate per a unit named before its number")
struct VerifyUnitBeforeRateTests {
    @Test(
        "A rate whose unit stands before its number is the total over the units",
        arguments: [
            // A food bank, 'Per' opening the clause, no 'gemiddeld': 18.720 / 312 = 60.
            ("De voedselbank deelde in 2024 18.720 pakketten uit. Er waren 312 vaste afnemers. Per afnemer werden "
                + "zo 60 pakketten verstrekt.", "60", Verdict.consistent, 60.0),
            // Planted: 65 is no rounding of 60.
            ("De voedselbank deelde in 2024 18.720 pakketten uit. Er waren 312 vaste afnemers. Per afnemer werden "
                + "zo 65 pakketten verstrekt.", "65", .inconsistent, 60.0),
            // 'op iedere' with a modifier that tells the two counts apart: 9.600 / 2.400 = 4.
            ("De veiling verkocht 9.600 binnenlandse kavels en 2.400 buitenlandse kavels. Op iedere buitenlandse "
                + "kavel gingen vier binnenlandse kavels onder de hamer.", "vier", .consistent, 4.0),
            ("De veiling verkocht 9.600 binnenlandse kavels en 2.400 buitenlandse kavels. Op iedere buitenlandse "
                + "kavel gingen vijf binnenlandse kavels onder de hamer.", "vijf", .inconsistent, 4.0),
            // 'tegenover iedere', a date between the unit and the number: 5.750 / 230 = 25.
            ("Eind 2024 telde het district 5.750 actieve leden en 230 scheidsrechters. Tegenover iedere "
                + "scheidsrechter stonden eind 2024 25 leden.", "25", .consistent, 25.0),
            ("Eind 2024 telde het district 5.750 actieve leden en 230 scheidsrechters. Tegenover iedere "
                + "scheidsrechter stonden eind 2024 23 leden.", "23", .inconsistent, 25.0),
            // 'voor elke': 420 / 140 = 3.
            ("Het asiel plaatste vorig jaar 420 katten en 140 honden. Voor elke hond vond het asiel drie katten een "
                + "nieuw thuis.", "drie", .consistent, 3.0),
            // The counts in the stretch before that 'dat' takes, the number counted by 'er': 62.700 / 38 = 1.650.
            ("Het servicepunt telde 38 medewerkers en beantwoordde 62.700 vragen; per medewerker waren dat er 1.650.",
                "1.650", .consistent, 1_650.0),
            // Planted: 1.900 is 62.700 / 33.
            ("Het servicepunt telde 38 medewerkers en beantwoordde 62.700 vragen; per medewerker waren dat er 1.900.",
                "1.900", .inconsistent, 1_650.0),
        ])
    func quotient(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test(
        "In doubt unverifiable: two totals, two unit counts, other years, a mean of means, two plain counts for 'er'",
        arguments: [
            // 'pakketten' names two counts.
            ("De voedselbank deelde 18.720 pakketten met voedsel en 4.100 pakketten met verzorgingsproducten uit. Er "
                + "waren 312 vaste afnemers. Per afnemer werden zo 60 pakketten verstrekt.", "60"),
            // 'hond' names two counts.
            ("Het asiel plaatste 420 katten, 140 honden uit de regio en 60 honden uit het buitenland. Voor elke hond "
                + "vond het asiel drie katten een thuis.", "drie"),
            // The members are of 2023, the referees of 2024.
            ("In 2023 telde het district 5.750 leden. In 2024 waren er 230 scheidsrechters. Tegenover iedere "
                + "scheidsrechter stonden 25 leden.", "25"),
            // 360 is a mean of the schools itself, no total of pupils: 360 / 600 is no mean per teacher.
            ("De 24 scholen telden gemiddeld 360 leerlingen. Er werkten 600 docenten. Per docent waren dat er "
                + "gemiddeld 14 leerlingen.", "14"),
            ("De 24 scholen telden gemiddeld 360 leerlingen. Er werkten 600 docenten. Per docent waren er 14 "
                + "leerlingen.", "14"),
            // 'er' may count the questions or the locations: two plain counts besides the staff.
            ("Het servicepunt telde 38 medewerkers en 4 locaties en beantwoordde 62.700 vragen; per medewerker waren "
                + "dat er 1.650.", "1.650"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test("A percentage after a unit named before it is no rate of the counts before")
    func percentIsNoRate() throws {
        let text = "De voedselbank deelde 18.720 pakketten uit aan 312 afnemers. Per afnemer was 60 procent van de "
            + "pakketten vers."
        let found = try verified(text).filter { $0.written.contains("60") }
        #expect(!found.contains { $0.kind == .ratio && $0.verdict != .unverifiable }, "\(found.map(reason))")
    }
}
