import Foundation
import Testing

@testable import AnnexKit

/// A quantity restated in a sentence of its own as the level a verb of change arrives at ('In 2023 was dat aantal
/// gedaald tot 1.020'): the pair it makes with the value of the sentence before is carried to a change that refers
/// back to it (`restatedPair`, `arrivals(at:)`).
@Suite("verify: a restated value that a verb of change arrives at")
struct VerifyRestatedValueArrivedAtTests {
    @Test("two years: 'In 2021 … 1.360 klanten. In 2023 was dat aantal gedaald tot 1.020. De afname bedraagt …'")
    func years() throws {
        let text = "In 2021 telde de voedselbank 1.360 klanten. In 2023 was dat aantal gedaald tot 1.020. De afname "
            + "bedraagt 25 procent."
        try expectVerdict(.consistent, of: "25 procent", in: text)
        let wrong = "In 2021 telde de voedselbank 1.360 klanten. In 2023 was dat aantal gedaald tot 1.020. De afname "
            + "bedraagt 20 procent."
        // 1.020 against 1.360 is 25% less, not 20%.
        try expectVerdict(.inconsistent, of: "20 procent", in: wrong)
    }

    @Test("no years: the verb that arrives at the value makes it the later one ('liep dat aantal terug naar 360')")
    func noYears() throws {
        let wrong = "Bij de start van het project stonden in de wijk 480 woningen leeg. Door de aanpak liep dat aantal "
            + "terug naar 360. Dat is een daling van 30 procent."
        // 360 against 480 is 25% less.
        try expectVerdict(.inconsistent, of: "30 procent", in: wrong)
    }

    @Test("a place the sentence before does not name ('In Culemborg liep dat aantal terug tot …'): unverifiable")
    func otherPlace() throws {
        let text = "In 2021 telde de voedselbank in Tiel 1.360 klanten. In Culemborg liep dat aantal in 2023 terug tot "
            + "1.020. De afname bedraagt 20 procent."
        try expectVerdict(.unverifiable, of: "20 procent", in: text)
    }
}
