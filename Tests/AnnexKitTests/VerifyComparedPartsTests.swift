import Foundation
import Testing

@testable import AnnexKit

/// Two groups set against each other with 'tegen', each as a part of its own whole: a comparison of their shares,
/// never a change from one group's count to the other's whole. In words of their own, each both ways.
@Suite("verify: parts of their own wholes set against each other")
struct VerifyComparedPartsTests {
    @Test("A share after its part and whole stays a share under a direction word ('viel terug')")
    func sharesUnderDirection() throws {
        // 30 of 240 is 12,5%; 66 of 220 is 30,0%.
        func text(_ first: String, _ second: String) -> String {
            "Wie begeleiding kreeg, viel minder vaak terug: 30 van de 240 (\(first) procent) tegen 66 van de 220 "
                + "(\(second) procent)."
        }
        try expectVerdict(.consistent, of: "13 procent", in: text("13", "30"))
        try expectVerdict(.consistent, of: "30 procent", in: text("13", "30"))
        try expectVerdict(.inconsistent, of: "35 procent", in: text("13", "35"))
        try expectVerdict(.inconsistent, of: "18 procent", in: text("18", "30"))
    }

    @Test("'tegen' before a part of its own whole gives no earlier value; before a plain count it still does")
    func noChangeBetweenParts() throws {
        let parts = "De wijkteams liepen achter: in Oost 45 van de 300 dossiers, tegen 40 van de 200 in West, "
            + "een daling van 20 procent."
        try expectVerdict(.unverifiable, of: "20 procent", in: parts)
        // 'tegen' with an earlier value that is no part of a whole still starts a change: 300 → 240 is −20%.
        let change = "Het aantal klachten liep terug tot 240, tegen 300 een jaar eerder: een daling van PCT procent."
        try expectVerdict(.consistent, of: "20 procent", in: change.replacingOccurrences(of: "PCT", with: "20"))
        try expectVerdict(.inconsistent, of: "25 procent", in: change.replacingOccurrences(of: "PCT", with: "25"))
    }

    @Test("A factor between two parts of their own wholes compares their shares, from the group after 'als'")
    func factorOfShares() throws {
        // 60 of 400 is 15%, 20 of 200 is 10%: boys 1,5 times as often as girls.
        let parts = ": 60 van de 400 jongens tegen 20 van de 200 meisjes."
        try expectVerdict(.consistent, of: "anderhalf keer zo vaak",
                          in: "Jongens kwamen anderhalf keer zo vaak terug als meisjes" + parts)
        try expectVerdict(.inconsistent, of: "twee keer zo vaak",
                          in: "Jongens kwamen twee keer zo vaak terug als meisjes" + parts)
        try expectVerdict(.inconsistent, of: "anderhalf keer zo vaak",
                          in: "Meisjes kwamen anderhalf keer zo vaak terug als jongens" + parts)
        // Without a group named after 'als' the order is not in the text.
        try expectVerdict(.unverifiable, of: "anderhalf keer zo vaak",
                          in: "Zij kwamen anderhalf keer zo vaak terug" + parts)
    }
}
