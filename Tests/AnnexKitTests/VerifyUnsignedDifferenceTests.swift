import Foundation
import Testing

@testable import AnnexKit

/// 'Het verschil bedraagt 310 fietsen', 'Een verschil van 4 procentpunt': a difference with no direction and no
/// phrase of what it is a difference of, after a sentence that gives two values of its unit, is the larger less the
/// smaller. In words of their own, each both ways.
@Suite("verify: an unsigned difference of the two values before it")
struct VerifyUnsignedDifferenceTests {
    @Test(
        "A count after 'Het verschil bedraagt' is the difference of the two counts the sentence before contrasts",
        arguments: [
            // 1.240 − 930 = 310.
            ("Het verschil bedraagt 310 fietsen.", "310", Verdict.consistent),
            ("Het verschil bedraagt 410 fietsen.", "410", .inconsistent),
            ("Het verschil is driehonderdtien fietsen.", "driehonderdtien", .consistent),
            ("Het verschil is vierhonderd fietsen.", "vierhonderd", .inconsistent),
            ("Het verschil bedroeg dus ruim 300 fietsen.", "ruim 300", .consistent),
        ])
    func contrastedCounts(claim: String, written: String, expected: Verdict) throws {
        let before = "In Apeldoorn werden vorig jaar 1.240 fietsen gestolen, in Deventer 930. "
        try expectVerdict(expected, of: written, in: before + claim)
    }

    @Test("The two values of a change the sentence before states, in either order")
    func pairBefore() throws {
        // 1.020 → 860: they differ by 160.
        let before = "Eind 2024 woonden 860 mensen in het opvangcentrum, tegen 1.020 een jaar eerder. "
        try expectVerdict(.consistent, of: "160", in: before + "Het verschil bedraagt 160 bewoners.")
        try expectVerdict(.inconsistent, of: "180", in: before + "Het verschil bedraagt 180 bewoners.")
        let labelled = "In 2025 keurde de gemeente 4.315 vergunningen goed (2024: 3.980). "
        try expectVerdict(.consistent, of: "335", in: labelled + "Het verschil bedraagt 335 vergunningen.")
        try expectVerdict(.inconsistent, of: "345", in: labelled + "Het verschil bedraagt 345 vergunningen.")
    }

    @Test("Two values in one clause of the sentence before, beside a claim of their own")
    func valuesOfOneClause() throws {
        // 2.730 − 2.415 = 315; the percentage compares them and is no value.
        let before = "Het waterschap telde 2.730 meldingen van wateroverlast en 2.415 meldingen van droogte; "
            + "droogte kwam daarmee 11,5 procent minder vaak voor. "
        try expectVerdict(.consistent, of: "315", in: before + "Het verschil bedraagt 315 meldingen.")
        try expectVerdict(.inconsistent, of: "295", in: before + "Het verschil bedraagt 295 meldingen.")
    }

    @Test("'Een verschil van' points after two contrasted percentages")
    func pointsFragment() throws {
        // 58 − 54 = 4 points.
        let before = "In de wijk Oost stemde 58 procent van de bewoners, in de wijk West 54 procent. "
        try expectVerdict(.consistent, of: "4 procentpunt", in: before + "Een verschil van 4 procentpunt.")
        try expectVerdict(.inconsistent, of: "6 procentpunt", in: before + "Een verschil van 6 procentpunt.")
        try expectVerdict(.consistent, of: "4 procentpunt", in: before + "Verschil: 4 procentpunt.")
    }

    @Test("The sizes of two groups ('n = 220') are no values of what the sentence contrasts")
    func groupSizes() throws {
        // 61 − 49 = 12 points.
        let before = "In de eerste groep (n = 220) vond 61 procent werk, in de tweede groep (n = 205) 49 procent. "
        try expectVerdict(.consistent, of: "12 procentpunt", in: before + "Het verschil bedraagt 12 procentpunt.")
        try expectVerdict(.inconsistent, of: "14 procentpunt", in: before + "Het verschil bedraagt 14 procentpunt.")
    }

    @Test("No reading when the difference names what it is of, or the sentence before gives more values")
    func notTheirs() throws {
        let contrast = "In Apeldoorn werden vorig jaar 1.240 fietsen gestolen, in Deventer 930. "
        let three = "In Apeldoorn werden 1.240 fietsen gestolen, in Deventer 930 en in Zutphen 410. "
        for text in [
            contrast + "Het verschil met 2020 bedraagt 410 fietsen.",
            contrast + "Het verschil tussen de wijken bedraagt 410 fietsen.",
            three + "Het verschil bedraagt 410 fietsen.",
            "In Apeldoorn werden 1.240 fietsen gestolen. Het verschil bedraagt 410 fietsen.",
            "Bij de wijkpost kwamen 1.240 meldingen binnen van 930 bewoners. Het verschil bedraagt 410.",
        ] {
            let found = try verified(text)
            #expect(!found.contains { $0.verdict == .inconsistent }, "\(text): \(found.map(reason))")
        }
    }
}
