import Foundation
import Testing

@testable import AnnexKit

/// A percentage that is a level or a mean change is read as such, not as a change or share that another part
/// of the sentence seems to offer.
@Suite("verify: levels named by a noun, and changes 'gemiddeld met P procent'")
struct VerifyLevelsAndMeanChangesTests {
    @Test("'boven de streefwaarde van 4,8%' in a clause with no direction word is a level, not the change before it")
    func namedLevel() throws {
        let found = try verified(
            "Het verzuim daalde van 6,4% naar 5,9%, een daling van 0,5 procentpunt, en bleef daarmee boven de "
                + "streefwaarde van 4,8%.")
        #expect(found.first { $0.written == "0,5 procentpunt" }?.verdict == .consistent)
        #expect(found.allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "A change noun before 'van P%' still makes a change",
        arguments: [("4,8%", Verdict.consistent), ("5,8%", .inconsistent)])
    func changeNounLevel(written: String, expected: Verdict) throws {
        let found = try verified("Het aantal steeg van 500 naar 524, een stijging van \(written).")
        #expect(found.first { $0.written == written }?.verdict == expected)
    }

    @Test("'daalde … gemiddeld met 20 procent' is a mean change, not a share of the '(9 van de 30)' before it")
    func meanChangeNoShare() throws {
        let found = try verified(
            "In de wijken met een buurtteam (9 van de 30) daalde het aantal meldingen gemiddeld met 20 procent.")
        #expect(found.allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "A mean change with its from–to values is checked as a change",
        arguments: [("25", Verdict.consistent), ("20", .inconsistent)])
    func meanChangeChecked(percent: String, expected: Verdict) throws {
        let found = try verified(
            "Bij de 40 teams steeg de caseload gemiddeld met \(percent) procent, van 16 naar 20 cliënten per "
                + "medewerker.")
        #expect(found.first { $0.written == "\(percent) procent" }?.verdict == expected)
    }

    @Test("A difference from the past ('56 meer dan een jaar geleden') is no start value of the next sentence's change")
    func differenceIsNoBase() throws {
        let found = try verified(
            "In Zwolle staan nu 406 huishoudens op de wachtlijst, 56 meer dan een jaar geleden. Dat is een "
                + "toename van 16 procent.")
        #expect(found.allSatisfy { $0.verdict != .inconsistent })
    }
}
