import Foundation
import Testing

@testable import AnnexKit

/// 'zo' right before a claim's figure says the claim follows from what was said before, as 'dus' does
/// (`saysThus(before:)`): a factor or change in percent whose subject is a bare name then compares the values two
/// sentences gave one each (`contrastAcrossSentences(of:)`). A factor of duration takes no counts of another noun.
@Suite("verify: 'zo' before a claim's figure refers back to the two sentences before")
struct VerifyThusBeforeClaimTests {
    /// Two towns' charging points, one a sentence: Tiel 360, Culemborg 240.
    private let lead = "In Tiel staan 360 laadpalen. In Culemborg zijn dat er 240. "

    @Test("a factor of a bare name: 'Tiel heeft zo anderhalf keer zoveel laadpalen'")
    func factor() throws {
        // 360 / 240 = 1,5.
        try expectVerdict(
            .consistent, of: "anderhalf keer zoveel", in: lead + "Tiel heeft zo anderhalf keer zoveel laadpalen.")
        // 1,5 is a quarter below 2: no hedge covers it.
        try expectVerdict(.inconsistent, of: "twee keer zoveel", in: lead + "Tiel heeft zo twee keer zoveel laadpalen.")
    }

    @Test("a change in percent of a bare name, the other group's value its base")
    func percentage() throws {
        // (360 − 240) / 240 = 50 %; (240 − 360) / 360 = −33,3 %.
        try expectVerdict(.consistent, of: "50 procent", in: lead + "Tiel heeft zo 50 procent meer laadpalen.")
        try expectVerdict(.inconsistent, of: "40 procent", in: lead + "Tiel heeft zo 40 procent meer laadpalen.")
        try expectVerdict(.consistent, of: "33 procent", in: lead + "Culemborg heeft zo 33 procent minder laadpalen.")
        try expectVerdict(.consistent, of: "een derde", in: lead + "Culemborg heeft zo een derde minder laadpalen.")
    }

    @Test("a factor of duration takes two values counted in units of time")
    func duration() throws {
        // 12 / 6 = 2.
        try expectVerdict(
            .consistent, of: "twee keer zo lang",
            in: "In Tiel wacht een aanvrager 12 weken. In Culemborg zijn dat er 6. "
                + "In Tiel duurt het zo twee keer zo lang.")
    }

    @Test("a third town, 'twee keer per jaar', 'zo' of degree, a factor of duration stay unverifiable")
    func near() throws {
        // Buren is neither group: its count is not given.
        try expectUnverifiable("twee keer zoveel", in: lead + "Buren heeft zo twee keer zoveel laadpalen.")
        try expectUnverifiable("twee keer", in: lead + "Tiel controleert zo twee keer per jaar alle palen.")
        // A waiting time is no count of charging points, with 'zo' or with 'dus'.
        try expectUnverifiable("twee keer zo lang", in: lead + "De wachttijd is in Tiel zo twee keer zo lang.")
        try expectUnverifiable("twee keer zo lang", in: lead + "De wachttijd is in Tiel dus twee keer zo lang.")
        // Two counts in Tiel's sentence: which one is compared is not told.
        try expectUnverifiable(
            "anderhalf keer zoveel",
            in: "In Tiel staan 360 laadpalen en 40 snelladers. In Culemborg zijn dat er 240. "
                + "Tiel heeft zo anderhalf keer zoveel laadpalen.")
    }
}
