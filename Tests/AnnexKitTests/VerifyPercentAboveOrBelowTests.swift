import Foundation
import Testing

@testable import AnnexKit

/// A percentage right before 'boven' or 'onder' after a verb of position whose clause has a subject of its own ('De
/// levertijd lag 12,5 procent boven de norm'): the subject's value relative to the one after the preposition, a change
/// as '12,5 procent hoger dan de norm' is (`isPositionMarker`), no share. A percentage that is its clause's subject, or
/// follows 'Van de …', stays a part; a norm the text gives no value for takes none of another comparison.
@Suite("verify: a percentage above or below another value")
struct VerifyPercentAboveOrBelowTests {
    @Test("'… lag daarmee … procent boven de norm' after the norm's value")
    func aboveNorm() throws {
        let lead = "De gemiddelde levertijd was 45 dagen, bij een norm van 40 dagen. De levertijd lag daarmee "
        try expectVerdict(.consistent, of: "12,5 procent", in: lead + "12,5 procent boven de norm.")
        try expectVerdict(.inconsistent, of: "15 procent", in: lead + "15 procent boven de norm.")
    }

    @Test("'Dat is …% onder het gemiddelde van € …' after the value it measures")
    func belowAverage() throws {
        let lead = "De huur van een studio is € 760. "
        try expectVerdict(.consistent, of: "5%", in: lead + "Dat is 5% onder het gemiddelde van € 800.")
        try expectVerdict(.inconsistent, of: "8%", in: lead + "Dat is 8% onder het gemiddelde van € 800.")
    }

    @Test("the amount of a change in the clause before is no level to set against the norm")
    func besideAmountOfChange() throws {
        // 42 / 35 = 1,2: the trip's level lies 20 percent above the norm; the 4 minutes it rose by are no level.
        let lead = "De gemiddelde reistijd bedroeg 42 minuten, tegen 38 minuten een jaar eerder. "
            + "De reistijd liep daarmee op met 4 minuten en ligt nu "
        try expectVerdict(.consistent, of: "20 procent", in: lead + "20 procent boven de richttijd van 35 minuten.")
        try expectVerdict(.inconsistent, of: "25 procent", in: lead + "25 procent boven de richttijd van 35 minuten.")
        try expectVerdict(.unverifiable, of: "20 procent", in: "De reistijd liep op met 4 minuten en ligt nu 20 "
            + "procent boven de richttijd van 35 minuten.")
    }

    @Test("a part above or below a line stays a share; a target with no value stays unverifiable")
    func near() throws {
        #expect(try claim("12 procent", in: "Van de 200 scholen zit 12 procent boven de norm.").kind == .share)
        #expect(try claim("Ruim 8 procent", in: "Ruim 8 procent leeft onder de armoedegrens.").kind == .share)
        let target = "De wachttijd daalde van 60 naar 48 dagen, een daling van 20 procent. "
            + "Daarmee ligt de wachttijd 4 procent onder de streefwaarde."
        try expectVerdict(.unverifiable, of: "4 procent", in: target)
    }
}
