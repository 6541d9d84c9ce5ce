import Foundation
import Testing

@testable import AnnexKit

/// The verdict of each claim of `kind` in `text`, by the claim as written.
private func verdicts(_ text: String, _ kind: ClaimKind) throws -> [String: Verdict] {
    try VerifyTableRowRatesTests.verdicts(text, kind)
}

/// A rest named by its noun and set off by commas, its amount after a currency sign ('het resterende deel, € 14.500,
/// …') (`Remainder.swift`, `restWord(before:)`): the sign stands between the comma and the number.
@Suite("verify: a rest in an apposition with a currency sign")
struct VerifyRestAmountAppositionTests {
    /// € 96.000 − € 51.000 − € 30.500 = € 14.500; € 15.400 swaps two digits.
    @Test(
        "The rest after the parts of a whole 'Van het … van € W' is the whole less the parts",
        arguments: [("€ 14.500", Verdict.consistent), ("€ 15.400", .inconsistent)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "Van het budget van € 96.000 ging € 51.000 naar de bibliotheek en € 30.500 naar het museum; het "
            + "resterende deel, \(rest), bleef in kas."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// Without a word of the rest the apposed amount is one more item, no rest: no sum is claimed of it.
    @Test("An apposed amount after a noun with no word of the rest is no rest")
    func noRestWord() throws {
        let text = "Van het budget van € 96.000 ging € 51.000 naar de bibliotheek en € 30.500 naar het museum; een "
            + "ander deel, € 14.500, bleef in kas."
        #expect(try verdicts(text, .sum)["€ 14.500"] == nil)
    }
}

/// A rest after a sentence that only restates a share of the part and whole before it ('Dat is 65 procent van het
/// totaal.') (`Discourse.restSource`): the rest refers past that sentence to the part and whole.
@Suite("verify: a rest after a restated share")
struct VerifyRestAfterRestatedShareTests {
    /// € 420.000 − € 273.000 = € 147.000 (and 273 / 420 = 65%); € 174.000 swaps two digits.
    @Test(
        "The rest is the whole less the part two sentences back",
        arguments: [("€ 147.000", Verdict.consistent), ("€ 174.000", .inconsistent)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "De gemeente keerde € 420.000 subsidie uit, waarvan € 273.000 aan sportclubs. Dat is 65 procent "
            + "van het totaal. De overige \(rest) ging naar cultuur."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// A sentence between that gives a count of its own is no restatement: the rest is not read past it.
    @Test("A sentence with a value of its own between keeps the rest from the part and whole")
    func valueBetween() throws {
        let text = "De gemeente keerde € 420.000 subsidie uit, waarvan € 273.000 aan sportclubs. Er vroegen 36 "
            + "verenigingen aan. De overige € 174.000 ging naar cultuur."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}

/// A list tied by 'Daarvan' to a sentence that states only a change, closed by its rest (`carriedListRestReading`):
/// the whole is the value the change ends at.
@Suite("verify: a listed rest after a change")
struct VerifyListRestAfterChangeTests {
    /// 75 − 31 − 26 = 18; 20 is two too many.
    @Test(
        "The rest is the change's end value less the listed parts",
        arguments: [("18", Verdict.consistent), ("20", .inconsistent)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "Het aantal meldingen kwam uit op 75, 9 meer dan vorig jaar (66). Daarvan gingen er 31 over geluid, "
            + "26 over afval en de overige \(rest) over parkeren."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// Two changes before: which group 'Daarvan' splits is not known, so no rest is read.
    @Test("After two changes no rest is read")
    func twoChanges() throws {
        let text = "Het aantal meldingen steeg van 66 naar 75 en het aantal klachten van 40 naar 52. Daarvan gingen er "
            + "31 over geluid, 26 over afval en de overige 20 over parkeren."
        #expect(try verdicts(text, .sum)["20"] == nil)
    }
}

/// A rest after a share whose part stands in brackets after it ('48 procent … (120 aanvragen); de overige 130')
/// (`withApposedShareParts`): the bracketed count is the list's part.
@Suite("verify: a rest beside a share with its part in brackets")
struct VerifyRestBesideApposedShareTests {
    /// 250 − 120 = 130 (120 / 250 = 48%); 140 is ten too many.
    @Test(
        "The rest is the whole less the share's bracketed part",
        arguments: [("130", Verdict.consistent), ("140", .inconsistent)])
    func rest(rest: String, expected: Verdict) throws {
        let text = "Van de 250 aanvragen betrof 48 procent een uitkering (120 aanvragen); de overige \(rest) gingen "
            + "over bijzondere bijstand."
        #expect(try verdicts(text, .sum)[rest] == expected)
    }

    /// Without the part in brackets the share alone leaves the rest unread (the rest of a share is no part here).
    @Test("A share with no bracketed part gives no rest")
    func noBracket() throws {
        let text = "Van de 250 aanvragen betrof 48 procent een uitkering; de overige 140 gingen over bijzondere "
            + "bijstand."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}

/// A count that restates share × whole after 'dat zijn er' in a clause after ';' (`derivedCount(opening:)`): the
/// pronoun 'er' that goes with a count stands between the words that derive it and the count.
@Suite("verify: a restated count after 'dat zijn er'")
struct VerifyRestatedCountAfterErTests {
    /// 65% × 24.000 = 15.600; 18.200 is 17 percent too many, past the band of 'ongeveer'.
    @Test(
        "The count after '; dat zijn er' is the share of the whole",
        arguments: [("ongeveer 15.600", Verdict.consistent), ("ongeveer 18.200", .inconsistent)])
    func restated(count: String, expected: Verdict) throws {
        let text = "Van de 24.000 leden stemde 65 procent voor; dat zijn er \(count)."
        #expect(try verdicts(text, .count)[count] == expected)
    }

    /// After ';' a hedge alone does not tie the count to the share: it may be of something else.
    @Test("After ';' a hedged count with no words that derive it is not read as the product")
    func hedgeAlone() throws {
        let text = "Van de 24.000 leden stemde 65 procent voor; ongeveer 18.200 stemden tegen een eerder voorstel."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}

/// A count restating share × whole in the next sentence, followed by a phrase that names again the scope of the
/// sentence before ('182 ritten in die spits') (`closesOrRefers` in `RestatedShareBefore.swift`).
@Suite("verify: a restated count followed by a phrase that refers back")
struct VerifyRestatedCountWithReferringScopeTests {
    /// 35% × 520 = 182; 218 swaps its digits.
    @Test(
        "A demonstrative phrase after the count adds no scope of its own",
        arguments: [("182", Verdict.consistent), ("218", .inconsistent)])
    func restated(count: String, expected: Verdict) throws {
        let text = "Van de 520 ritten vond 35 procent plaats in de ochtendspits. Dat komt neer op \(count) ritten in "
            + "die spits."
        #expect(try verdicts(text, .count)[count] == expected)
    }

    /// A phrase with an article of its own ('in de avond') names another scope: the count may be of other rides.
    @Test("A phrase that names a scope of its own keeps the count from the share")
    func ownScope() throws {
        let text = "Van de 520 ritten vond 35 procent plaats in de ochtendspits. Dat komt neer op 218 ritten in de "
            + "avond."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
