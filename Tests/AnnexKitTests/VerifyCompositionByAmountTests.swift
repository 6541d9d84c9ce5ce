import Foundation
import Testing

@testable import AnnexKit

/// A whole said to be made up of amounts, each before what it is made of ('bestaan voor € 31 miljoen uit …, voor
/// € 12 miljoen uit … en voor € 9 miljoen uit …'): the verb of composition and its 'uit' stand apart, and the 'voor'
/// before every amount ties the list to the whole before the verb, all of it.
@Suite("verify: a whole composed 'voor' amount 'uit' its parts")
struct VerifyCompositionByAmountTests {
    @Test("a whole after 'van', three amounts each after 'voor'")
    func wholeAfterVan() throws {
        let text = { (whole: String) in
            "De lasten van € " + whole + " miljoen bestonden voor € 31,4 miljoen uit salarissen, voor € 12,9 miljoen "
                + "uit huisvesting en voor € 8,2 miljoen uit overige kosten.\n"
        }
        // 31,4 + 12,9 + 8,2 = 52,5.
        try expectClaim("€ 52,5 miljoen", in: text("52,5"), kind: .sum, verdict: .consistent)
        try expectVerdict(.inconsistent, of: "€ 53,5 miljoen", in: text("53,5"))
    }

    @Test("a whole in brackets, two counts each after 'voor'")
    func wholeInBrackets() throws {
        let text = { (whole: String) in
            "Het ledenbestand (" + whole + " leden) bestaat voor 1.240 uit senioren en voor 386 uit jeugdleden.\n"
        }
        try expectVerdict(.consistent, of: "1.626", in: text("1.626"))
        try expectVerdict(.inconsistent, of: "1.726", in: text("1.726"))
    }

    @Test("a word of selection, or one amount only: no sum to contradict")
    func nearCases() throws {
        try expectUnverifiable("€ 53,5 miljoen", in: "De lasten van € 53,5 miljoen bestonden onder meer voor € 31,4 "
            + "miljoen uit salarissen en voor € 12,9 miljoen uit huisvesting.\n")
        try expectUnverifiable("€ 53,5 miljoen", in: "De lasten van € 53,5 miljoen bestonden voor € 31,4 miljoen uit "
            + "salarissen; de huisvesting kostte € 12,9 miljoen.\n")
    }
}
