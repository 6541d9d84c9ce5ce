import Testing

@testable import AnnexKit

/// The thirty-fifth round (A): a multiple of more ('N keer zo veel') after two values that only ordinals or parallel
/// places order is the larger over the smaller, not a change from the first to the second; and a comparison between
/// two groups judged inconsistent is diagnosed in words of groups, not of time.
@Suite("Verify: a multiple after two ordinals; a group comparison's diagnosis")
struct VerifyOrdinalMultipleTests {
    // MARK: A multiple after two ordinals

    @Test(
        "'N keer zo veel' after values that ordinals order is the larger over the smaller",
        arguments: [
            // 2.840 / 700 = 4,06: 'ruim vier keer' fits, 'ruim zes keer' does not.
            ("Op de eerste avond kwamen 2.840 gasten, op de tweede 700. Dat is ruim vier keer zo veel.",
                "ruim vier keer zo veel", Verdict.consistent),
            ("Op de eerste avond kwamen 2.840 gasten, op de tweede 700. Dat is ruim zes keer zo veel.",
                "ruim zes keer zo veel", .inconsistent),
            // 1.500 / 500 = 3: 'drie keer zo vaak' fits, 'vijf keer zo vaak' does not.
            ("In het eerste kwartaal belden 1.500 klanten, in het tweede 500. Dat is drie keer zo vaak.",
                "drie keer zo vaak", .consistent),
            ("In het eerste kwartaal belden 1.500 klanten, in het tweede 500. Dat is vijf keer zo vaak.",
                "vijf keer zo vaak", .inconsistent),
            // The smaller first: 480 → 1.920 is a factor 4 either way.
            ("In de eerste ronde deden 480 teams mee, in de tweede 1.920. Dat is vier keer zo veel.",
                "vier keer zo veel", .consistent),
            ("In de eerste ronde deden 480 teams mee, in de tweede 1.920. Dat is zeven keer zo veel.",
                "zeven keer zo veel", .inconsistent),
        ])
    func ordinalMultiple(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "Values with years keep their order; a subject that names the smaller, or a fall, stays unverifiable",
        arguments: [
            // Years order the values: 700 (2019) → 2.800 (2023) = ×4.
            ("In 2019 kwamen 700 gasten, in 2023 2.800. Dat is vier keer zo veel.", "vier keer zo veel",
                Verdict.consistent),
            // 'De tweede avond' (700) has no four times the first's 2.840.
            ("Op de eerste avond kwamen 2.840 gasten, op de tweede 700. De tweede avond trok vier keer zo veel.",
                "vier keer zo veel", .unverifiable),
            // Round 8: a fall between the halves of a year stays unverifiable.
            ("In de eerste helft vroegen 2.500 mensen hulp, in de tweede 2.300. Dat is een daling van 8,7%.", "8,7%",
                .unverifiable),
        ])
    func ordinalMultipleNearMisses(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A multiple after two ordinals is recomputed as the larger over the smaller")
    func neverAgainstOrdinals() throws {
        // 3.150 / 700 = 4,5, not the ×0,22 of 'eerste' to 'tweede'; 'ruim vier' is judged by its own bound.
        let found = try claim(
            "ruim vier keer zo veel",
            in: "Op de eerste markt kwamen 3.150 bezoekers, op de tweede 700. Dat is ruim vier keer zo veel.")
        #expect(found.recomputedValue == 4.5, "\(reason(found))")
    }

    // MARK: The diagnosis of a group comparison

    @Test("A comparison of two groups computed against the other group is diagnosed as such, in both languages")
    func groupDiagnosis() throws {
        // 14.050 / 11.240 = 1,25: 25% more; 20% is 11.240 / 14.050 − 1 = −20%, the other group as base.
        let found = try claim(
            "20 procent",
            in: "In Tilburg kregen 11.240 cliënten hulp, in Eindhoven 14.050. Eindhoven telde daarmee 20 procent meer.")
        #expect(found.verdict == .inconsistent)
        let dutch = try Verifiers.dutch.get().reason(found.finding)
        let english = try Verifiers.english.get().reason(found.finding)
        #expect(dutch.hasSuffix("diagnose: berekend met de andere groep als basis"), "\(dutch)")
        #expect(english.hasSuffix("diagnosis: computed against the other group as the base"), "\(english)")
    }

    @Test("A change between two halves of a year keeps the diagnosis of time")
    func timeDiagnosis() throws {
        // 2.300 / 2.500 − 1 = −8,0%; 8,7% is 2.500 / 2.300 − 1, the later value as base.
        let found = try claim(
            "8,7%",
            in: "In de eerste helft van het jaar vroegen 2.500 mensen hulp, in de tweede 2.300. Dat is 200 minder, "
                + "ofwel een daling van 8,7%.")
        #expect(found.verdict == .inconsistent)
        #expect(reason(found).hasSuffix("in plaats van de eerdere"), "\(reason(found))")
    }
}
