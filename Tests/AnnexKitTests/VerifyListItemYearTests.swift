import Foundation
import Testing

@testable import AnnexKit

/// Values listed with a year each in an item of their own ('in 2021 905 en in 2022 984', '1.500 bomen geplant in
/// 2019, 1.650 in 2020'), a series whose change a later sentence states over a span it names (`itemYear(of:)`).
@Suite("verify: a series of values dated by the items of their list")
struct VerifyListItemYearTests {
    @Test("years opening the items: 'In 2020 telde de club 820 leden, in 2021 905 en in 2022 984'")
    func yearsOpeningItems() throws {
        let text = "In 2020 telde de bibliotheek 820 leden, in 2021 905 en in 2022 984. In twee jaar groeide het "
            + "ledental daarmee met 20 procent."
        try expectVerdict(.consistent, of: "20 procent", in: text)
        let wrong = "In 2020 telde de bibliotheek 820 leden, in 2021 905 en in 2022 984. In twee jaar groeide het "
            + "ledental daarmee met 25 procent."
        // 984 over 820 is 20% more, not 25%.
        try expectVerdict(.inconsistent, of: "25 procent", in: wrong)
    }

    @Test("a year after the value's noun and verb: '1.500 bomen aangeplant in 2019, 1.650 in 2020 …'")
    func yearAfterVerb() throws {
        let text = "De gemeente liet 1.500 bomen aanplanten in 2019, 1.650 in 2020 en 1.800 in 2021. Sinds 2019 is "
            + "dat aantal met 20 procent gestegen."
        try expectVerdict(.consistent, of: "20 procent", in: text)
    }

    @Test("items in clauses of their own: 'In 2019 kwamen 640 … binnen; in 2020 waren het er 720 en in 2021 800'")
    func clauses() throws {
        let wrong = "In 2019 kwamen bij de ombudsman 640 klachten over parkeren binnen; in 2020 waren het er 720 en "
            + "in 2021 800. In twee jaar is het aantal met 30 procent toegenomen."
        // 800 over 640 is 25% more.
        try expectVerdict(.inconsistent, of: "30 procent", in: wrong)
    }

    @Test("an item that spans two years ('Tussen 2018 en 2019 kwamen er 820 bij') dates no value: unverifiable")
    func spanningItem() throws {
        let text = "Tussen 2018 en 2019 kwamen er 820 leden bij, in 2020 905 en in 2021 984. In twee jaar groeide "
            + "het ledental daarmee met 25 procent."
        try expectVerdict(.unverifiable, of: "25 procent", in: text)
    }
}
