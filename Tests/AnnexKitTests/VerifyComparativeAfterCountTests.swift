import Foundation
import Testing

@testable import AnnexKit

/// A count a comparative follows right away before 'dan' and another time ('lag 156 hoger dan in 2022'): the count
/// measures the comparative, a difference from the earlier value; 'met' before the count leaves it open whether it is
/// the level or the difference.
@Suite("verify: a difference measured by a comparative right after its count")
struct VerifyComparativeAfterCountTests {
    @Test("a level in brackets, 'N hoger dan' an earlier year's level in brackets")
    func higherThanEarlierYear() throws {
        let text = { (difference: String) in
            "Het aantal uitgeleende e-readers (2.615) lag " + difference + " hoger dan in 2021 (2.380).\n"
        }
        // 2.615 − 2.380 = 235.
        try expectClaim("235", in: text("235"), kind: .difference, verdict: .consistent, value: 235)
        try expectVerdict(.inconsistent, of: "253", in: text("253"))
    }

    @Test("'N lager dan in' a year, after a level given with 'met', the earlier level in brackets")
    func lowerThanAYearBefore() throws {
        let text = { (difference: String) in
            "Met 4.310 inschrijvingen lag het aantal in 2025 " + difference + " lager dan in 2024 (4.475).\n"
        }
        // 4.310 − 4.475 = −165.
        try expectVerdict(.consistent, of: "165", in: text("165"))
        try expectVerdict(.inconsistent, of: "175", in: text("175"))
    }

    @Test("'met' before the count, or no other time after 'dan': no difference to contradict")
    func nearCases() throws {
        // The count after 'met' may be the level that is higher, not the difference.
        try expectUnverifiable(
            "2.615", in: "Het aantal uitgeleende e-readers lag met 2.615 hoger dan in 2021 (2.380).\n")
        // 'dan' compares with another group, no earlier time, and Noord's own value is not given: this reading
        // makes no claim (with Noord's value in brackets after its name it is read: `VerifyGroupDifferenceTests`).
        try expectUnverifiable("235", in: "Het aantal e-readers in Noord lag 235 hoger dan in Zuid (2.380).\n")
    }
}
