import Foundation
import Testing

@testable import AnnexKit

/// A count that closes a lead on ':' over a dash list of its parts on the lines under it is the sum of those parts
/// (`totalOverListBelow()`), as a list after ':' within one sentence is.
@Suite("verify: a total in the lead over the list of its parts under it")
struct VerifyTotalOverListBelowTests {
    static func text(_ lead: String, novels: String = "198", youth: String = "141") -> String {
        lead + "\n- romans: \(novels)\n- jeugdboeken: \(youth)\n- studieboeken: 73\n"
    }

    @Test("a total after 'samen' and one after a verb")
    func leadTotals() throws {
        // 198 + 141 + 73 = 412.
        let cued = Self.text("Uitleningen in mei, samen 412 boeken:")
        try expectClaim("412", in: cued, kind: .sum, verdict: .consistent, value: 412)
        try expectVerdict(.inconsistent, of: "421", in: Self.text("Uitleningen in mei, samen 421 boeken:"))
        let told = Self.text("In mei leende de bibliotheek 412 boeken uit:")
        try expectClaim("412", in: told, kind: .sum, verdict: .consistent, value: 412)
        // A list near its whole and short of it contradicts it: 198 + 131 + 73 = 402.
        let short = Self.text("In mei leende de bibliotheek 412 boeken uit:", youth: "131")
        try expectVerdict(.inconsistent, of: "412", in: short)
    }

    @Test("a list far short of the lead's count names some of its parts")
    func farShort() throws {
        // 98 + 41 + 73 = 212, about half of 412.
        let some = Self.text("Uitleningen in mei, samen 412 boeken:", novels: "98", youth: "41")
        try expectUnverifiable("412", in: some)
    }
}

/// The total in prose under a table written as text of the one column that counts its noun
/// (`columnTotalUnderTable`):
/// also under a header whose digits only name a period ('ritten K2'), and with a share of a part split off after it
/// ('…; Noord reed daarvan 42%', '…, waarvan Noord 42%'), whose words name no rows the total is of.
@Suite("verify: a table's column total in prose beside a share of one of its rows")
struct VerifyColumnTotalBesideShareTests {
    static func text(_ prose: String, header: String = "ritten K2") -> String {
        "Afdeling | \(header) | tarief (€)\nNoord | 4.120 | 12,80\nMidden | 3.050 | 14,10\n"
            + "Zuid | 2.630 | 13,50\n" + prose + "\n"
    }

    @Test("a total followed by a share of one row")
    func totalBesideShare() throws {
        // 4.120 + 3.050 + 2.630 = 9.800.
        let after = Self.text("In totaal werden 9.800 ritten gereden; Noord reed daarvan 42%.")
        try expectClaim("9.800", in: after, kind: .sum, verdict: .consistent, value: 9800)
        let slip = Self.text("In totaal werden 9.080 ritten gereden; Noord reed daarvan 45%.")
        try expectVerdict(.inconsistent, of: "9.080", in: slip)
        let which = Self.text("Samen 9.800 ritten, waarvan Noord 42%.", header: "ritten")
        try expectClaim("9.800", in: which, kind: .sum, verdict: .consistent, value: 9800)
    }

    @Test("a total of some rows, or a column in thousands")
    func nearCases() throws {
        try expectUnverifiable("6.750", in: Self.text("Noord en Zuid samen 6.750 ritten, waarvan Noord 61%."))
        let thousands = "Afdeling | ritten (x 1.000)\nNoord | 4,1\nMidden | 3,1\nZuid | 2,6\n"
            + "In totaal werden 9.800 ritten gereden; Noord reed daarvan 42%.\n"
        try expectUnverifiable("9.800", in: thousands)
    }
}

/// A label word as the subject of 'tellen' ('telde de klas 28 leerlingen') is followed by the count it has, no label
/// (`Tokenizer.isCountingSubject`).
@Suite("verify: the count after the subject of 'tellen'")
struct VerifyCountingSubjectTests {
    @Test("the count the class has, split after ':'")
    func classCount() throws {
        // 15 + 13 = 28.
        let text = { (count: String) in
            "In 2024 telde de klas \(count) leerlingen: meisjes (15) en jongens (13).\n"
        }
        try expectClaim("28", in: text("28"), kind: .sum, verdict: .consistent, value: 28)
        try expectVerdict(.inconsistent, of: "26", in: text("26"))
    }

    @Test("after another verb the number after the label word names it")
    func otherVerb() throws {
        try expectUnverifiable("26", in: "In 2024 had de klas 26 leerlingen: meisjes (15) en jongens (13).\n")
    }
}
