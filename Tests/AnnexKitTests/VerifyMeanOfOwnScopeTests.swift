import Foundation
import Testing

@testable import AnnexKit

/// A mean per unit takes its number of units from a sentence before only when it speaks of the same place or group
/// (`ClaimParser.meanPerUnitReading`): a sentence that opens with a place of its own ('In de wijk De Hoven …') means
/// that place's units. The places a sentence speaks of ('in de drie gemeenten') are no number of units of a mean per
/// another noun (`ClaimParser.unnamedUnits`).
@Suite("verify: a mean of a place or set of its own")
struct VerifyMeanOfOwnScopeTests {
    @Test("A mean in a place of its own is not over the town's count before it")
    func placeOfItsOwn() throws {
        // 1.300.000 / 8.600 = 151 would be the town's homes; the district's homes are not given.
        try expectUnverifiable(
            "1.100",
            in: "De gemeente telt 8.600 woningen. In de wijk De Hoven verbruikten de huishoudens gemiddeld 1.100 m³ "
                + "gas per woning, samen 1,3 miljoen m³.")
        // The same place named in both sentences: 10.750.000 / 8.600 = 1.250.
        try expectVerdict(
            .consistent, of: "1.250",
            in: "De gemeente telt 8.600 woningen. In de gemeente werd gemiddeld 1.250 m³ gas per woning verbruikt, "
                + "samen 10,75 miljoen m³.")
    }

    @Test("The places a sentence speaks of are no number the mean is over")
    func places() throws {
        // 298.000 / 14.200 = 20,99 per pass holder; 298.000 / 3 would be per municipality.
        for before in [
            "De gemeenten Epe, Heerde en Hattem telden samen 14.200 pashouders.",
            "Het aantal pashouders in Epe, Heerde en Hattem was respectievelijk 6.100, 4.900 en 3.200, samen 14.200.",
        ] {
            let found = try verified(
                before
                    + " Op de 298.000 ritten in de drie gemeenten kwam dat neer op gemiddeld 21 ritten per pashouder.")
            #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        }
    }
}
