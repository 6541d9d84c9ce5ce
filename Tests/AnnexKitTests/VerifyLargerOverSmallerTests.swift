import Testing

@testable import AnnexKit

/// The thirty-fourth round (B): a multiple 'N keer zo veel' between two contrasted groups that names no group it
/// compares with is the larger value over the smaller.
@Suite("Verify: a multiple of two contrasted groups, larger over smaller")
struct VerifyLargerOverSmallerTests {
    @Test(
        "A multiple after two groups' values in its own sentence or the one before is the larger over the smaller",
        arguments: [
            // 135 / 45 = 3,0; 'vier keer' is off.
            ("In Leeuwarden stonden 135 mensen op de wachtlijst, in Sneek 45: drie keer zo veel.", "drie keer zo veel",
                Verdict.consistent),
            ("In Leeuwarden stonden 135 mensen op de wachtlijst, in Sneek 45: vier keer zo veel.", "vier keer zo veel",
                .inconsistent),
            // The smaller first: 48 → 120 = 2,5.
            ("De bibliotheek in Assen leende 48 e-readers uit, die in Emmen 120; Emmen leende er daarmee twee en een "
                + "half keer zoveel uit.", "twee en een half keer zoveel", .consistent),
            ("De bibliotheek in Assen leende 48 e-readers uit, die in Emmen 120; Emmen leende er daarmee vier keer "
                + "zoveel uit.", "vier keer zoveel", .inconsistent),
            // The sentence before: 2.900 / 700 = 4,14, just above four.
            ("In Zwolle kwamen 2.900 bezoekers op de markt, in Kampen 700. Dat is ruim vier keer zo veel.",
                "ruim vier keer zo veel", .consistent),
            ("In Zwolle kwamen 2.900 bezoekers op de markt, in Kampen 700. Dat is ruim zes keer zo veel.",
                "ruim zes keer zo veel", .inconsistent),
            // Percentages: 18,6 / 6,2 = 3,0.
            ("Onder huurders was 18,6% ontevreden, onder kopers 6,2%. Huurders klaagden dus drie keer zo vaak.",
                "drie keer zo vaak", .consistent),
            ("Onder huurders was 18,6% ontevreden, onder kopers 6,2%. Huurders klaagden dus twee keer zo vaak.",
                "twee keer zo vaak", .inconsistent),
        ])
    func largerOverSmaller(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "A multiple whose subject names the smaller group, a multiple of less, or a third value stays unverifiable",
        arguments: [
            // Sneek, the smaller, as subject: the claim runs against its values.
            ("In Leeuwarden stonden 135 mensen op de wachtlijst, in Sneek 45; Sneek had er drie keer zo veel.",
                "drie keer zo veel"),
            // A multiple of less.
            ("In Leeuwarden stonden 135 mensen op de wachtlijst, in Sneek 45: drie keer zo klein.",
                "drie keer zo klein"),
            // Three values: which two are compared is not said.
            ("In Leeuwarden stonden 135 mensen op de wachtlijst, in Sneek 45 en in Joure 30: drie keer zo veel.",
                "drie keer zo veel"),
            // One value of each sentence, no contrast.
            ("In Leeuwarden stonden 135 mensen op de wachtlijst. Dat is drie keer zo veel.", "drie keer zo veel"),
        ])
    func nearMisses(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
