import Testing

@testable import AnnexKit

/// A rate in an apposition that closes its sentence may end in a bracket that names its units ('…, zo'n € 400 per
/// lid (120 leden).'): the bracket is an aside, the rate still restates the clause before it.
@Suite("Verify: a rate in an apposition closed by a bracket")
struct VerifyBracketedRateAppositionTests {
    @Test("An amount per member with the members in brackets after it")
    func amountPerMember() throws {
        // € 48.000 / 120 members = € 400; € 450 is planted (12,5% off, past the hedge 'ongeveer').
        let club = "De vereniging gaf € 48.000 uit aan het clubhuis, "
        try expectClaim("ongeveer € 400", in: club + "ongeveer € 400 per lid (120 leden).", kind: .ratio,
            verdict: .consistent, value: 400)
        try expectClaim("ongeveer € 450", in: club + "ongeveer € 450 per lid (120 leden).", kind: .ratio,
            verdict: .inconsistent, value: 400)
    }

    @Test("Cubic metres per hectare with the hectares abbreviated in brackets")
    func volumePerArea() throws {
        // 90.000 m³ / 60 ha = 1.500 m³ per hectare; 1.800 is planted.
        let park = "Het park verbruikte 90.000 m³ water, "
        try expectClaim("1.500", in: park + "1.500 m³ per hectare (60 ha).", kind: .ratio, verdict: .consistent,
            value: 1_500)
        try expectClaim("1.800", in: park + "1.800 m³ per hectare (60 ha).", kind: .ratio, verdict: .inconsistent,
            value: 1_500)
    }

    @Test("In doubt unverifiable: words after the bracket, so no apposition that closes the sentence")
    func wordsAfterBracket() throws {
        try expectUnverifiable(
            "ongeveer € 400",
            in: "De vereniging gaf € 48.000 uit aan het clubhuis, ongeveer € 400 per lid (120 leden) van de jeugd.")
    }
}

/// 'dus' draws an amount per unit from the clause before as 'ofwel' does ('Een rondleiding voor 25 bezoekers kost
/// € 150, dus € 6 per bezoeker').
@Suite("Verify: an amount per unit after 'dus'")
struct VerifyThusPerUnitTests {
    @Test("The total and the units in the clause before 'dus'")
    func perVisitor() throws {
        // € 150 / 25 visitors = € 6; € 7 is planted.
        let tour = "Een rondleiding voor 25 bezoekers kost € 150, "
        try expectClaim("€ 6", in: tour + "dus € 6 per bezoeker.", kind: .ratio, verdict: .consistent, value: 6)
        try expectClaim("€ 7", in: tour + "dus € 7 per bezoeker.", kind: .ratio, verdict: .inconsistent, value: 6)
    }

    @Test("In doubt unverifiable: two counts of the unit before 'dus'")
    func twoCounts() throws {
        try expectUnverifiable(
            "€ 6", in: "Een rondleiding voor 25 bezoekers en 5 extra bezoekers kost € 150, dus € 6 per bezoeker.")
    }
}

/// A subject that names its unit after 'per' arrives at its level after 'uit op', as after 'neer op' ('Met een budget
/// van € 96.000 en 12 scholen kwam het bedrag per school uit op € 8.000'); the unit is looked for before the amount's
/// hedge and currency sign.
@Suite("Verify: a subject per a unit that arrives at its level")
struct VerifySubjectPerUnitLevelTests {
    @Test("The total and the units before the subject")
    func perSchool() throws {
        // € 96.000 / 12 schools = € 8.000; € 9.000 is planted; 'ruim € 7.900' lies just under € 8.000.
        let budget = "Met een budget van € 96.000 en 12 scholen kwam het bedrag per school uit op "
        try expectClaim("€ 8.000", in: budget + "€ 8.000.", kind: .ratio, verdict: .consistent, value: 8_000)
        try expectClaim("€ 9.000", in: budget + "€ 9.000.", kind: .ratio, verdict: .inconsistent, value: 8_000)
        try expectClaim("ruim € 7.900", in: budget + "ruim € 7.900.", kind: .ratio, verdict: .consistent,
            value: 8_000)
    }

    @Test("The total and the units after a colon")
    func afterColon() throws {
        // € 1,2 mln / 480 pupils = € 2.500 per pupil; € 2.800 is planted.
        let fee = "Het gemiddelde schoolgeld per leerling kwam uit op "
        let rest = ": € 1,2 mln aan schoolgeld, verdeeld over 480 leerlingen."
        try expectClaim("€ 2.500", in: fee + "€ 2.500" + rest, kind: .ratio, verdict: .consistent, value: 2_500)
        try expectClaim("€ 2.800", in: fee + "€ 2.800" + rest, kind: .ratio, verdict: .inconsistent, value: 2_500)
    }

    @Test(
        "In doubt unverifiable: two counts of the unit, no count of it",
        arguments: [
            "Met een budget van € 96.000 voor 12 scholen en 4 nevenscholen kwam het bedrag per school uit op € 8.000.",
            "Met een budget van € 96.000 kwam het bedrag per school uit op € 8.000.",
        ])
    func inDoubt(text: String) throws {
        try expectUnverifiable("€ 8.000", in: text)
    }
}
