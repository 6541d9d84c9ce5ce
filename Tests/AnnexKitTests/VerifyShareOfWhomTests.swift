import Foundation
import Testing

@testable import AnnexKit

/// Which part a share is of: the one its parenthesis follows, not a later group's; and not a part of another
/// noun than the one the share names. In words of their own, each both ways.
@Suite("verify: the part a share is of")
struct VerifyShareOfWhomTests {
    @Test("A share in parentheses takes the 'M van de W' before it, not the one after it")
    func parenthesisAfterItsPart() throws {
        // 18 of 120 is 15,0%; 42 of 160 is 26,25%.
        let text = "Wie de training volgde, pleegde minder vaak een nieuw delict: 18 van de 120 (SHARE procent) "
            + "tegen 42 van de 160 zonder training (26 procent)."
        try expectVerdict(.consistent, of: "15 procent", in: text.replacingOccurrences(of: "SHARE", with: "15"))
        try expectVerdict(.inconsistent, of: "19 procent", in: text.replacingOccurrences(of: "SHARE", with: "19"))
        try expectVerdict(.consistent, of: "26 procent", in: text.replacingOccurrences(of: "SHARE", with: "15"))
    }

    @Test("A share that names its noun takes no part of another noun from the sentence before")
    func namedNoun() throws {
        // 1.344 of 1.600 are boys; the girls' share, 16 procent, is of the 256 not given as a part.
        func expect(_ verdict: Verdict, _ written: String, _ sentence: String) throws {
            try expectVerdict(verdict, of: written, in: "Van de 1.600 jongeren in de opvang waren er 1.344 jongens. "
                + sentence)
        }
        try expect(.unverifiable, "16 procent", "Het aandeel meisjes kwam daarmee op 16 procent.")
        try expect(.unverifiable, "60 procent", "Het aandeel meisjes kwam daarmee op 60 procent.")
        try expect(.unverifiable, "16 procent", "Het aandeel meisjes is daarmee 16 procent.")
        // The share of the part's own noun is still checked, both ways: 1.344 / 1.600 = 84%.
        try expect(.consistent, "84 procent", "Het aandeel jongens kwam daarmee op 84 procent.")
        try expect(.inconsistent, "74 procent", "Het aandeel jongens kwam daarmee op 74 procent.")
        try expect(.consistent, "84 procent", "Het aandeel kwam daarmee op 84 procent.")
        try expect(.inconsistent, "74 procent", "Het aandeel lag daarmee op 74 procent.")
    }

    @Test("A count of times ('vijf keer per week') is no part of a share")
    func timesAreNoPart() throws {
        // 144 of 320 is 45%.
        let stated = "Van de 320 ondervraagde ouderen bewogen er 144 minstens vijf keer per week (45%)."
        try expectVerdict(.consistent, of: "45%", in: stated)
        try expectVerdict(.inconsistent, of: "54%", in: stated.replacingOccurrences(of: "45%", with: "54%"))
        let unstated = "Van de 320 ondervraagde ouderen bewoog 45% minstens vijf keer per week."
        #expect(try claim("45%", in: unstated).verdict != .inconsistent)
    }
}
