import Foundation
import Testing

@testable import AnnexKit

/// Two value lines right above set against each other in percent by prose that names each by its label: 'De gebouwen
/// kostten 60% meer dan de wegen' under 'Gebouwen  640', 'Wegen  400' (`comparedRows`): the line after 'dan' is the
/// base. A word that names several lines ('daken' of 'Platte daken' and 'Schuine daken') tells none apart.
@Suite("verify: a change in percent between two value lines the sentence names")
struct VerifyComparedLinesChangeTests {
    /// Maintenance costs of a municipality, per kind, with their total.
    private let costs = """
        Onderhoudskosten 2024 (x € 1.000)
        Gebouwen  640
        Wegen  400
        Groen  250

        """

    /// Solar panels per kind of roof: both labels end with 'daken', which tells neither apart.
    private let roofs = """
        Zonnepanelen per daktype (aantal)
        Platte daken  4.200
        Schuine daken  3.500

        """

    @Test("the line after 'dan' is the base")
    func lines() throws {
        // (640 − 400) / 400 = +60 %; 37,5 % is 240 over 640, the wrong base.
        try expectVerdict(.consistent, of: "60%", in: costs + "De gebouwen kostten 60% meer dan de wegen.")
        try expectVerdict(.inconsistent, of: "37,5%", in: costs + "De gebouwen kostten 37,5% meer dan de wegen.")
        // (250 − 400) / 400 = −37,5 %.
        try expectVerdict(
            .consistent, of: "37,5 procent", in: costs + "Het groen kostte 37,5 procent minder dan de wegen.")
    }

    @Test("lines told apart by the one word of their labels that differs")
    func toldApart() throws {
        // (4.200 − 3.500) / 3.500 = +20 %; 16,7 % is 700 over 4.200.
        try expectVerdict(
            .consistent, of: "20%", in: roofs + "Op platte daken lagen 20% meer panelen dan op schuine daken.")
        try expectVerdict(
            .inconsistent, of: "16,7%", in: roofs + "Op platte daken lagen 16,7% meer panelen dan op schuine daken.")
    }

    @Test("a side that names no one line, lines of percentages, or the items of a list stay unread")
    func near() throws {
        try expectUnverifiable("20%", in: roofs + "Op de daken lagen 20% meer panelen dan op schuine daken.")
        // Shares: a change of 25 may be in percent or in points.
        try expectUnverifiable(
            "25%", in: "Tevredenheid (%)\nGebouwen  40\nWegen  32\nDe gebouwen scoorden 25% hoger dan de wegen.")
        try expectUnverifiable(
            "25%", in: "Tevredenheid (%):\n- gebouwen: 40\n- wegen: 32\nDe gebouwen scoorden 25% hoger dan de wegen.")
    }
}
