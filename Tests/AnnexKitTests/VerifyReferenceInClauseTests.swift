import Foundation
import Testing

@testable import AnnexKit

/// A word of reference ('daarvan', 'hiervan') among the words before a share in its clause ('Studenten namen
/// daarvan …') refers back as one that opens the clause does (`wholeOpening(ofShareAt:)`): to the part the sentence
/// before states of its whole, not to that whole.
@Suite("verify: 'daarvan' inside a share's clause takes the part said before")
struct VerifyReferenceInClauseTests {
    /// Renters made 3.120 of 7.800 applications (40 %).
    private let lead = "Huurders waren goed voor 3.120 aanvragen, 40 procent van het totaal van 7.800. "

    @Test("The part of the sentence before is the share's whole")
    func part() throws {
        // 2.010 / 3.120 = 64,4 % ≈ 'bijna twee derde'; of 7.800 it would be 25,8 %.
        try expectVerdict(
            .consistent, of: "bijna twee derde",
            in: lead + "Studenten namen daarvan bijna twee derde voor hun rekening (2.010).")
        // 1.010 / 3.120 = 32,4 %, far from two thirds.
        try expectVerdict(
            .inconsistent, of: "bijna twee derde",
            in: lead + "Studenten namen daarvan bijna twee derde voor hun rekening (1.010).")
    }

    @Test("With no part before, the reference still takes the sentence's quantity")
    func topic() throws {
        // 'In 2024 kwamen 900 klachten binnen': 300 / 900 = een derde.
        try expectVerdict(
            .consistent, of: "een derde",
            in: "In 2024 kwamen 900 klachten binnen. Over de post ging daarvan een derde (300).")
    }
}
