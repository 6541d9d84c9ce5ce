import Foundation
import Testing

@testable import AnnexKit

/// An excess or shortfall against a budget written in percent by its own noun ('een overschrijding van 15 procent'):
/// the gap relative to the budget, a change from the one budgeted amount to the one spent (`shortfallInPercent`).
@Suite("verify: an overrun of a budget in percent")
struct VerifyOverrunInPercentTests {
    @Test("a budget in the passive: '… terwijl € 8,0 miljoen was begroot: een overschrijding van 15 procent'")
    func passiveBudget() throws {
        let text = "Het waterschap gaf aan dijkonderhoud € 9,2 miljoen uit, terwijl € 8,0 miljoen was begroot: een "
            + "overschrijding van 15 procent."
        try expectVerdict(.consistent, of: "15 procent", in: text)
        let wrong = "Voor dijkonderhoud was € 8,0 miljoen begroot; de uitgaven kwamen uit op € 9,2 miljoen, een "
            + "overschrijding van 12 procent."
        // 9,2 over 8,0 is 15% more, not 12%.
        try expectVerdict(.inconsistent, of: "12 procent", in: wrong)
    }

    @Test("a budget named by its noun: 'tegen een begroting van € 40,0 mln: een onderbesteding van 5 procent'")
    func budgetNoun() throws {
        let text = "De lasten voor groenbeheer bedroegen € 38,0 mln, tegen een begroting van € 40,0 mln: een "
            + "onderbesteding van 5 procent."
        try expectVerdict(.consistent, of: "5 procent", in: text)
    }

    @Test("two amounts and no budget among them: unverifiable")
    func noBudget() throws {
        let text = "Het waterschap gaf aan dijkonderhoud € 9,2 miljoen uit en aan gemalen € 8,0 miljoen: een "
            + "overschrijding van 15 procent."
        try expectVerdict(.unverifiable, of: "15 procent", in: text)
    }

    @Test("a budget and the excess over it, not the result ('… met € 4 miljoen'): unverifiable, no false alarm")
    func excessNoResult() throws {
        let text = "De kosten van de verbouwing overschreden het budget van € 32 miljoen met € 4 miljoen, een "
            + "overschrijding van 12,5 procent."
        try expectVerdict(.unverifiable, of: "12,5 procent", in: text)
    }
}
