import Testing

@testable import AnnexKit

/// A mean per a unit beside a count of that unit and a count of what the mean names (issue 11): 'Met 3.600 bezoekers
/// en 12 te spelen voorstellingen kwamen per voorstelling gemiddeld 300 bezoekers.' is the first count over the second,
/// not a mean of the two. A count's noun may stand after 'te' and an infinitive ('12 te spelen voorstellingen'); a list
/// whose values count the mean's noun and another noun is no list of one mean's values.
@Suite("Verify: a mean per a unit is no mean of counts of unlike nouns")
struct VerifyMeanOfUnlikeCountsTests {
    @Test(
        "The count of what 'per' names is the whole",
        arguments: [
            // 3.600 / 12 = 300; 350 is planted.
            ("Met 3.600 bezoekers en 12 te spelen voorstellingen kwamen per voorstelling gemiddeld 300 bezoekers.",
                "300", Verdict.consistent),
            ("Met 3.600 bezoekers en 12 te spelen voorstellingen kwamen per voorstelling gemiddeld 350 bezoekers.",
                "350", .inconsistent),
        ])
    func ratePerNamedUnit(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.kind == .ratio)
        #expect(found.verdict == expected, "\(reason(found))")
        #expect(abs((found.recomputedValue ?? 0) - 300) < 0.001, "\(reason(found))")
    }

    @Test(
        "In doubt: no count of what 'per' names, and the counts are of unlike nouns",
        arguments: [
            "Met 3.600 bezoekers en 12 te spelen wedstrijden kwamen per voorstelling gemiddeld 300 bezoekers.",
            "Met 3.600 bezoekers en 12 zalen kwamen per voorstelling gemiddeld 300 bezoekers.",
            "Het museum telde gemiddeld 300 bezoekers (3.600 bezoekers, 12 zalen).",
        ])
    func inDoubt(text: String) throws {
        let found = try verified(text).filter { $0.written == "300" }
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map(reason))")
    }
}
