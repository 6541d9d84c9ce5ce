import Foundation
import Testing

@testable import AnnexKit

/// An apposition after a clause that restates the quantity of the sentence before for a group it names: the change
/// runs from the sentence before's one value to the restated one (`restatedSide(_:before:)`).
@Suite("verify: a comparison in an apposition after a group's restated value")
struct VerifyApposedRestatedSideTests {
    @Test("'… 240 leerlingen. Op het platteland was dat 150 leerlingen, 90 minder'")
    func counts() throws {
        let lead = "De school aan het plein telde 240 leerlingen. Op het platteland was dat 150 leerlingen, "
        try expectVerdict(.consistent, of: "90", in: lead + "90 minder.")
        try expectVerdict(.inconsistent, of: "70", in: lead + "70 minder.")
    }

    @Test("points: '… 54 procent … Onder ouderen was dat 41 procent, 13 procentpunt minder'")
    func points() throws {
        let lead = "Van alle inwoners sportte 54 procent wekelijks. Onder ouderen was dat 41 procent, "
        try expectVerdict(.consistent, of: "13 procentpunt", in: lead + "13 procentpunt minder.")
        try expectVerdict(.inconsistent, of: "15 procentpunt", in: lead + "15 procentpunt minder.")
    }

    @Test("two values in the sentence before, or another noun counted, leave it unverifiable")
    func near() throws {
        try expectVerdict(
            .unverifiable, of: "90",
            in: "De school aan het plein telde 240 leerlingen, de school aan de haven 200. Op het platteland was dat "
                + "150 leerlingen, 90 minder.")
        try expectVerdict(
            .unverifiable, of: "90",
            in: "De school aan het plein telde 240 leerlingen. Op het platteland was dat 150 ouders, 90 minder.")
    }
}
