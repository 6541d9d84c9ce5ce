import Foundation
import Testing

@testable import AnnexKit

/// A count restated as the product of a rounded share and a rounded whole ('Van de 2,64 miljoen huishoudens had 17,8
/// procent …, in totaal 470.000'): each factor stands for what it may have been rounded from (17,75 to 17,85 procent
/// of 2,635 to 2,645 miljoen), so the count may be anywhere in their product, 467.712 to 472.133
/// (`Operand.roundedBounds`, `CountChecker`). A count outside it is still wrong.
@Suite("verify: a count as the product of rounded factors")
struct VerifyProductOfRoundedFactorsTests {
    private func text(_ count: String) -> String {
        "Van de 2,64 miljoen huishoudens had 17,8 procent een warmtepomp, in totaal \(count) huishoudens."
    }

    @Test("Within the factors' rounding: consistent", arguments: ["470.000", "469.920", "468.000", "472.000"])
    func withinRounding(count: String) throws {
        try expectVerdict(.consistent, of: count, in: text(count))
    }

    @Test("Outside the factors' rounding: inconsistent", arguments: ["490.000", "450.000", "475.000"])
    func outsideRounding(count: String) throws {
        try expectVerdict(.inconsistent, of: count, in: text(count))
    }

    @Test("An exact whole keeps only the share's rounding: 25 procent of 2.400 is 588 to 612")
    func exactWhole() throws {
        let sentence = { (count: String) in
            "Van de 2.400 leden koos 25 procent voor de app, in totaal \(count) leden."
        }
        try expectVerdict(.consistent, of: "600", in: sentence("600"))
        try expectVerdict(.consistent, of: "610", in: sentence("610"))
        try expectVerdict(.inconsistent, of: "650", in: sentence("650"))
    }
}
