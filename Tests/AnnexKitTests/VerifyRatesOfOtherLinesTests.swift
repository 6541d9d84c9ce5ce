import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    Dictionary(
        try verified(text).filter { $0.kind == kind }.map { ($0.written, $0.verdict) },
        uniquingKeysWith: { first, _ in first })
}

/// A row 'X per (N) Y' of a table whose columns are years is, per column, the row of X over the row of Y
/// (`TableRateRow.swift`).
@Suite("Verify: a rate row of two other rows of a table by year")
struct VerifyTableRateRowTests {
    @Test("Loans per member, the second year's cell caught")
    func loansPerMember() throws {
        // 84.000 / 2.400 = 35; 90.300 / 2.100 = 43, so '41' is caught (one of two columns shows the reading).
        let text = """
            Bibliotheek | 2023 | 2024
            Uitleningen | 84.000 | 90.300
            Leden | 2.400 | 2.100
            Uitleningen per lid | 35 | 41
            """
        let found = try verdicts(text, .ratio)
        #expect(found["35"] == .consistent)
        #expect(found["41"] == .inconsistent)
    }

    @Test("A scale after 'per', and a unit named by a compound whose head is its plural")
    func scaleAndCompound() throws {
        // 18 / 12.000 × 1.000 = 1,5; 24 / 16.000 × 1.000 = 1,5.
        let complaints = """
            Kengetal | 2023 | 2024
            Klachten | 18 | 24
            Bezoekers | 12.000 | 16.000
            Klachten per 1.000 bezoekers | 1,5 | 1,5
            """
        #expect(try verified(complaints).filter { $0.kind == .ratio && $0.verdict == .consistent }.count == 2)
        // 9.600 / 120 = 80; 10.800 / 135 = 80: 'Speeldagen' names 'dag'.
        let tickets = """
            Theater | 2023 | 2024
            Kaarten | 9.600 | 10.800
            Speeldagen | 120 | 135
            Kaarten per dag | 80 | 80
            """
        #expect(try verified(tickets).filter { $0.kind == .ratio && $0.verdict == .consistent }.count == 2)
    }

    @Test("In doubt no claim: a unit no row names, two rows that name it, a rate no column shows")
    func nearCases() throws {
        let unnamed = """
            Bibliotheek | 2023 | 2024
            Uitleningen | 84.000 | 90.300
            Leden | 2.400 | 2.100
            Uitleningen per vestiging | 35 | 41
            """
        #expect(try verdicts(unnamed, .ratio).isEmpty)
        let twoRows = """
            Bibliotheek | 2023 | 2024
            Uitleningen | 84.000 | 90.300
            Leden | 2.400 | 2.100
            Jeugdleden | 600 | 700
            Uitleningen per lid | 35 | 41
            """
        #expect(try verdicts(twoRows, .ratio).isEmpty)
        // 84.000 / 2.400 = 35 and 90.300 / 2.100 = 43: neither 50 nor 60 (another scale or measure).
        let otherMeasure = """
            Bibliotheek | 2023 | 2024
            Uitleningen | 84.000 | 90.300
            Leden | 2.400 | 2.100
            Uitleningen per lid | 50 | 60
            """
        #expect(try verdicts(otherMeasure, .ratio).isEmpty)
    }
}

/// A bare count in brackets right after the noun of 'per' counts the units of the rate ('€ 6 per deelnemer
/// (1.500)'); a clause that refers back and gives only those units means the total of the sentence before.
@Suite("Verify: the units of a rate in brackets after its 'per'")
struct VerifyBracketedUnitsOfRateTests {
    @Test("The units in brackets after the rate")
    func afterRate() throws {
        // € 9.000 / 1.500 participants = € 6; € 7 is planted.
        let fund = "Het fonds gaf € 9.000 uit aan de loop, ofwel "
        try expectClaim("€ 6", in: fund + "€ 6 per deelnemer (1.500).", kind: .ratio, verdict: .consistent, value: 6)
        try expectClaim("€ 7", in: fund + "€ 7 per deelnemer (1.500).", kind: .ratio, verdict: .inconsistent,
            value: 6)
    }

    @Test("A clause that refers back and gives only the units in brackets: the total of the sentence before")
    func refersBack() throws {
        // € 52.500 / 1.750 trips = € 30; € 35 is planted.
        let costs = "De kosten van het busvervoer kwamen uit op € 52.500. "
        try expectClaim("€ 30", in: costs + "Dat is € 30 per rit (1.750).", kind: .ratio, verdict: .consistent,
            value: 30)
        try expectClaim("€ 35", in: costs + "Dat is € 35 per rit (1.750).", kind: .ratio, verdict: .inconsistent,
            value: 30)
    }

    @Test("In doubt unverifiable: a year in the bracket, two amounts before")
    func nearCases() throws {
        try expectUnverifiable("€ 6", in: "Het fonds gaf € 9.000 uit aan de loop, ofwel € 6 per deelnemer (2023).")
        try expectUnverifiable(
            "€ 30", in: "De kosten kwamen uit op € 52.500 en de baten op € 40.000. Dat is € 30 per rit (1.750).")
    }
}

/// A rate alone in a bracket that closes its sentence restates the clause before it, as an apposition after a comma
/// does ('… 4.500 bezoekers met 3 medewerkers (1.500 per medewerker).').
@Suite("Verify: a rate alone in brackets at a sentence's end")
struct VerifyBracketedRateTests {
    @Test("The total and the units in the clause before the bracket")
    func perWorker() throws {
        // 4.500 / 3 = 1.500; 1.600 is planted.
        let desk = "Vorig jaar hielp de balie 4.500 bezoekers met 3 medewerkers "
        try expectClaim("1.500", in: desk + "(1.500 per medewerker).", kind: .ratio, verdict: .consistent,
            value: 1_500)
        try expectClaim("1.600", in: desk + "(1.600 per medewerker).", kind: .ratio, verdict: .inconsistent,
            value: 1_500)
    }

    @Test("In doubt unverifiable: words after the unit in the bracket")
    func wordsAfterUnit() throws {
        try expectUnverifiable(
            "1.600", in: "Vorig jaar hielp de balie 4.500 bezoekers met 3 medewerkers (1.600 per medewerker in 2022).")
    }
}

/// A 'per' after an amount and an article is the one of the noun phrase the article opens, not the amount's ('Bij
/// een budget van € 36.000 kwam het bedrag per school uit op € 3.000'); and an opening phrase that states an amount
/// of a matter ('Voor de huur van € 2.400') is no place or group of its own that keeps the units before from the mean.
@Suite("Verify: a subject per a unit after the total, the units in the sentence before")
struct VerifySubjectPerUnitAfterAmountTests {
    @Test("An article between the total and 'per'")
    func articleBetween() throws {
        // € 36.000 / 12 schools = € 3.000; € 3.300 is planted.
        let schools = "In de regio staan 12 scholen. Bij een budget van € 36.000 kwam het bedrag per school uit op "
        try expectClaim("€ 3.000", in: schools + "€ 3.000.", kind: .ratio, verdict: .consistent, value: 3_000)
        try expectClaim("€ 3.300", in: schools + "€ 3.300.", kind: .ratio, verdict: .inconsistent, value: 3_000)
    }

    @Test("An opening phrase with the total after 'van'")
    func openingAmount() throws {
        // € 2.400 / 48 evenings = € 50; € 60 is planted.
        let club = "De club hield 48 avonden. Voor de huur van € 2.400 komt het neer op "
        try expectClaim("€ 50", in: club + "€ 50 per avond.", kind: .ratio, verdict: .consistent, value: 50)
        try expectClaim("€ 60", in: club + "€ 60 per avond.", kind: .ratio, verdict: .inconsistent, value: 50)
    }

    @Test("In doubt unverifiable: a place of its own, and a 'per' right after an amount")
    func nearCases() throws {
        try expectUnverifiable(
            "€ 60", in: "De club hield 48 avonden. In de zomer kostte de huur € 2.400, ofwel € 60 per avond.")
        try expectUnverifiable(
            "€ 3.300",
            in: "In de regio staan 12 scholen. Bij een prijs van € 300 per school kwamen de kosten uit op € 3.300.")
    }
}
