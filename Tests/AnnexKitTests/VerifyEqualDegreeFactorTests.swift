import Foundation
import Testing

@testable import AnnexKit

/// A factor of equal degree ('N keer zo groot als een jaar eerder') or a factor verb ('verdrievoudigd') of one line of
/// a list that gives its earlier value in brackets after its year ('- laadpalen: 21 (2024: 10)'): the line's later
/// value over its earlier (`ClaimParser.timedRowChange`), as a change in percent or a fraction of it is read. 'als'
/// after 'zo' must compare with the earlier time, as 'dan' must for a comparative.
@Suite("verify: a factor of equal degree of a list line dated in brackets")
struct VerifyEqualDegreeFactorTests {
    /// Key figures of a town's mobility, this year with last year's in brackets.
    static let figures = """
        Mobiliteit in cijfers 2025
        - laadpalen in gebruik: 41 (2024: 20)
        - deelauto's: 36 (2024: 12)
        - fietsenstallingen: 410 (2024: 400)

        """

    @Test("'N keer zo groot als een jaar eerder' of the line the sentence names, hedged as factor words are")
    func factorOfLine() throws {
        // 20 → 41 is ×2,05: above two within 5%.
        let hedged = Self.figures + "Het aantal laadpalen in gebruik is ruim twee keer zo groot als een jaar eerder."
        try expectVerdict(.consistent, of: "ruim twee keer zo groot", in: hedged)
        let below = Self.figures + "Het aantal laadpalen in gebruik is bijna twee keer zo groot als een jaar eerder."
        try expectVerdict(.inconsistent, of: "bijna twee keer zo groot", in: below)
        // 12 → 36 is ×3; 'vier keer' is a quarter off.
        let plain = Self.figures + "Het aantal deelauto's is drie keer zo groot als in 2024."
        try expectVerdict(.consistent, of: "drie keer zo groot", in: plain)
        let wrong = Self.figures + "Het aantal deelauto's is vier keer zo groot als in 2024."
        try expectVerdict(.inconsistent, of: "vier keer zo groot", in: wrong)
    }

    @Test("a factor verb of the line: 'verdrievoudigd' since the bracket's year")
    func factorVerbOfLine() throws {
        let tripled = Self.figures + "Het aantal deelauto's is sinds 2024 verdrievoudigd."
        try expectVerdict(.consistent, of: "verdrievoudigd", in: tripled)
    }

    @Test("near cases: another group after 'als', a line the text does not give, another quantity, a count of times")
    func nearCases() throws {
        // 'als in Zwolle': a comparison with another town, not with last year.
        let town = Self.figures + "Het aantal laadpalen in gebruik is ruim twee keer zo groot als in Zwolle."
        try expectUnverifiable("ruim twee keer zo groot", in: town)
        // No line counts bus stops: the factor's values are not given.
        let absent = Self.figures + "Het aantal bushaltes is twee keer zo groot als een jaar eerder."
        try expectUnverifiable("twee keer zo groot", in: absent)
        // 'zo lang' of the waiting time at the chargers: a factor of another quantity than the line's counts.
        let other = Self.figures + "De wachttijd bij de laadpalen is twee keer zo lang als een jaar eerder."
        try expectUnverifiable("twee keer zo lang", in: other)
        // 'twee keer per jaar' counts occasions: no factor.
        let count = Self.figures + "De fietsenstallingen worden twee keer per jaar geveegd."
        #expect(try verified(count).allSatisfy { $0.verdict != .inconsistent })
    }
}
