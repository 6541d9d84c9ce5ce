import Foundation
import Testing

@testable import AnnexKit

/// A multiple whose times word is followed by a norm's or a mean's value ('anderhalf keer de norm van 30 dagen', 'drie
/// keer het gemiddelde van 7 dagen') compares that value with the sentence's own value before it that counts the same
/// noun and stands in no bracket (a bracket gives what the value was computed from).
@Suite("verify: a multiple of a norm's or a mean's value after the times word")
struct VerifyMultipleOfNormTests {
    /// The factors among the claims of `text`.
    private func factors(_ text: String) throws -> [VerifiedClaim] {
        try verified(text).filter { $0.kind == .change }
    }

    @Test("A mean against a norm, its counts in a bracket")
    func meanAgainstNorm() throws {
        // 45 / 30 = 1,5; the bracket's 9.000 days and 200 containers are what 45 was computed from.
        let found = try factors(
            "Gemiddeld stond een container 45 dagen op het terrein (9.000 dagen, 200 containers), anderhalf keer de "
                + "norm van 30 dagen.")
        #expect(found.count == 1 && found.allSatisfy { $0.verdict == .consistent }, "\(found.map(reason))")
    }

    @Test("A value that is not the multiple of the norm")
    func wrongMultiple() throws {
        // 96 / 30 = 3,2: not a little over two.
        let found = try factors("Een woning werd 96 nachten verhuurd, ruim twee keer het maximum van 30 nachten.")
        #expect(found.count == 1 && found.allSatisfy { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("A value against a mean after the times word")
    func valueAgainstMean() throws {
        // 21 / 7 = 3.
        let found = try factors("De wachttijd in Zuid was 21 dagen, drie keer het gemiddelde van 7 dagen.")
        #expect(found.count == 1 && found.allSatisfy { $0.verdict == .consistent }, "\(found.map(reason))")
    }

    @Test("Near cases: another noun, or values only in a bracket")
    func nearCases() throws {
        // Containers are no days; 720 nights in a bracket are a total, not the value set against the norm, and the
        // 12 outside it counts dwellings, as do the 10 beside it in the bracket (30 → 10 would be ×0,33).
        for text in [
            "Op het terrein stonden 45 containers, anderhalf keer de norm van 30 dagen.",
            "Er werden 12 woningen verhuurd (720 nachten), ruim twee keer het maximum van 30 nachten.",
            "Een woning werd verhuurd (720 nachten, 10 woningen), twee keer het maximum van 30 nachten.",
        ] {
            let found = try factors(text)
            #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
        }
    }
}
