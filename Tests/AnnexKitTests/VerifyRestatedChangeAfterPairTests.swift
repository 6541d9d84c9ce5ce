import Testing

@testable import AnnexKit

/// A change restated after the sentence or clause that gives its two values ('Dat is een daling van P procent', 'Dat
/// is zo'n kwart minder', '… met N ofwel P procent', '…; de politie spreekt van een daling van …'): the fraction after
/// 'zo'n', the hedge that holds its article; a year in a later clause that a conjunction opens ('…, maar het aantal
/// ligt nog boven het niveau van 2019'), which dates that clause and not the change; the amount after 'met' that the
/// percentage restates after 'ofwel', no value of the pair; a clause after ';' with no number of its own, read by
/// position after the one pair before it. Near cases stay `unverifiable`: two pairs before, a base year in the
/// change's own clause, no pair before the restated amount, a wrong size after ';' (by position it only confirms), a
/// count of its own or another number after ';'; a level restated by 'ofwel' stays a value, and 'zo'n kwart van de …'
/// a share.
@Suite("Verify: a change restated after the sentence that gives its two values")
struct VerifyRestatedChangeAfterPairTests {
    @Test(
        "'zo'n' before a fraction is a hedge of about with the count of one",
        arguments: [
            // 480 → 360: (360 − 480) / 480 = −25%; 'zo'n' is about, 'een derde' is planted (−33,3%).
            ("Het aantal klachten daalde van 480 in 2023 naar 360 in 2024. Dat is zo'n kwart minder.", "zo'n kwart",
                Verdict.consistent, -25.0),
            ("Het aantal klachten daalde van 480 in 2023 naar 360 in 2024. Dat is zo'n derde minder.", "zo'n derde",
                .inconsistent, -25.0),
            // 150 → 200: +33,3%.
            ("De bibliotheek telde in 2022 150 vrijwilligers en in 2024 200. Dat is zo'n derde meer.", "zo'n derde",
                .consistent, 33.333),
        ])
    func hedgedArticle(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected, value: value)
    }

    @Test("'zo'n kwart van de …' is a share of a whole, no change")
    func hedgedShare() throws {
        // 52 of 200 = 26%, about a quarter.
        let text = "Van de 200 leden kwamen er 52 naar de vergadering. Dat is zo'n kwart van de leden."
        try expectClaim("zo'n kwart", in: text, kind: .share, verdict: .consistent, value: 26.0)
    }

    @Test(
        "A year in a later clause that a conjunction opens dates that clause, not the change",
        arguments: [
            // 64 → 52: (52 − 64) / 64 = −18,75%; 21,5 is planted.
            ("In 2025 waren er 52 inbraken, tegen 64 in 2024. Dat is een daling van 18,8 procent, maar het aantal ligt "
                + "nog boven het niveau van 2019.", "18,8 procent", Verdict.consistent, -18.75),
            ("In 2025 waren er 52 inbraken, tegen 64 in 2024. Dat is een daling van 21,5 procent, maar het aantal ligt "
                + "nog boven het niveau van 2019.", "21,5 procent", .inconsistent, -18.75),
            // 250 → 270: +8%.
            ("In 2025 telde de club 270 leden, tegen 250 in 2024. Dat is een stijging van 8 procent, terwijl het "
                + "ledental in 2018 nog daalde.", "8 procent", .consistent, 8.0),
        ])
    func yearOfConjoinedClause(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected, value: value)
    }

    @Test(
        "In doubt no pair: a year in the change's own clause, two pairs before",
        arguments: [
            // The change names 2019 as its own base: not the pair of 2024 and 2025 (−18,75%, which found it
            // inconsistent before).
            ("In 2025 waren er 52 inbraken, tegen 64 in 2024. Dat is een daling van 40 procent ten opzichte van "
                + "2019.", "40 procent"),
            // Two pairs before: which one the change restates the words do not tell (the last gives −16,7%).
            ("In 2025 waren er 52 inbraken, tegen 64 in 2024, en 30 diefstallen, tegen 36 in 2024. Dat is zo'n vijfde "
                + "minder.", "zo'n vijfde"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test(
        "The amount a percentage restates after 'ofwel' is the change's size, no value of the pair",
        arguments: [
            // 400 → 430: +30, +7,5%; 9,5 is planted.
            ("De omzet bedroeg € 430.000, tegenover € 400.000 in 2023. Daarmee steeg de omzet met € 30.000 ofwel "
                + "7,5 procent.", "7,5 procent", Verdict.consistent, 7.5),
            ("De omzet bedroeg € 430.000, tegenover € 400.000 in 2023. Daarmee steeg de omzet met € 30.000 ofwel "
                + "9,5 procent.", "9,5 procent", .inconsistent, 7.5),
        ])
    func restatedAmount(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected, value: value)
    }

    @Test("A level restated by 'ofwel' as a difference stays a value of the change")
    func restatedLevel() throws {
        // 730 → 810: +80; the level before 'ofwel' is no change's amount after 'met' (left out, the memo's label 2
        // was taken for the end).
        let text = "Vraag 2: Hoeveel gezinnen stonden eind 2025 op de wachtlijst? Antwoord: eind 2025 waren dat er "
            + "810, ofwel 80 meer dan een jaar eerder (730)."
        try expectVerdict(.consistent, of: "80", in: text)
    }

    @Test("A restated amount with no pair before it leaves the change unverifiable")
    func restatedAmountWithoutPair() throws {
        // One value before: the start is given, the end is not; neither claim is checked.
        let text = "De omzet bedroeg vorig jaar € 400.000. Daarmee steeg de omzet met € 30.000 ofwel 7,5 procent."
        try expectUnverifiable("7,5 procent", in: text)
    }

    @Test(
        "A change in a clause after ';' with no number of its own takes the one pair before it",
        arguments: [
            // 840 → 630: (630 − 840) / 840 = −25%.
            ("Het aantal fietsdiefstallen ging van 840 naar 630; de wijkagent spreekt van een daling van een kwart.",
                "een kwart", -25.0),
            ("Het aantal fietsdiefstallen ging van 840 naar 630; de wijkagent spreekt van een daling van 25 procent.",
                "25 procent", -25.0),
        ])
    func afterSemicolon(text: String, written: String, value: Double) throws {
        try expectClaim(written, in: text, kind: .change, verdict: .consistent, value: value)
    }

    @Test(
        "After ';' the pair is taken by position: it confirms, it never contradicts; in doubt no pair",
        arguments: [
            // 'een derde' is wrong (−25%), but a pair taken by position alone may not say so.
            "Het aantal fietsdiefstallen ging van 840 naar 630; de wijkagent spreekt van een daling van een derde.",
            // A count of its own after ';': another quantity than the pair's.
            "Het aantal fietsdiefstallen ging van 840 naar 630; het aantal inbraken daalde met een derde.",
            // Two pairs before the ';': which one the words do not tell.
            "Het aantal fietsdiefstallen ging van 840 naar 630 en het aantal inbraken van 120 naar 80; de wijkagent "
                + "spreekt van een daling van een derde.",
            // Another number in the clause after ';'.
            "Het aantal fietsdiefstallen ging van 840 naar 630; de wijkagent telde 40 extra controles, een stijging "
                + "van een derde.",
        ])
    func afterSemicolonInDoubt(text: String) throws {
        try expectUnverifiable("een derde", in: text)
    }
}
