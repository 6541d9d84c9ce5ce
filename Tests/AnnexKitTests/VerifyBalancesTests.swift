import Foundation
import Testing

@testable import AnnexKit

/// A balance of an inflow and an outflow that a memo's labels name: 'Saldo: …' on the line after an 'Instroom: …' and
/// an 'Uitstroom: …' line, or clauses of one line, each a label before a colon ('instroom: …; uitstroom: …; saldo:
/// …'). Hand-computed, both ways, with the near cases that must stay without a verdict.
@Suite("verify: a balance of two flows a memo's labels name")
struct VerifyBalancesTests {
    /// Inflow 860, outflow 795: 860 − 795 = +65.
    @Test(
        "A balance on the line under an inflow and an outflow line",
        arguments: [
            ("Saldo: 65.", "65", Verdict.consistent),
            ("Saldo: 56.", "56", .inconsistent),
            // The size fits, the sign does not: more came in than went out.
            ("Saldo: -65.", "-65", .inconsistent),
        ])
    func balanceLine(line: String, written: String, expected: Verdict) throws {
        let lines = "Instroom dagbesteding: 860.\nUitstroom: 795.\n"
        try expectVerdict(expected, of: written, in: lines + line)
    }

    /// Inflow 4.310, outflow 4.450: 4.310 − 4.450 = −140, its sign written or named by 'negatief'.
    @Test("A balance in the clauses of one line, signed by its number or by 'negatief'")
    func balanceClause() throws {
        let opening = "Instroom wachtlijst 2026: 4.310 aanmeldingen; uitstroom: 4.450 aanmeldingen; "
        try expectVerdict(.consistent, of: "-140", in: opening + "saldo: -140.")
        try expectVerdict(.inconsistent, of: "+140", in: opening + "saldo: +140.")
        try expectVerdict(.consistent, of: "140", in: opening + "negatief saldo: 140.")
        try expectVerdict(.inconsistent, of: "104", in: opening + "negatief saldo: 104.")
    }

    /// Lines with an item mark, the balance's label naming both flows: 2.075 − 2.130 = −55.
    @Test("Bulleted lines, a label that names the flows")
    func bulleted() throws {
        let lines = "- Instroom: 2.075 personen\n- Uitstroom: 2.130 personen\n"
        try expectVerdict(.consistent, of: "-55", in: lines + "- Saldo instroom min uitstroom: -55")
        try expectVerdict(.inconsistent, of: "-45", in: lines + "- Saldo instroom min uitstroom: -45")
    }

    @Test("Only one flow above the balance: no verdict")
    func oneFlow() throws {
        try expectUndecided("Instroom dagbesteding: 860.\nSaldo: 65.")
        try expectUndecided("Instroom dagbesteding: 860.\nInstroom vorig jaar: 795.\nSaldo: 65.")
    }

    @Test("A line between the flows and the balance: no verdict")
    func lineBetween() throws {
        try expectUndecided("Instroom: 860.\nUitstroom: 795.\nWachtlijst: 312.\nSaldo: 65.")
    }

    @Test("An amount of money after counts of flow: no balance of them")
    func money() throws {
        try expectUndecided("Instroom: 860.\nUitstroom: 795.\nSaldo rekening: € 56.")
    }

    @Test("Flows of births and deaths above a migration balance: no verdict")
    func otherKind() throws {
        try expectUndecided("Geboren: 1.420.\nOverleden: 1.385.\nMigratiesaldo: 35.")
    }

    private func expectUndecided(_ text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.verdict != .unverifiable }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }
}
