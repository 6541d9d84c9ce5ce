import Foundation
import Testing

@testable import AnnexKit

/// False alarms of new unseen corpora (holdout161–166), each mended by structure: an open bound ('3 meter of meer'),
/// a percentage column headed by another year, one rate of several 'A op B' pairs, a change's size restated in
/// percent, a compound left out before 'of' ('binnen- of zeevaart'), a limit that picks out a counted group ('met ten
/// minste 5 mm'), a clause whose verb is left out ('…, de liberalen de helft'), a later value of another noun, and a
/// second share coordinated with the first.
@Suite("verify: false alarms of round 49")
struct VerifyFalseAlarmsRound49Tests {
    @Test("A count before 'of meer' bounds a group; it is no difference")
    func openBound() throws {
        let found = try verified("De kustwacht telde dit jaar 46 dagen met golven van 3 meter of meer, vorig jaar 39.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // 46 − 39 = 7: a difference after its count is still read.
        try expectVerdict(
            .consistent, of: "7", in: "De kustwacht telde dit jaar 46 stormdagen, 7 meer dan vorig jaar (39).")
    }

    @Test("A percentage column headed by a year the count columns do not name is no share unless half its rows are")
    func percentColumnOfOtherYear() throws {
        // 96/120 = 80,0%, 84/120 = 70,0%, 72/80 = 90,0%: the column '2022' holds last year's percentages.
        let lastYear = """
            Vak | leerlingen | voldoende | 2022
            Nederlands | 120 | 96 | 84,5%
            Wiskunde | 120 | 84 | 76,0%
            Biologie | 80 | 72 | 88,8%
            De cijfers zijn voorlopig.
            """
        let found = try verified(lastYear)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // Two of three rows show their share: the column is the shares, and the third row's 95,0% is wrong.
        let thisYear = lastYear.replacingOccurrences(of: "2022", with: "2023")
            .replacingOccurrences(of: "84,5%", with: "80,0%").replacingOccurrences(of: "76,0%", with: "70,0%")
            .replacingOccurrences(of: "88,8%", with: "95,0%")
        try expectVerdict(.consistent, of: "80,0%", in: thisYear)
        try expectVerdict(.inconsistent, of: "95,0%", in: thisYear)
    }

    @Test("Of several 'A op B' pairs, a rate in brackets takes the pair right before it")
    func rateOfNearestPair() throws {
        // 40 / 2,0 miljoen = 20,0 per miljoen; 90 / 3,0 miljoen = 30,0 per miljoen.
        let text = "In het noorden stierven 40 mensen op 2,0 miljoen inwoners (20,0 per miljoen), in het zuiden 90 op "
            + "3,0 miljoen inwoners (30,0 per miljoen)."
        try expectVerdict(.consistent, of: "20,0", in: text)
        try expectVerdict(.consistent, of: "30,0", in: text)
        try expectVerdict(.inconsistent, of: "31,0", in: text.replacingOccurrences(of: "30,0", with: "31,0"))
        // Rates after both pairs: which pair each is of, the brackets do not say.
        let after = "In het noorden stierven 40 mensen op 2,0 miljoen en in het zuiden 90 op 3,0 miljoen inwoners, "
            + "ofwel 20,0 en 31,0 per miljoen."
        try expectUnverifiable("31,0", in: after)
    }

    @Test("A change's size in points, named by a noun of gain or restated in percent, is no level")
    func restatedSize() throws {
        // 500 → 520: +20 points, +4,0%.
        let gain = "De index sloot vrijdag op 520,00 punten, een winst van 20,00 punten of 4,0 procent ten opzichte "
            + "van donderdag (500,00)."
        try expectVerdict(.consistent, of: "4,0 procent", in: gain)
        try expectVerdict(.inconsistent, of: "5,0 procent", in: gain.replacingOccurrences(of: "4,0", with: "5,0"))
        let restated = "De index sloot vrijdag op 520,00 punten, 20,00 punten of 4,0 procent hoger dan donderdag "
            + "(500,00)."
        try expectUnverifiable("4,0 procent", in: restated)
        try expectVerdict(.consistent, of: "20,00", in: restated)
    }

    @Test("A compound left out before 'of' names a second row; the share of one row is not read")
    func elidedCompound() throws {
        let table = """
            Bezetting per opvangvorm, 1 januari
            Opvangvorm | Bewoners
            Regulier | 600
            Dagopvang | 250
            Nachtopvang | 150
            Totaal | 1.000
            """
        // 250 + 150 = 400 of 1.000 = two fifths; the night row alone would be 15%.
        try expectUnverifiable(
            "Twee vijfde", in: table + "\nTwee vijfde van de bewoners verblijft in dag- of nachtopvang.")
        try expectVerdict(
            .consistent, of: "Een kwart", in: table + "\nEen kwart van de bewoners verblijft in dagopvang.")
    }

    @Test("A limit after 'met' that picks out a counted group is no count")
    func countedLimit() throws {
        // 140 of 365 days is 38,4%, just under two fifths; 5 (mm) is no part of the days.
        let text = "In 2023 telde het station 140 dagen met ten minste 5 mm regen, bijna twee vijfde van de 365 dagen."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("A clause whose verb is left out speaks of its own subject, not of the counts before it")
    func gappedClause() throws {
        // The liberals' half is of their own seats, which the text does not give (2/8 is the other party's).
        try expectUnverifiable(
            "de helft", in: "De partij van de arbeid verloor twee van haar acht zetels, de liberalen de helft.")
        // Without a subject of its own the share restates the clause before: 4/8 is a half.
        try expectVerdict(
            .consistent, of: "de helft", in: "De partij van de arbeid verloor vier van haar acht zetels, de helft.")
    }

    @Test("A value of another noun is no later value of a compared count")
    func laterValueOfOtherNoun() throws {
        // '40 procent meer dan vijf sigaretten' is a threshold; 300 counts people, not cigarettes.
        try expectUnverifiable(
            "40 procent", in: "Onder rokers rookt 40 procent meer dan vijf sigaretten per dag, dat zijn 300 personen.")
    }

    @Test("Two shares coordinated in one clause each take the count their own words name")
    func coordinatedShares() throws {
        // 4.800/8.000 = 60%, 2.000/8.000 = a quarter.
        let text = "Van de 8.000 deelnemers kozen er 4.800 de fiets, 2.000 de bus en 1.200 de auto. Daarmee koos 60 "
            + "procent de fiets en een kwart de bus."
        try expectVerdict(.consistent, of: "60 procent", in: text)
        try expectVerdict(.consistent, of: "een kwart", in: text)
        let wrong = text.replacingOccurrences(of: "60 procent", with: "62 procent")
        try expectVerdict(.inconsistent, of: "62 procent", in: wrong)
        try expectVerdict(.consistent, of: "een kwart", in: wrong)
    }
}
