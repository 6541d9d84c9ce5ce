import Testing

@testable import AnnexKit

/// A mean per unit under a list of items led by a header that names that unit after 'per' ('Passagiers per haven
/// (x 1 mln):' over '• Noordkade: 6,3', …, then 'Gemiddeld 4,5 miljoen per haven.'): the header leads the list
/// (`ListLead`), so the mean is of its items, in the scale the header states. A list with a total or mean item, a
/// mean per another unit and a mean of percentages (weighed or not, the text does not say) stay unverifiable.
@Suite("verify: a mean per unit of the items under a list's header")
struct VerifyListMeansTests {
    static let harbours = "Passagiers per haven (x 1 mln):\n• Noordkade: 6,3\n• Westkade: 4,1\n• Zuidkade: 2,6\n"
        + "• Oostkade: 5,0\n"
    static let schools = "Leerlingen per school:\n- De Linde: 420\n- Het Anker: 365\n- De Wissel: 298\n"

    /// (6,3 + 4,1 + 2,6 + 5,0) / 4 = 4,5 miljoen; 4,9 miljoen is wrong.
    @Test("A mean per unit in the header's scale", arguments: [("4,5", Verdict.consistent), ("4,9", .inconsistent)])
    func scaledMean(mean: String, verdict: Verdict) throws {
        let text = Self.harbours + "Gemiddeld \(mean) miljoen per haven. De Noordkade trok de meeste reizigers.\n"
        try expectClaim("\(mean) miljoen", in: text, kind: .average, verdict: verdict, value: 4_500_000)
    }

    /// (420 + 365 + 298) / 3 = 361; 371 is wrong.
    @Test("A mean per unit under a header with no scale",
        arguments: [("361", Verdict.consistent), ("371", .inconsistent)])
    func plainMean(mean: String, verdict: Verdict) throws {
        try expectClaim(mean, in: Self.schools + "Gemiddeld \(mean) per school.\n", kind: .average, verdict: verdict,
            value: 361)
    }

    /// A total item is no item of the list: the header leads no list, and the mean is not read from it.
    @Test("A list with a total item leads no mean")
    func totalItem() throws {
        try expectUnverifiable("371", in: Self.schools + "- Totaal: 1.083\nGemiddeld 371 per school.\n")
    }

    /// A mean per another unit than the header's ('per klas' under 'per school') is of something else.
    @Test("A mean per another unit stays unverifiable")
    func otherUnit() throws {
        try expectUnverifiable("361", in: Self.schools + "Gemiddeld 361 per klas.\n")
    }

    /// A mean of percentages per unit may be weighed by sizes the text does not give: unverifiable.
    @Test("A mean of percentages per unit stays unverifiable")
    func meanOfRates() throws {
        let text = "Bezettingsgraad per locatie:\n- Noord: 82%\n- Zuid: 64%\nGemiddeld 73% per locatie.\n"
        try expectUnverifiable("73%", in: text)
    }

    /// An item with a second number ('- Het Anker: 365 (2024: 350)') makes the list no plain list of one value per
    /// item: the header leads nothing.
    @Test("An item with a second number leads no mean")
    func itemWithSecondNumber() throws {
        let text = "Leerlingen per school:\n- De Linde: 420\n- Het Anker: 365 (2024: 350)\n- De Wissel: 298\n"
            + "Gemiddeld 371 per school.\n"
        try expectUnverifiable("371", in: text)
    }
}
