import Foundation
import Testing

@testable import AnnexKit

/// A share of the quantity the sentence before counted, referred to by 'daarvan' after the share or by 'Van hen':
/// each form from prose the verifier had not read (the 23rd to 25th corpora), here in words of its own.
@Suite("verify: a share of the whole the sentence before counted")
struct VerifyReferredWholeTests {
    static let before = "Vorig jaar vroegen 7.200 ondernemers een tegemoetkoming aan."

    @Test("'een kwart daarvan, N …': the fraction is a share of the quantity before, its part in apposition")
    func fractionThereof() throws {
        // 1.800 of 7.200 is 25%; 2.400 of 7.200 is a third.
        try expectVerdict(
            .consistent, of: "Ongeveer een kwart",
            in: Self.before + " Ongeveer een kwart daarvan, 1.800 bedrijven, kreeg die ook.")
        try expectVerdict(
            .inconsistent, of: "Ongeveer een kwart",
            in: Self.before + " Ongeveer een kwart daarvan, 2.400 bedrijven, kreeg die ook.")
        // 'een derde plaats' stays an ordinal.
        let ordinal = try verified(Self.before + " Daarmee staat de regio op een derde plaats.")
        #expect(!ordinal.contains { $0.kind == .share }, "\(ordinal.map(reason))")
    }

    @Test("'P procent daarvan, N …': the percentage is a share of the quantity before")
    func percentThereof() throws {
        // 2.880 of 7.200 is 40%.
        let rejected = " procent daarvan, 2.880 aanvragen, werd afgewezen."
        try expectVerdict(.consistent, of: "Zo'n 40 procent", in: Self.before + " Zo'n 40" + rejected)
        try expectVerdict(.inconsistent, of: "Zo'n 45 procent", in: Self.before + " Zo'n 45" + rejected)
    }

    @Test("'Van hen … N …' makes N a part of the quantity before")
    func partOfThem() throws {
        // 3.600 of 7.200 is exactly half; 2.400 is a third.
        let advance = " een voorschot: precies de helft."
        try expectVerdict(.consistent, of: "de helft", in: Self.before + " Van hen kregen er 3.600" + advance)
        try expectVerdict(.inconsistent, of: "de helft", in: Self.before + " Van hen kregen er 2.400" + advance)
    }
}
