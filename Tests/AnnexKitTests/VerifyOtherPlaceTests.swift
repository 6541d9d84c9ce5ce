import Testing

@testable import AnnexKit

/// The thirty-third round (F): a value that restates the quantity of the sentence before for another place ('In
/// Hengelo was dat vorig jaar 120 euro') may set two places against each other, not two times: no change in time.
@Suite("Verify: a restated value of another place")
struct VerifyOtherPlaceTests {
    @Test(
        "A restatement that names a place the sentence before does not name gives no change in time",
        arguments: [
            // Hengelo against Almelo: 120 / 80 = +50% ('de helft meer'); read in time 120 → 80 = -33.3%. Unsure.
            ("In Almelo betaalt een gezin 80 euro afvalheffing. In Hengelo was dat vorig jaar 120 euro, de helft meer.",
                "de helft"),
            // +50% is no quarter more, but which pair is meant is unsure: no alarm.
            ("In Almelo betaalt een gezin 80 euro afvalheffing. In Hengelo was dat vorig jaar 120 euro, een kwart "
                + "meer.", "een kwart"),
            // A change after it takes no pair of the two places: 120 → 80 = -33.3% is no change in time here.
            ("In Almelo betaalt een gezin 80 euro afvalheffing. In Hengelo was dat vorig jaar 120 euro. Dat is een "
                + "daling van een kwart.", "een kwart"),
        ])
    func otherPlace(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A restatement for the same place, or without a place, is still a change in time",
        arguments: [
            // Almelo last year 120, now 80: 120 → 80 = -33.3% ('een derde'); 'een kwart' (-25%) is wrong.
            ("In Almelo betaalt een gezin 80 euro afvalheffing. In Almelo was dat vorig jaar 120 euro. Dat is een "
                + "daling van een derde.", "een derde", Verdict.consistent),
            ("In Almelo betaalt een gezin 80 euro afvalheffing. In Almelo was dat vorig jaar 120 euro. Dat is een "
                + "daling van een kwart.", "een kwart", .inconsistent),
            // No place: the same pair, 120 → 80 = -33.3%.
            ("In Almelo betaalt een gezin 80 euro afvalheffing. Vorig jaar was dat 120 euro. Dat is een daling van "
                + "een derde.", "een derde", .consistent),
            ("In Almelo betaalt een gezin 80 euro afvalheffing. Vorig jaar was dat 120 euro. Dat is een daling van "
                + "een kwart.", "een kwart", .inconsistent),
        ])
    func samePlace(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }
}
