import Testing

@testable import AnnexKit

/// The twenty-fifth round (B): a share that names its whole in words ('van de klachten', 'van alle leerlingen', 'van
/// de slagerijen met overtredingen') while the counts stand in the sentence before.
@Suite("Verify: a share whose whole the sentence before names")
struct VerifyNamedWholeTests {
    // MARK: The part a group's name picks

    @Test(
        "A share 'van de X' with no count of its own takes the count of X and the count of the group it names",
        arguments: [
            // 1.250 / 5.000 = 25%; 40% is no share of either group.
            ("Van de 5.000 klachten kwamen er 1.250 uit Utrecht en 800 uit Arnhem. Utrecht is daarmee goed voor 25% "
                + "van de klachten.", "25%", Verdict.consistent),
            ("Van de 5.000 klachten kwamen er 1.250 uit Utrecht en 800 uit Arnhem. Utrecht is daarmee goed voor 40% "
                + "van de klachten.", "40%", .inconsistent),
            // 960 / 3.200 = 30%; 15% is Groningen's share (480 / 3.200), planted for Drenthe.
            ("Van de 3.200 aanvragen kwamen er 480 uit Groningen en 960 uit Drenthe. Drenthe levert zo 30 procent van "
                + "de aanvragen.", "30 procent", .consistent),
            ("Van de 3.200 aanvragen kwamen er 480 uit Groningen en 960 uit Drenthe. Drenthe levert zo 15 procent van "
                + "de aanvragen.", "15 procent", .inconsistent),
            // 410 / 8.200 = 5%; 20% would be 1.640 of them.
            ("Van de 8.200 wachtenden hebben er 1.640 een depressie en 410 een verslaving. Cliënten met een verslaving "
                + "maken 5% van de wachtenden uit.", "5%", .consistent),
            ("Van de 8.200 wachtenden hebben er 1.640 een depressie en 410 een verslaving. Cliënten met een verslaving "
                + "maken 20% van de wachtenden uit.", "20%", .inconsistent),
        ])
    func groupPart(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share whose words name no whole of the text, two wholes, or no group of the text stays unverifiable",
        arguments: [
            // No count of 'meldingen' before: another whole.
            ("Van de 5.000 klachten kwamen er 1.250 uit Utrecht en 800 uit Arnhem. Utrecht is daarmee goed voor 40% "
                + "van de meldingen.", "40%"),
            // A national figure the text does not give.
            ("Van de 5.000 klachten kwamen er 1.250 uit Utrecht en 800 uit Arnhem. Utrecht is daarmee goed voor 40% "
                + "van de Nederlanders.", "40%"),
            // Leiden has no count: the part is no count of the text.
            ("Van de 5.000 klachten kwamen er 1.250 uit Utrecht en 800 uit Arnhem. Leiden is daarmee goed voor 40% "
                + "van de klachten.", "40%"),
            // Two counts of 'klachten': which whole is meant is not said.
            ("Er kwamen 5.000 klachten over afval en 3.000 klachten over parkeren binnen, 1.250 uit Utrecht. Utrecht "
                + "is daarmee goed voor 40% van de klachten.", "40%"),
        ])
    func groupPartNearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: A qualifier that picks the subgroup

    @Test(
        "A share of a whole named by a qualifier ('ouderen', 'met overtredingen') is of the subgroup, not the total",
        arguments: [
            // 21.600 / 72.000 = 30%; 4,5 procent is 21.600 of all 480.000.
            ("In de provincie wonen 72.000 inwoners van 75 jaar en ouder, op een totale bevolking van 480.000. Van "
                + "deze ouderen wonen er 21.600 alleen, 30 procent van de ouderen.", "30 procent", Verdict.consistent),
            ("In de provincie wonen 72.000 inwoners van 75 jaar en ouder, op een totale bevolking van 480.000. Van "
                + "deze ouderen wonen er 21.600 alleen, 4,5 procent van de ouderen.", "4,5 procent", .inconsistent),
            // 90 / 360 = 25%; 3,75% is 90 of all 2.400.
            ("Bij 360 van de 2.400 gecontroleerde slagerijen zijn overtredingen vastgesteld. Bij 90 daarvan ging het "
                + "om zware overtredingen; dat is 25% van de slagerijen met overtredingen.", "25%", .consistent),
            ("Bij 360 van de 2.400 gecontroleerde slagerijen zijn overtredingen vastgesteld. Bij 90 daarvan ging het "
                + "om zware overtredingen; dat is 3,75% van de slagerijen met overtredingen.", "3,75%", .inconsistent),
        ])
    func qualifiedWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("A qualifier the sentence before does not name picks no subgroup")
    func qualifierNearMiss() throws {
        let found = try claim(
            "3,75%",
            in: "Bij 360 van de 2.400 gecontroleerde slagerijen zijn overtredingen vastgesteld. Bij 90 daarvan ging "
                + "het om zware overtredingen; dat is 3,75% van de slagerijen met een vergunning.")
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    // MARK: 'alle' and 'al' name the outermost whole

    @Test(
        "'van alle X' or 'van al onze X' is of the outermost count of X along the chain of parts",
        arguments: [
            // 25 / 400 = 6,25%; 25% is of the 100 in the kitchen.
            ("Van onze 400 vrijwilligers werken er 100 in de keuken. Vijfentwintig van hen kregen een opleiding, "
                + "oftewel 25% van al onze vrijwilligers.", "25%", Verdict.inconsistent),
            ("Van onze 400 vrijwilligers werken er 100 in de keuken. Vijfentwintig van hen kregen een opleiding, "
                + "oftewel 6,25% van al onze vrijwilligers.", "6,25%", .consistent),
            // 160 / 1.600 = 10%; 40% is of the 400 who are bullied.
            ("Van de 1.600 leerlingen zegt 400 dat ze gepest worden. Van die 400 leerlingen heeft 160 het gemeld. "
                + "Daarmee meldt 40 procent van alle leerlingen het pesten.", "40 procent", .inconsistent),
            ("Van de 1.600 leerlingen zegt 400 dat ze gepest worden. Van die 400 leerlingen heeft 160 het gemeld. "
                + "Daarmee meldt 10 procent van alle leerlingen het pesten.", "10 procent", .consistent),
        ])
    func outermostWhole(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Without 'alle' the nearest count of the noun is the whole")
    func nearestWithoutAll() throws {
        // 160 / 400 = 40%: 'van de leerlingen' is the 400 of the sentence before.
        let found = try claim(
            "40 procent",
            in: "Van de 1.600 leerlingen zegt 400 dat ze gepest worden. Van die 400 leerlingen heeft 160 het gemeld. "
                + "Daarmee meldt 40 procent van de leerlingen het pesten.")
        #expect(found.verdict == .consistent, "\(reason(found))")
    }

    // MARK: Two wholes in one sentence

    @Test(
        "A share after 'van die N', N a part the sentence gave, is of that nearer whole",
        arguments: [
            // 60 / 240 = 25%; 20% is 60 of all 300 schools.
            ("Van de 300 scholen hebben 240 een plan; van die 240 werken er 60 met een coach, ofwel 25 procent.",
             "25 procent", Verdict.consistent),
            ("Van de 300 scholen hebben 240 een plan; van die 240 werken er 60 met een coach, ofwel 20 procent.",
             "20 procent", .inconsistent),
            ("Van de 1.500 bedrijven meldden 600 zich aan, en van deze 600 kregen er 150 subsidie: dat is 25%.",
             "25%", .consistent),
        ])
    func nestedWholeInOneSentence(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share whose words name a count of its own sentence other than the whole it marks is of that count",
        arguments: [
            // 41 / 118 = 34,7%; 13 procent is 41 of all 312.
            ("Van de 312 huurders waren er 118 jonger dan 30 jaar; 41 van hen kwamen uit de stad, ofwel 35 procent van "
                + "de jongeren.", "35 procent", Verdict.consistent),
            ("Van de 312 huurders waren er 118 jonger dan 30 jaar; 41 van hen kwamen uit de stad, ofwel 13 procent van "
                + "de jongeren.", "13 procent", .inconsistent),
        ])
    func ownNamedWhole(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test("A share whose words name the whole the sentence marks keeps it")
    func ownNamedWholeNearMiss() throws {
        // 41 / 312 = 13,1%: 'van de huurders' names the 312.
        let found = try claim(
            "13 procent",
            in: "Van de 312 huurders waren er 118 jonger dan 30 jaar; 41 van hen kwamen uit de stad, ofwel 13 procent "
                + "van de huurders.")
        #expect(found.verdict == .consistent, "\(reason(found))")
    }
}
