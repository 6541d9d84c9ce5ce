import Foundation
import Testing

@testable import AnnexKit

/// A share after 'een' and a noun of what it measures ('wat neerkomt op een naleving van 87%') may count the rest of
/// the part its sentence gives, as a compound of a share's head does ('een naleefpercentage van 87%'): when it is the
/// rest's share, that part does not contradict it; any other value does, and so does a share's own word ('een aandeel
/// van').
@Suite("verify: a share named by the noun of what it measures")
struct VerifyMeasureNounShareTests {
    /// 2.000 checks, 260 of which found no ticket, closed by 'een `phrase`'.
    private func text(_ phrase: String) -> String {
        "In 2024 voerden handhavers 2.000 controles uit op parkeerkaarten. Bij 260 controles ontbrak een geldig "
            + "kaartje, wat neerkomt op een \(phrase)."
    }

    @Test("The rest's share under a noun of its measure is no contradiction")
    func restShare() throws {
        // 260 / 2.000 = 13%; the rest, 1.740 / 2.000 = 87%, is the compliance.
        try expectUnverifiable("87%", in: text("naleving van 87%"))
        let found = try verified(text("naleving van 87%"))
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
    }

    @Test("Neither the part's nor the rest's share is still wrong", arguments: [
        // 80% is neither 13% nor 87%.
        ("80%", "naleving van 80%"),
        // 'een aandeel van' names the part's share, 13%.
        ("87%", "aandeel van 87%"),
    ])
    func otherValue(written: String, phrase: String) throws {
        try expectVerdict(.inconsistent, of: written, in: text(phrase))
    }
}
