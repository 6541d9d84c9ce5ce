import Testing

@testable import AnnexKit

/// The thirty-eighth round: a share after a chain of counted sets, each a part of the one before, that stands in the
/// chain's own sentence or runs it on from the sentence before ('Van deze 300 kregen er 60 …'): its whole is the set
/// its own words name, never simply the nearest larger count; its part the set counted last.
@Suite("Verify: a share of the set its words name in a chain of counted sets")
struct VerifyCountedSetsTests {
    @Test(
        "A share after the last link of a chain in its own sentence takes the link its words name as its whole",
        arguments: [
            // 400 / 2.500 = 16%; 25% is 400 / 1.600, the nearer set.
            ("Van de 2.500 vergunningaanvragen werden er 1.600 verleend; 400 daarvan gingen over dakkapellen, 16 "
                + "procent van de vergunningaanvragen.", "16 procent", Verdict.consistent),
            ("Van de 2.500 vergunningaanvragen werden er 1.600 verleend; 400 daarvan gingen over dakkapellen, 25 "
                + "procent van de vergunningaanvragen.", "25 procent", .inconsistent),
            // The whole right and the share wrong: 19% is no share of 2.500 that 400 makes.
            ("Van de 2.500 vergunningaanvragen werden er 1.600 verleend; 400 daarvan gingen over dakkapellen, 19 "
                + "procent van de vergunningaanvragen.", "19 procent", .inconsistent),
            // 'van wie' and 'van hen' as links: 45 / 180 = 25% of the middle set, which 'deelnemers' names alone;
            // 45 / 1.200 = 3,75%.
            ("In totaal schreven 1.200 inwoners zich in, van wie 180 deelnemers aan de pilot; 45 van hen stopten "
                + "voortijdig, een kwart van de deelnemers.", "een kwart", .consistent),
            ("In totaal schreven 1.200 inwoners zich in, van wie 180 deelnemers aan de pilot; 45 van hen stopten "
                + "voortijdig, 3,75 procent van de deelnemers.", "3,75 procent", .inconsistent),
        ])
    func ownSentence(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A chain runs on from the sentence before when its sentence opens by restating the last set counted",
        arguments: [
            // 'Van deze 300' restates the 300 of the sentence before: 60 / 750 = 8%; 20% is 60 / 300.
            ("Van de 750 gecontroleerde horecazaken kregen er 300 een waarschuwing. Van deze 300 kregen er 60 later "
                + "een boete, 8 procent van de gecontroleerde horecazaken.", "8 procent", Verdict.consistent),
            ("Van de 750 gecontroleerde horecazaken kregen er 300 een waarschuwing. Van deze 300 kregen er 60 later "
                + "een boete, 20 procent van de gecontroleerde horecazaken.", "20 procent", .inconsistent),
            // 'van hen' after a part and whole the sentence before states: 1.200 / 6.400 = 18,75%; 25% is 1.200 /
            // 4.800.
            ("Van de 6.400 leden van de bibliotheek leenden er 4.800 e-books. 1.200 van hen lazen uitsluitend "
                + "digitaal, 19 procent van de leden.", "19 procent", .consistent),
            ("Van de 6.400 leden van de bibliotheek leenden er 4.800 e-books. 1.200 van hen lazen uitsluitend "
                + "digitaal, 25 procent van de leden.", "25 procent", .inconsistent),
        ])
    func runOn(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share whose whole the chain does not decide stays unverifiable",
        arguments: [
            // Two sets of one noun: 300 / 3.000 = 10%, 300 / 1.200 = 25%; either may be meant.
            ("Van de 3.000 meldingen kwamen er 1.200 meldingen via de app binnen; 300 daarvan gingen over afval, 25 "
                + "procent van de meldingen.", "25 procent"),
            ("Van de 3.000 meldingen kwamen er 1.200 meldingen via de app binnen; 300 daarvan gingen over afval, 10 "
                + "procent van de meldingen.", "10 procent"),
            // 'daarvan' after a list of two parts: of 500, of 300 or of 900 (24%, 40%, 13,3%)?
            ("Van de 900 klachten kwamen er 500 uit Noord en 300 uit Zuid; 120 daarvan gingen over parkeren, 40 "
                + "procent.", "40 procent"),
            ("Van de 900 klachten kwamen er 500 uit Noord en 300 uit Zuid. 120 daarvan gingen over parkeren. Dat is "
                + "24 procent.", "24 procent"),
            // A total the chain does not give: all requests in the country.
            ("Van de 2.500 vergunningaanvragen werden er 1.600 verleend; 400 daarvan gingen over dakkapellen, 2 "
                + "procent van alle vergunningaanvragen in het land.", "2 procent"),
        ])
    func undecided(text: String, written: String) throws {
        let found = try verified(text).filter { $0.written == written }
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
    }
}
