import Foundation
import Testing

@testable import AnnexKit

/// A bracket that opens with one year and a colon gives that year's values ('(2021: 1.480 en 2.610)'): no parts of the
/// count before it.
@Suite("verify: values of one year in a bracket are no parts")
struct VerifyBracketOfOneYearTests {
    @Test("'2.640 leden (2021: 1.480 en 2.610)' is no sum")
    func noSum() throws {
        // 1.480 + 2.610 = 4.090, which is no total of the 2.640 members of Oost.
        let text = "De clubs West en Oost hadden 1.950 en 2.640 leden (2021: 1.480 en 2.610)."
        #expect(try verified(text).allSatisfy { $0.kind != .sum })
    }

    @Test("A year for each value may still list parts")
    func yearEach() throws {
        // 402 + 443 = 845.
        try expectVerdict(.consistent, of: "845", in: "Samen 845 geslaagden (cohort 2019: 402; cohort 2020: 443).")
    }
}
