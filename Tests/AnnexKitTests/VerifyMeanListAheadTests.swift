import Testing

@testable import AnnexKit

/// The values the next sentence lists for a mean (`ClaimParser.listAhead(ofMeanAt:)`) are plain levels: a list that
/// holds a mean of its own ('gemiddeld 9,1 kilometer') or a difference ('104 euro …, 18 euro meer') gives another
/// group's values, none the mean is of, and leaves it unverifiable.
@Suite("verify: the values listed after a mean are plain levels")
struct VerifyMeanListAheadTests {
    private let mean = "De bibliotheken leenden gemiddeld 310 boeken per dag uit."

    /// Expects every claim written as `written` in `text` to be unverifiable (none may be found at all).
    private func expectUnverifiable(_ written: String, in text: String) throws {
        let found = try verified(text).filter { $0.written == written }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map { reason($0) })")
    }

    @Test("A list of plain levels after the mean is what it is of")
    func plainList() throws {
        // (295 + 320 + 305 + 320) / 4 = 310.
        try expectVerdict(.consistent, of: "310", in: mean + " Uit de telling: 295, 320, 305 en 320 boeken.")
        let wrong = "De bibliotheken leenden gemiddeld 340 boeken per dag uit."
        try expectVerdict(.inconsistent, of: "340", in: wrong + " Uit de telling: 295, 320, 305 en 320 boeken.")
    }

    @Test("Another group's mean and a difference are no values of the mean")
    func meanAndDifference() throws {
        try expectUnverifiable(
            "7,2",
            in: "Een verpleegkundige loopt gemiddeld 7,2 kilometer per dienst. Wie nachtdienst heeft, loopt gemiddeld "
                + "9,1 kilometer, 1,9 kilometer meer.")
    }

    @Test("A level and a difference are no values of the mean")
    func levelAndDifference() throws {
        try expectUnverifiable(
            "86",
            in: "Gezinnen besteedden gemiddeld 86 euro per week aan boodschappen. Tweeverdieners gaven 104 euro uit, "
                + "18 euro meer.")
    }
}
