import Foundation
import Testing

@testable import AnnexKit

/// A count of time or of a unit of measure before a comparative and 'dan' and a time ('6 dagen korter dan vorig
/// jaar', '3 km langer dan in 2022') is a difference, never the value of that earlier time.
@Suite("verify: a difference in days or kilometres")
struct VerifyDifferenceInUnitTests {
    @Test("'6 dagen korter dan vorig jaar' is no level of last year")
    func daysShorter() throws {
        // Last year 18 + 6 = 24 days; −6/24 = −25%. Not 6 → 18 (+200%).
        let text = "De levertijd was gemiddeld 18 dagen. Dat is 6 dagen korter dan vorig jaar, een daling van 25 "
            + "procent."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test("The same in kilometres")
    func kilometresLonger() throws {
        // 42 − 40 = 2 km longer; no level 2 of last year (40 → 42 is +5%).
        let text = "De route was dit jaar 42 km. Dat is 2 km langer dan vorig jaar, een toename van 5 procent."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }
}
