import Foundation
import Testing

@testable import AnnexKit

/// False alarms of unseen prose: a percentage naming a ranked group, a count of time taken as a later value, 'om'
/// between two numbers, a count of what each item is made of summed, a total of two columns summed over both, and
/// earlier values in brackets read as parts or a rate's counts.
@Suite("verify: ranked groups, counts of time, 'om', sizes of each, two columns, earlier values in brackets")
struct VerifyRankedGroupsAndColumnsTests {
    @Test("A percentage after an article and a superlative names a group, no change")
    func rankedGroup() throws {
        // 84.000 → 172.200 is ×2,05: 'ruim verdubbeld'; the 20 procent is the group.
        let text = """
            Het spaartegoed van de armste 20 procent van de gezinnen is sinds 2015 ruim verdubbeld, van 84.000 naar \
            172.200 euro.
            """
        let found = try verified(text)
        #expect(!found.contains { $0.written.contains("20 procent") }, "\(found.map(\.written))")
        try expectVerdict(.consistent, of: "verdubbeld", in: text)
    }

    @Test("A count of time is no later value of a count that counts no time")
    func timeIsNoLaterValue() throws {
        // 1.212 → 1.515 is +25%; 'binnen 21 dagen' is no value of the cases.
        let text = """
            In 1.515 dossiers kwam binnen 21 dagen een besluit; het jaar daarvoor waren dat er nog 1.212. Het aantal \
            snelle besluiten nam daarmee met een kwart toe.
            """
        try expectVerdict(.consistent, of: "een kwart", in: text)
    }

    @Test("'om' between two numbers sets the first against the second, as 'tegen' does")
    func setAgainst() throws {
        // 612 / 204 = 3: 'drie keer zoveel'.
        let text = "Er kwamen drie keer zoveel aanvragen uit de stad als van het platteland (612 om 204)."
        try expectVerdict(.consistent, of: "drie keer zoveel", in: text)
    }

    @Test("A count that says what each counted item is made of is no part of a sum")
    func sizeOfEachIsNoPart() throws {
        // 85 × 28 = 2.380, no sum of 85 and 28.
        let text = "De school telde 85 klassen van 28 leerlingen, samen 2.380 leerlingen."
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        // Coordinated counts of the total's noun still sum: 1.200 + 1.180 = 2.380.
        try expectVerdict(.consistent, of: "2.380", in: "De school telde 1.200 jongens en 1.180 meisjes, samen 2.380.")
    }

    @Test("A total line with a bracketed second column does not sum both columns of the lines above")
    func twoColumns() throws {
        let lines = """
            Aanvragen per loket:
            - centrum: 2.310 (2.150)
            - noord: 1.045 (1.120)
            Totaal: 3.355 (3.270)
            """
        let found = try verified(lines)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        // In one sentence the columns are read apart and each total checked: 2.310 + 1.045 = 3.355.
        let sentence = "Het centrum telde 2.310 (2.150) en noord 1.045 (1.120) aanvragen, samen 3.355 (3.270)."
        try expectVerdict(.consistent, of: "3.355", in: sentence)
        try expectVerdict(.consistent, of: "3.270", in: sentence)
    }

    @Test("Values in brackets opened by 'voorheen' are earlier values: no parts, no rate's counts")
    func formerValuesInBrackets() throws {
        // 36 and 30 hours before; 45 per week is neither 36 + 30 nor 36 / 30.
        let text = "De bezoektijden zijn verlengd tot 45 uur per week (voorheen 36 en 30 uur)."
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
        let sum = "De kosten bedroegen 66 euro (voorheen 36 en 30 euro)."
        #expect(try verified(sum).allSatisfy { $0.verdict != .inconsistent })
        // Parts in brackets with no word of an earlier time still sum: 36 + 30 = 66.
        try expectVerdict(.consistent, of: "66", in: "De kosten bedroegen 66 euro (36 en 30 euro).")
    }
}
