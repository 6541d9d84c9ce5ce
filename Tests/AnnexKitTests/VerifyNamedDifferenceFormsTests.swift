import Foundation
import Testing

@testable import AnnexKit

/// Forms of 'het verschil' whose two values the text binds to it: the sides' values in brackets inside 'het verschil
/// tussen A en B' (one bracket per side, or one bracket setting them against each other), a difference 'tussen beide
/// …' of the two values of the sentence before, and a difference apposed to its noun ('Het
/// verschil, € 40, …'). A difference without a direction is the larger less the smaller.
@Suite("verify: forms of 'het verschil' whose two values the text binds to it")
struct VerifyNamedDifferenceFormsTests {
    @Test("each side's value in a bracket right after its words in 'het verschil tussen A en B'")
    func bracketPerSide() throws {
        // Two counts in brackets are read as parts of a sum first ('… bedraagt 375 treden' after '(412 treden)' and
        // '(37 treden)'), which this reading does not change yet; percentages are not.
        let points = { (difference: String) in
            "Het verschil tussen de hoogste opkomst (71,4 procent in Oost) en de laagste (58,9 procent in West) was "
                + difference + " procentpunt.\n"
        }
        // 71,4 − 58,9 = 12,5.
        try expectClaim("12,5 procentpunt", in: points("12,5"), kind: .points, verdict: .consistent, value: 12.5)
        try expectVerdict(.inconsistent, of: "13,5 procentpunt", in: points("13,5"))
    }

    @Test("the two values set against each other in one bracket after both names")
    func pairInOneBracket() throws {
        let text = { (difference: String) in
            "Het verschil tussen aanmeldingen en afmeldingen (743 tegenover 698) bedraagt " + difference
                + ", vooral door de zomer.\n"
        }
        // 743 − 698 = 45.
        try expectClaim("45", in: text("45"), kind: .difference, verdict: .consistent, value: 45)
        try expectVerdict(.inconsistent, of: "54", in: text("54"))
    }

    @Test("'tussen beide …' refers to the two values of the sentence before")
    func pairReference() throws {
        let before = "Op de zaterdag kwamen 4.215 bezoekers, op de zondag 3.870. "
        // 4.215 − 3.870 = 345.
        try expectClaim(
            "345", in: before + "Het verschil tussen beide dagen: 345 bezoekers.\n", kind: .difference,
            verdict: .consistent, value: 345)
        try expectVerdict(.inconsistent, of: "435", in: before + "Het verschil tussen beide dagen is 435.\n")
    }

    @Test("a difference apposed to its noun, closed by a comma")
    func apposed() throws {
        let before = "De club ontving € 8.350 aan contributie en gaf € 7.920 uit aan de zaalhuur. "
        // 8.350 − 7.920 = 430.
        try expectClaim(
            "€ 430", in: before + "Het verschil, € 430, gaat naar de reserve.\n", kind: .difference,
            verdict: .consistent, value: 430)
        try expectVerdict(.inconsistent, of: "€ 340", in: before + "Het verschil, € 340, gaat naar de reserve.\n")
    }

    @Test("a number outside the brackets, a third bracket, a bracket of two numbers, an open apposition: unbound")
    func nearCases() throws {
        try expectUnverifiable(
            "375",
            in: "Het verschil tussen de langste trap (412 treden, 3 bordessen) en de kortste (37 treden) is 375.\n")
        try expectUnverifiable(
            "375",
            in: "Het verschil tussen de langste (412 treden) en de kortste trap (37 treden) en de toren (90) is 375.\n")
        try expectUnverifiable(
            "45", in: "Het verschil tussen aanmeldingen (743 tegenover 698) en afmeldingen bedraagt 45.\n")
        try expectUnverifiable(
            "45", in: "Het verschil tussen aanmeldingen en afmeldingen (743 in mei tegenover 698) bedraagt 45.\n")
        let before = "De club ontving € 8.350 aan contributie en gaf € 7.920 uit aan de zaalhuur. "
        try expectUnverifiable("€ 430", in: before + "Het verschil, € 430 meer dan vorig jaar, gaat naar de reserve.\n")
        try expectUnverifiable(
            "345", in: "Op zaterdag kwamen 4.215 bezoekers. Het verschil tussen beide dagen bedraagt 345.\n")
    }
}
