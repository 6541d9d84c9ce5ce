import Foundation
import Testing

@testable import AnnexKit

/// Factors written in words: a whole and a half ('twee en een half keer', 'drieënhalf keer'), 'anderhalf maal' and
/// hedged factors. In words of their own, each both ways.
@Suite("verify: factors in words")
struct VerifyFactorWordsTests {
    /// Two contrasted counts and a sentence that compares them by `factor`: 20 in Meppel against `count` in Assen.
    private func contrast(_ count: Int, _ factor: String) -> String {
        "In Assen kwamen \(count) aanvragen binnen, in Meppel 20. Assen telde daarmee \(factor) aanvragen als Meppel."
    }

    @Test("A whole and a half in words is the factor, not the half ('twee en een half keer')")
    func wholeAndHalf() throws {
        try expectVerdict(.consistent, of: "twee en een half keer zo veel",
                          in: contrast(50, "twee en een half keer zo veel"))
        try expectVerdict(.inconsistent, of: "drie en een half keer zo veel",
                          in: contrast(50, "drie en een half keer zo veel"))
        let change = "Het aantal aanvragen groeide van 40 naar 100: FACTOR keer zo veel."
        try expectVerdict(.consistent, of: "twee en een half keer zo veel",
                          in: change.replacingOccurrences(of: "FACTOR", with: "twee en een half"))
        try expectVerdict(.inconsistent, of: "vier en een half keer zo veel",
                          in: change.replacingOccurrences(of: "FACTOR", with: "vier en een half"))
    }

    @Test("A unit and a half written as one word ('drieënhalf', 'vierenhalf') and 'anderhalf maal'")
    func halfInOneWord() throws {
        try expectVerdict(.consistent, of: "drieënhalf keer zo veel", in: contrast(70, "drieënhalf keer zo veel"))
        try expectVerdict(.inconsistent, of: "drieënhalf keer zo veel", in: contrast(50, "drieënhalf keer zo veel"))
        try expectVerdict(.consistent, of: "vierenhalf keer zo veel", in: contrast(90, "vierenhalf keer zo veel"))
        try expectVerdict(.consistent, of: "anderhalf maal zoveel", in: contrast(30, "anderhalf maal zoveel"))
        try expectVerdict(.inconsistent, of: "anderhalf maal zoveel", in: contrast(50, "anderhalf maal zoveel"))
    }

    @Test("Hedged factors in words: 'ruim vier keer zoveel', 'bijna drie keer zo veel'")
    func hedgedFactors() throws {
        try expectVerdict(.consistent, of: "ruim vier keer zoveel", in: contrast(82, "ruim vier keer zoveel"))
        try expectVerdict(.inconsistent, of: "ruim vier keer zoveel", in: contrast(60, "ruim vier keer zoveel"))
        try expectVerdict(.consistent, of: "bijna drie keer zo veel", in: contrast(58, "bijna drie keer zo veel"))
        try expectVerdict(.inconsistent, of: "bijna drie keer zo veel", in: contrast(40, "bijna drie keer zo veel"))
    }
}

/// A factor in words ('verdubbeld', 'gehalveerd', 'verdrievoudigd') of an amount of money whose start value stands in
/// brackets after its year ('sinds 2020 (€ 3,2 miljoen) verdubbeld tot € 6,5 miljoen'): the currency sign is part
/// of the amount, so the year beside the bracket dates it as it dates a bare count (`explicitYear`). An unhedged
/// factor word is read as 'circa' (within 5%, as the corpora read it; 5 to 10% off is doubt). Near cases: a value
/// that ends another clause's change, a factor between two groups, a base the text does not give, 'twee keer' as a
/// frequency and 'dubbel' as an adjective.
@Suite("verify: factors in words of amounts dated in brackets, and their near cases")
struct VerifyFactorWordsOfDatedAmountsTests {
    @Test("'sinds 2020 (€ 3,2 miljoen) verdubbeld tot € 6,5 miljoen': ×2,03 is a doubling, no tripling")
    func doubledAmount() throws {
        let doubled = "Het budget voor de bibliotheek is sinds 2020 (€ 3,2 miljoen) verdubbeld tot € 6,5 miljoen."
        try expectClaim("verdubbeld", in: doubled, kind: .change, verdict: .consistent, value: 6.5 / 3.2)
        let tripled = "Het budget voor de bibliotheek is sinds 2020 (€ 3,2 miljoen) verdrievoudigd tot € 6,5 miljoen."
        try expectVerdict(.inconsistent, of: "verdrievoudigd", in: tripled)
        // Without the sign, as before: 3,2 miljoen euro.
        let bare = "Het budget voor de bibliotheek is sinds 2020 (3,2 miljoen euro) verdubbeld tot 6,5 miljoen euro."
        try expectVerdict(.consistent, of: "verdubbeld", in: bare)
    }

    @Test("a halving and a hedged doubling of amounts in brackets")
    func halvedAndHedged() throws {
        // 8,4 → 4,3 miljoen is ×0,512.
        let halved = "De subsidie voor het theater is sinds 2019 (€ 8,4 miljoen) gehalveerd tot € 4,3 miljoen."
        try expectVerdict(.consistent, of: "gehalveerd", in: halved)
        // 3,2 → 6,3 is ×1,97: just under two.
        let almost = "Het budget voor de bibliotheek is sinds 2020 (€ 3,2 miljoen) bijna verdubbeld tot € 6,3 miljoen."
        try expectVerdict(.consistent, of: "verdubbeld", in: almost)
    }

    @Test("an unhedged 'verdubbeld' is 'circa': within 5% consistent, 5 to 10% doubt, far off inconsistent")
    func tolerance() throws {
        let text = { (end: String) in
            "Het budget voor de bibliotheek is sinds 2020 (€ 3,2 miljoen) verdubbeld tot € \(end) miljoen."
        }
        // 6,7 / 3,2 = 2,094 (4,7% off); 6,9 / 3,2 = 2,156 (7,8% off); 5,0 / 3,2 = 1,5625 (22% off).
        try expectVerdict(.consistent, of: "verdubbeld", in: text("6,7"))
        try expectVerdict(.unverifiable, of: "verdubbeld", in: text("6,9"))
        try expectVerdict(.inconsistent, of: "verdubbeld", in: text("5,0"))
    }

    @Test("two amounts each dated in brackets: a change in percent between them")
    func datedAmounts() throws {
        // 52.000 → 61.000 is +17,3%.
        let text = { (size: String) in
            "De muziekschool kreeg in 2021 (€ 52.000) en in 2024 (€ 61.000) subsidie, een stijging van \(size) procent."
        }
        try expectVerdict(.consistent, of: "17 procent", in: text("17"))
        try expectVerdict(.inconsistent, of: "27 procent", in: text("27"))
    }

    @Test("a value that ends another clause's change is none of the factor's, of amounts or counts")
    func otherClausesChange() throws {
        let amounts = """
            Het budget is sinds 2020 (€ 3,2 miljoen) verdrievoudigd; de huur van het clubhuis steeg tot € 6,5 miljoen.
            """
        try expectUnverifiable("verdrievoudigd", in: amounts)
        let counts = "Het aantal leden is sinds 2020 (3.200) verdrievoudigd; het aantal donateurs steeg tot 6.500."
        try expectUnverifiable("verdrievoudigd", in: counts)
        // The end value in a clause of its own with no verb of change stays the factor's.
        let apposed = "Het aantal leden is sinds 2020 (3.200) verdubbeld, tot 6.500."
        try expectVerdict(.consistent, of: "verdubbeld", in: apposed)
    }

    @Test("a factor between two groups is no change over time of the dated amount")
    func groupsNotTime() throws {
        let groups = "In 2022 (€ 3,2 miljoen) kreeg Delft twee keer zoveel als Zwolle."
        try expectUnverifiable("twee keer zoveel", in: groups)
        let other = """
            Delft gaf in 2020 (€ 3,2 miljoen) minder uit dan Zwolle, waar het budget sindsdien verdrievoudigde \
            tot € 6,5 miljoen.
            """
        try expectUnverifiable("verdrievoudigde", in: other)
        // Both groups' amounts given: the factor compares them (1,6 → 3,2 miljoen).
        let both = "De bijdrage in Delft (€ 3,2 miljoen) is twee keer zo groot als in Zwolle (€ 1,6 miljoen)."
        try expectVerdict(.consistent, of: "twee keer zo groot", in: both)
    }

    @Test("a base the text does not give, 'twee keer' as a frequency, 'dubbel' as an adjective")
    func nearCases() throws {
        try expectUnverifiable("verdubbeld", in: "Het budget is sinds 2020 verdubbeld tot € 6,5 miljoen.")
        try expectUnverifiable("verdubbeld", in: "Het aantal leden is sinds de fusie verdubbeld, tot 860.")
        for text in [
            "Het clubblad verscheen in 2024 (€ 4.800 drukkosten) twee keer per jaar.",
            "De voorzitter werd in 2016 (met 312 stemmen) twee keer herkozen.",
            "De gemeente verwacht een dubbele vergrijzing; de zorguitgaven stijgen tot € 41 miljoen.",
        ] {
            let found = try verified(text)
            #expect(found.allSatisfy { $0.verdict == .unverifiable || $0.kind != .change }, "\(found.map(reason))")
            #expect(!found.contains { $0.written.contains("keer") || $0.written.contains("dubbel") })
        }
    }
}
