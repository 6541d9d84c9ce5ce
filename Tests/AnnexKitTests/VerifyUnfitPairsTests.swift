import Foundation
import Testing

@testable import AnnexKit

/// False alarms of a new unseen corpus (verify174), each mended by structure: a whole summed from numbers of unlike
/// kinds, a change given the pair of another clause's verb, a change of a count given two percentages, and a factor
/// given a pair that leaves out the value its own sentence states.
@Suite("verify: pairs that are not the claim's (round 52)")
struct VerifyUnfitPairsTests {
    @Test("Euros, days and euros per day never add up to a whole of groups")
    func unlikeNumbersNoSum() throws {
        // Read as a sum, the whole would be 46.200 + 60 + 770 = 47.030 and 250 of it 0,5%; the like quantity is
        // 250 / 770 = 32,5% (bijna een derde).
        let text = "In het voorjaar haalde de buitenbadvereniging € 46.200 aan kaartverkoop binnen over 60 "
            + "zwemdagen, gemiddeld € 770 per zwemdag. In het binnenbad was dat € 250 per dag, bijna een derde van "
            + "het buitenbad."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "€ 770", in: text)
        // Groups of one kind still add up: 42 + 58 = 100 members, 58 of them 58%.
        let groups = "Onze jeugdafdeling telt 42 jongens en 58 meisjes. De meisjes zijn goed voor 58 procent van de "
            + "jeugd."
        try expectVerdict(.consistent, of: "58 procent", in: groups)
        try expectVerdict(
            .inconsistent, of: "48 procent", in: groups.replacingOccurrences(of: "58 procent", with: "48 procent"))
    }

    @Test("A pair in the stretch of another verb of change is not the claim's")
    func pairOfOtherVerb() throws {
        // Kosten 200.000 → 230.000 = +15%; per rit 5.000 → 4.600 = −8%.
        let table = """
            Gladheidsbestrijding | 2021 | 2022
            Ritten | 40 | 50
            Kosten (€) | 200.000 | 230.000

            """
        let text = table + "De kosten stegen met 15 procent; per rit daalden ze van € 5.000 naar € 4.600."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // The pair after ':' with no verb of its own spells the claim out.
        let spelled = "De kosten stegen met 15 procent: van € 200.000 naar € 230.000."
        try expectVerdict(.consistent, of: "15 procent", in: spelled)
        try expectVerdict(
            .inconsistent, of: "12 procent", in: spelled.replacingOccurrences(of: "15 procent", with: "12 procent"))
        // A claim in the pair's own stretch still takes it: 5.000 → 4.600 = −8%.
        let own = "De kosten stegen; per rit daalden ze met 8 procent, van € 5.000 naar € 4.600."
        try expectVerdict(.consistent, of: "8 procent", in: own)
        try expectVerdict(
            .inconsistent, of: "9 procent", in: own.replacingOccurrences(of: "8 procent", with: "9 procent"))
    }

    @Test("A change of a count is not judged against two percentages")
    func countIsNoPercentage() throws {
        // 22,0% → 24,2% is +10%, a change of the share; the count of e-bikes is another quantity.
        let text = "Het aandeel fietsers onder de forenzen steeg van 22,0 naar 24,2 procent, een toename van 2,2 "
            + "procentpunt. Volgens de gemeente komt dat doordat het aantal e-bikes met 15 procent toenam."
        try expectVerdict(.unverifiable, of: "15 procent", in: text)
        try expectVerdict(.consistent, of: "2,2 procentpunt", in: text)
        // The relative change of the share itself is still checked: +10%.
        let share = "Het aandeel fietsers onder de forenzen steeg van 22,0 naar 24,2 procent, een stijging van 10 "
            + "procent."
        try expectVerdict(.consistent, of: "10 procent", in: share)
        try expectVerdict(
            .inconsistent, of: "12 procent", in: share.replacingOccurrences(of: "10 procent", with: "12 procent"))
        // A count's change of counts is still checked: 400 → 460 = +15%.
        let count = "Het aantal e-bikes steeg van 400 naar 460, een toename van 15 procent."
        try expectVerdict(.consistent, of: "15 procent", in: count)
        try expectVerdict(
            .inconsistent, of: "25 procent", in: count.replacingOccurrences(of: "15 procent", with: "25 procent"))
    }

    @Test("A factor is not judged against a pair that leaves out its own sentence's value")
    func factorKeepsOwnValue() throws {
        // 15 → 12 minutes is −20% (×0,8); the factor compares 40 minutes with 12: 3,33 (ruim drie).
        let text = "De gemiddelde wachttijd bij de balie van het stadskantoor was 12 minuten (2023: 15 minuten), een "
            + "daling van 20 procent. Bij het loket in de wijk was dat 40 minuten, ruim drie keer zo lang."
        let found = try verified(text)
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "20 procent", in: text)
        // A factor whose sentence states no value takes the pair before: 30 → 90 = ×3.
        let bare = "Het aantal deelnemers ging van 30 naar 90. Dat is drie keer zo veel."
        try expectVerdict(.consistent, of: "drie keer zo veel", in: bare)
        try expectVerdict(
            .inconsistent, of: "vier keer zo veel", in: bare.replacingOccurrences(of: "drie", with: "vier"))
    }
}
