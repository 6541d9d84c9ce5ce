import Foundation
import Testing

@testable import AnnexKit

/// A change stated twice, as an amount and in percent joined by 'ofwel' or 'of' ('een daling van € 28.000 ofwel
/// 6,4%', 'met 42, ofwel 10%'), is one change: the number that restates the claim is no second value beside the level
/// the sentence restates (`ClaimParser.restatedLevels`) nor a second number of the stretch that names a table's row
/// (`ClaimParser.timedRowChange`). Each part alone was read before; together neither was.
@Suite("verify: an amount and a percentage that restate one change")
struct VerifyRestatingChangePartnerTests {
    /// The later level in the sentence before, the earlier one restated by 'was dat nog' with its year.
    private let subsidy = "Het museum ontving in 2023 € 412.000 aan subsidie."

    @Test("A restated earlier level with the change as an amount and a percentage")
    func restatedLevel() throws {
        // 440.000 → 412.000: −28.000 (the '6,4%' after it, 28.000 / 440.000, is not yet read: see docs/verify.md).
        let right = subsidy + " In 2022 was dat nog € 440.000, een daling van € 28.000 ofwel 6,4%."
        try expectClaim("€ 28.000", in: right, kind: .difference, verdict: .consistent, value: -28_000)
        // 38.000 is no difference of the two levels.
        let wrong = subsidy + " In 2022 was dat nog € 440.000, een daling van € 38.000 ofwel 6,8%."
        try expectClaim("€ 38.000", in: wrong, kind: .difference, verdict: .inconsistent)
    }

    /// A table of two years under which the prose names one row.
    private let loans = """
        Leningen | 2022 | 2023
        Romans | 420 | 462
        Strips | 150 | 141
        Totaal | 570 | 603
        """

    @Test("A row's change as amount and percentage under a table of two years")
    func tableRow() throws {
        // Romans 420 → 462: +42, and 42 / 420 = 10 %.
        let right = loans + "\nHet aantal geleende romans nam toe met 42, ofwel 10%."
        try expectClaim("42", in: right, kind: .difference, verdict: .consistent, value: 42)
        try expectClaim("10%", in: right, kind: .change, verdict: .consistent)
        // 52 is no difference of the row; 9,1 % is 42 over 462, the later value.
        let wrong = loans + "\nHet aantal geleende romans nam toe met 52, ofwel 9,1%."
        try expectClaim("52", in: wrong, kind: .difference, verdict: .inconsistent)
        try expectClaim("9,1%", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("A row the words do not name stays unbound")
    func noRowNamed() throws {
        // 'boeken' names no row (nor the total row by its label).
        let text = loans + "\nHet aantal geleende boeken nam toe met 42, ofwel 10%."
        try expectUnverifiable("42", in: text)
        try expectUnverifiable("10%", in: text)
    }
}
