import Foundation
import Testing

@testable import AnnexKit

/// A level restated for an earlier time in the sentence after its end value, with the change in that sentence: 'De
/// omzet … kwam uit op € 48.000. In 2022 was dat nog € 40.000, zodat de omzet met 20 procent groeide'
/// (`restatedPair(besides:)`).
@Suite("verify: a change beside a start value that restates the level of the sentence before")
struct VerifyRestatedStartValueTests {
    @Test("an amount: '… kwam uit op € 48.000. In 2022 was dat nog € 40.000, zodat de omzet … groeide'")
    func amountRestated() throws {
        let text = "De omzet van de kantine kwam uit op € 48.000. In 2022 was dat nog € 40.000, zodat de omzet "
            + "met 20 procent groeide."
        try expectVerdict(.consistent, of: "20 procent", in: text)
        let wrong = "De omzet van de kantine kwam uit op € 48.000. In 2022 was dat nog € 40.000, zodat de omzet "
            + "met 25 procent groeide."
        // € 48.000 against € 40.000 is 20% more, not 25%.
        try expectVerdict(.inconsistent, of: "25 procent", in: wrong)
    }

    @Test("an end value a verb of change arrives at: 'Het aantal uitleningen steeg tot 8.400. In 2023 … nog 7.000'")
    func arrivedEnd() throws {
        let wrong = "Het aantal uitleningen steeg tot 8.400. In 2023 waren het er nog 7.000, een toename van 16 "
            + "procent."
        // 8.400 against 7.000 is 20% more.
        try expectVerdict(.inconsistent, of: "16 procent", in: wrong)
    }

    @Test("a restatement with no mark of time ('Bij de zusterclub waren dat er 450'): unverifiable")
    func noTime() throws {
        let text = "Het aantal leden van de roeivereniging kwam uit op 540. Bij de zusterclub waren dat er 450, een "
            + "groei van 25 procent."
        try expectVerdict(.unverifiable, of: "25 procent", in: text)
    }

    @Test("'nog' against a mark of now ('Begin dit jaar waren dat er nog 200'): no order, unverifiable")
    func stillAgainstNow() throws {
        let text = "Vandaag staan er 150 namen op de wachtlijst. Begin dit jaar waren dat er nog 200, een daling van "
            + "25 procent."
        try expectVerdict(.unverifiable, of: "25 procent", in: text)
    }
}
