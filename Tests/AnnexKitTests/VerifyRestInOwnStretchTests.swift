import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// A rest after ';' in the sentence whose stretch before it states a part of a whole, 'P van de W'
/// (`statedRestInSentence`): the rest is the whole less the part.
@Suite("verify: a rest in the stretch after its part and whole")
struct VerifyRestAfterPairInSentenceTests {
    /// 72 − 54 = 18 (and 54 / 72 = 75%); 16 is two short. The rest names the whole's noun, so it binds firmly.
    @Test(
        "The rest after ';' is the whole of 'P van de W' less P",
        arguments: [("18", Verdict.consistent), ("16", .inconsistent)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "Bij 54 van de 72 gemeenten lag het plan op tijd klaar (75%); bij de overige \(rest) gemeenten "
            + "liep het uit."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// A rest that counts another noun ('provincies' beside 'gemeenten') may be of another whole: no slip is told.
    @Test("A rest of another noun is not checked against the whole")
    func otherNoun() throws {
        let text = "Bij 54 van de 72 gemeenten lag het plan op tijd klaar; in de overige 16 provincies liep het uit."
        #expect(try verdicts(text, .sum)["16"] != .inconsistent)
    }

    /// A word of direction in the sentence may make the numbers levels of a change, no split: no rest is read.
    @Test("A sentence with a word of direction gives no rest")
    func direction() throws {
        let text = "In 54 van de 72 gemeenten steeg de opkomst; in de overige 16 daalde die."
        #expect(try verdicts(text, .sum)["16"] != .inconsistent)
    }
}

/// A rest that refers to the part and whole of the sentence before, in a sentence whose later stretch, after ';',
/// says more with numbers of its own (`carriedCountRemainderReading`): the rest's own stretch holds no other number.
@Suite("verify: a carried rest in the first stretch of its sentence")
struct VerifyCarriedRestInStretchTests {
    /// 420 − 305 = 115; 125 is ten too many. The 8% after ';' is a change of its own. A verb right after the rest
    /// ('zijn') names no other noun, so the whole binds firmly.
    @Test(
        "The rest is the whole of the sentence before less its part, past a later stretch",
        arguments: [("115", Verdict.consistent), ("125", .inconsistent)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "Van de 420 leden wonen er 305 in de stad. De overige \(rest) zijn buitenleden; bij hen steeg het "
            + "aantal met 8% tot 38 in Oudorp."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// A rest that is not the sentence's first number may be a rest of the sentence's own count: not read.
    @Test("A rest after a count of the same sentence is not carried")
    func notFirst() throws {
        let text = "Van de 420 leden wonen er 305 in de stad. In 2023 kwamen er 12 bij; de overige 125 wonen op het "
            + "platteland."
        #expect(try verdicts(text, .sum)["125"] != .inconsistent)
    }
}
