import Foundation
import Testing

@testable import AnnexKit

/// A 'van' inside brackets ('(van 200 meldingen)') pairs with no 'naar' outside them, and a number in brackets after
/// a change's start is an aside: 'van 140 (van 200 meldingen) naar 168' runs from 140 to 168.
@Suite("verify: a bracketed aside between a change's start and end")
struct VerifyAsideInFromToTests {
    private let text = "Het aantal opgeloste storingen steeg van 140 (van 200 meldingen) naar 168 (van 210), een "
        + "stijging van 28 storingen of "

    @Test("The change runs from the start outside the brackets")
    func startOutside() throws {
        // 168 − 140 = 28; 28 / 140 = 20,0%.
        try expectVerdict(.consistent, of: "28", in: text + "20,0%.")
        try expectVerdict(.consistent, of: "20,0%", in: text + "20,0%.")
    }

    @Test("A change taken of the later value is caught")
    func wrongBase() throws {
        // 28 / 168 = 16,7%, not 20,0%.
        try expectVerdict(.inconsistent, of: "16,7%", in: text + "16,7%.")
    }

    @Test("A pair inside brackets still pairs there")
    func pairInside() throws {
        // (345 − 300) / 300 = 15%.
        try expectVerdict(
            .consistent, of: "15%", in: "Het aantal leden groeide flink (van 300 naar 345), een toename van 15%.")
    }
}
