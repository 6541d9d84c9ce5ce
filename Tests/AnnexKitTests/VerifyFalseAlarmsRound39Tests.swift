import Testing

@testable import AnnexKit

/// Four false alarms of new unseen prose (issue 11), each mended by structure: a share restated for another period,
/// a norm's value signed by a word, a change of a group whose sentence before gives a part and its whole.
@Suite("Verify: false alarms of the thirty-ninth round")
struct VerifyFalseAlarmsRound39Tests {
    @Test(
        "A share in a sentence whose opening year the sentence before did not give is of another period",
        arguments: [
            // 720 / 2.400 = 30,0%; the 26 procent is of 2021, which the part was not said to be of.
            ("Van de 2.400 aanvragen werd 30,0% toegekend (720 aanvragen). In 2021 lag dit op 26 procent.",
                "26 procent", Verdict.unverifiable),
            ("Van de 850 gecontroleerde bedrijven overtraden er 170 de regels. In 2020 ging het om 25 procent.",
                "25 procent", .unverifiable),
            // The same year as the part's: a restatement, checked (720 / 2.400 = 30%).
            ("In 2023 werden 720 van de 2.400 aanvragen toegekend. In 2023 was dat 30 procent.", "30 procent",
                .consistent),
            ("In 2023 werden 720 van de 2.400 aanvragen toegekend. In 2023 was dat 35 procent.", "35 procent",
                .inconsistent),
            // No year: a restatement of that part (170 / 850 = 20%).
            ("Van de 850 gecontroleerde bedrijven overtraden er 170 de regels. Dat is 25 procent.", "25 procent",
                .inconsistent),
        ])
    func shareOfAnotherYear(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "'vorig' before any noun puts a share in the period before; a clause of now is not put there",
        arguments: [
            // 160 / 640 = 25%.
            ("Van de 640 leden kwamen er 160 naar de jaarvergadering, een kwart. Vorige editie was dat aandeel 31 "
                + "procent; nu is het 25 procent.", "31 procent", Verdict.unverifiable),
            ("Van de 640 leden kwamen er 160 naar de jaarvergadering, een kwart. Vorige editie was dat aandeel 31 "
                + "procent; nu is het 25 procent.", "25 procent", .consistent),
            ("Van de 640 leden kwamen er 160 naar de jaarvergadering, een kwart. Vorige editie was dat aandeel 31 "
                + "procent; nu is het 28 procent.", "28 procent", .inconsistent),
        ])
    func previousOne(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A norm's value signed by 'min' is no claim of the change; a signed size without a norm still is",
        arguments: [
            // 5.000 → 4.100 = −18%.
            ("Het energieverbruik daalde van 5.000 naar 4.100 megawattuur, een afname van 18%, terwijl de norm van "
                + "min 20 procent nog niet is gehaald.", "18%", Verdict.consistent),
            ("Het energieverbruik daalde van 5.000 naar 4.100 megawattuur, een afname van 15%, terwijl de norm van "
                + "min 20 procent nog niet is gehaald.", "15%", .inconsistent),
            // 400 → 300 = −25%.
            ("Het aantal inbraken daalde van 400 naar 300: min 25 procent.", "25 procent", .consistent),
        ])
    func signedNorm(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("The norm's signed value makes no claim")
    func signedNormNoClaim() throws {
        let text = "Het energieverbruik daalde van 5.000 naar 4.100 megawattuur, een afname van 18%, terwijl de norm "
            + "van min 20 procent nog niet is gehaald."
        #expect(try !verified(text).contains { $0.written.contains("20 procent") })
    }

    @Test(
        "A start value that names its group runs to that group's count of the sentence before, not to its whole",
        arguments: [
            // 560 → 630 = +12,5%.
            ("Senioren vormden met 630 deelnemers een kwart van het totaal van 2.520. Een jaar eerder ging het nog om "
                + "560 senioren; de groei bedroeg daarmee 12,5 procent.", "12,5 procent", Verdict.consistent),
            ("Senioren vormden met 630 deelnemers een kwart van het totaal van 2.520. Een jaar eerder ging het nog om "
                + "560 senioren; de groei bedroeg daarmee 15 procent.", "15 procent", .inconsistent),
            // 'vrijwilligers' names neither the part nor the whole: which count is the group's is not known.
            ("Met 630 deelnemers vormden zij een kwart van het totaal van 2.520. Een jaar eerder ging het nog om 560 "
                + "vrijwilligers; de groei bedroeg daarmee 12,5 procent.", "12,5 procent", .unverifiable),
            // The only count before: its end, as before.
            ("In 2024 meldden zich 630 vrijwilligers aan. Een jaar eerder ging het nog om 560 vrijwilligers; de groei "
                + "bedroeg daarmee 12,5 procent.", "12,5 procent", .consistent),
        ])
    func groupCountBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
