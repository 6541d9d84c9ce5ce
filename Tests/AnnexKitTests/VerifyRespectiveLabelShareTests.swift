import Testing

@testable import AnnexKit

/// verify182: after 'respectievelijk' a list of counts takes the labels of a list of as many items in its order
/// (`respectiveLabelWords`); a later share that names one label by its words takes that label's count as its part.
@Suite("Verify: a share of a part named by its label after 'respectievelijk'")
struct VerifyRespectiveLabelShareTests {
    @Test(
        "A share naming one of the labels listed before or after 'respectievelijk' takes that label's count",
        arguments: [
            // 4.000 / 10.000 = 40,0%: the second label, 'zwembad', takes the second count.
            ("In de bibliotheek en in het zwembad werden respectievelijk 6.000 en 4.000 bezoekers geteld, samen "
                + "10.000. Het aandeel van het zwembad kwam daarmee op 40%.", "40%", Verdict.consistent),
            // 45% is not 40,0%; it is neither 6.000 / 10.000 = 60,0%.
            ("In de bibliotheek en in het zwembad werden respectievelijk 6.000 en 4.000 bezoekers geteld, samen "
                + "10.000. Het aandeel van het zwembad kwam daarmee op 45%.", "45%", .inconsistent),
            // Three labels split at ',' and 'en': 900 / 1.500 = 60,0%; the verb after the list ('kwamen') is no
            // word of the last label.
            ("Via de website, de balie en de post kwamen respectievelijk 900, 450 en 150 aanvragen binnen, samen "
                + "1.500. De website nam daarmee 60 procent voor haar rekening.", "60 procent", .consistent),
            // 450 / 1.500 = 30,0%, not 35.
            ("Via de website, de balie en de post kwamen respectievelijk 900, 450 en 150 aanvragen binnen, samen "
                + "1.500. De balie nam daarmee 35 procent voor haar rekening.", "35 procent", .inconsistent),
            // 'Via' is no word of the first label: the verb after the list ('kwamen') is cut from the last, and
            // 'kwam' tells no label apart. 450 / 1.500 = 30,0%.
            ("Via de website, de balie en de post kwamen respectievelijk 900, 450 en 150 aanvragen binnen, samen "
                + "1.500. Het aandeel van de balie kwam daarmee op 30 procent.", "30 procent", .consistent),
            // Labels after the counts, each opening with a preposition: 'vorst' is 320's alone, 320 / 800 = 40,0%
            // (main read 200 / 800 = 25,0%, the last count's words running on over both labels).
            ("Van de 800 storingen ontstonden er respectievelijk 320 en 200 door vorst en door graafwerk; de rest, 280 "
                + "storingen, had een andere oorzaak. Het aandeel van vorst kwam daarmee op 40 procent.", "40 procent",
                .consistent),
            ("Van de 800 storingen ontstonden er respectievelijk 320 en 200 door vorst en door graafwerk; de rest, 280 "
                + "storingen, had een andere oorzaak. Het aandeel van graafwerk kwam daarmee op 25 procent.",
                "25 procent", .consistent),
        ])
    func labelledPart(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test(
        "A share naming no label, or labels that do not pair off with the counts, stays unverifiable",
        arguments: [
            // 'sporthal' names no label.
            ("In de bibliotheek en in het zwembad werden respectievelijk 6.000 en 4.000 bezoekers geteld, samen "
                + "10.000. Het aandeel van de sporthal kwam daarmee op 40%.", "40%"),
            // Three labels for two counts: which count is the museum's is not told.
            ("In de bibliotheek, het museum en het zwembad werden respectievelijk 6.000 en 4.000 bezoekers geteld, "
                + "samen 10.000. Het aandeel van het zwembad kwam daarmee op 40%.", "40%"),
        ])
    func noLabelledPart(text: String, written: String) throws {
        try expectClaim(written, in: text, kind: .share, verdict: .unverifiable)
    }
}
