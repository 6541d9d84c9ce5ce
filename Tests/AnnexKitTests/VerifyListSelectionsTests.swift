import Testing

@testable import AnnexKit

/// An item of a list whose label is no plain label ('- Beekweg, Delft (zuid): …') and that closes on a value with a
/// percent sign or brackets after it ('…: 22%', '…: 415 (2022)', '…: 415 (2022: 380)') ends its sentence before a
/// line that is no item and opens in upper case, as an item closing on a digit does: the prose under the list is a
/// sentence of its own, and the item's value is no part of its sum.
@Suite("verify: a list item that closes on a percentage or a bracket ends its sentence")
struct VerifyListSelectionsTests {
    static let shares = "Bezetting van de fietsenstallingen:\n- Beekweg, Delft (zuid): 22%\n"
        + "- Molenpad, Delft (west): 35%\n"
    static let years = "Nieuwe stallingsplekken per locatie:\n- Beekweg, Delft (zuid): 640\n"
        + "- Molenpad, Delft (west): 415 (2022)\n"
    static let earlier = "Nieuwe stallingsplekken per locatie:\n- Beekweg, Delft (zuid): 640 (2022: 590)\n"
        + "- Molenpad, Delft (west): 415 (2022: 380)\n"

    /// 19 + 44 = 63 procent; 66 is wrong. The last item's 35% is no part of the sentence under it.
    @Test("Under items closing on '%'", arguments: [("63", Verdict.consistent), ("66", .inconsistent)])
    func underPercentItems(total: String, verdict: Verdict) throws {
        let text = Self.shares + "Het station haalde 19 procent en de markt 44 procent, samen \(total) procent."
        try expectClaim("\(total) procent", in: text, kind: .sum, verdict: verdict, value: 63)
    }

    /// 180 + 95 = 275; 285 is wrong. The last item's 415 (before its year in brackets) is no part of the sum.
    @Test("Under items closing on a year in brackets", arguments: [("275", Verdict.consistent), ("285", .inconsistent)])
    func underYearItems(total: String, verdict: Verdict) throws {
        let text = Self.years + "Bij het station kwamen er 180 plekken bij en bij de markt 95, samen \(total) plekken."
        try expectClaim(total, in: text, kind: .sum, verdict: verdict, value: 275)
    }

    /// The same under items with their earlier values in brackets.
    @Test("Under items closing on an earlier value in brackets")
    func underEarlierValueItems() throws {
        let text = Self.earlier + "Bij het station kwamen er 180 plekken bij en bij de markt 95, samen 275 plekken."
        try expectClaim("275", in: text, kind: .sum, verdict: .consistent, value: 275)
    }

    /// A line in lower case under such an item goes on with the item's sentence, as under an item closing on a digit.
    @Test("A line in lower case continues the item")
    func lowerCaseContinues() {
        let text = Self.shares + "van alle plekken, op een gewone werkdag.\n"
        let sentences = TextDocument(text: text).sentences.map(\.text)
        #expect(sentences.last?.hasSuffix("35% van alle plekken, op een gewone werkdag.") == true, "\(sentences)")
    }

    /// An item of prose whose bracket follows words, not a value ('- 18 procent sport (2020: 21 procent)'), is read
    /// as before: the line under it goes on with its sentence (a first version that ended it made a false alarm).
    @Test("An item of prose closing on a bracket with a number is read as before")
    func proseItemWithBracket() {
        let text = "Uitkomsten van de peiling:\n- 18 procent sport wekelijks (2020: 21 procent)\n"
            + "Het aandeel sporters is licht gedaald.\n"
        let sentences = TextDocument(text: text).sentences.map(\.text)
        #expect(sentences.last?.hasSuffix("(2020: 21 procent) Het aandeel sporters is licht gedaald.") == true,
            "\(sentences)")
    }

    /// An item closing on a word in brackets, with no number in them, is prose: the line under it is read as before.
    @Test("An item closing on brackets without a number is read as before")
    func bracketWithoutNumber() {
        let text = "Locaties:\n- Beekweg, Delft (zuid): 640 plekken (nieuw)\nZe liggen bij het station.\n"
        let sentences = TextDocument(text: text).sentences.map(\.text)
        #expect(sentences.last?.hasSuffix("(nieuw) Ze liggen bij het station.") == true, "\(sentences)")
    }
}
