import Testing

@testable import AnnexKit

/// verify223: a share whose clause ranks its subject with a superlative after it ('de kleinste groep', 'de grootste
/// post') is tied to the parts the sentence before lists, as a word of reference ('daarmee') ties it
/// (`ClaimParser.closingShare`).
@Suite("Verify: a share ranked by a superlative among the parts before it")
struct VerifySuperlativeShareTests {
    private static let band = "De fanfare telde 50 muzikanten: 22 koperblazers, 15 houtblazers en 13 slagwerkers. "

    @Test(
        "The part the subject names, of the whole the sentence before splits",
        arguments: [
            // 22 / 50 = 44%.
            (band + "Koperblazers vormen met 44% de grootste sectie.", "44%", Verdict.consistent),
            // 13 / 50 = 26%.
            (band + "Slagwerkers zijn met 26 procent de kleinste sectie.", "26 procent", .consistent),
            // 13 / 50 = 26%, not 31%.
            (band + "Slagwerkers zijn met 31 procent de kleinste sectie.", "31 procent", .inconsistent),
            // A list written label first names each amount by the label before it: 18.000 / 40.000 = 45%.
            ("De club gaf € 40.000 uit: trainers € 18.000, velden € 12.000 en kleding € 10.000. "
                + "Trainers waren met 45% de grootste post.", "45%", .consistent),
        ])
    func rankedShare(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    /// No superlative and no word of reference: the share may be of another whole ('landelijk').
    @Test("Without a superlative the share stays unverifiable")
    func noSuperlative() throws {
        try expectUnverifiable("31 procent", in: Self.band + "Slagwerkers zijn met 31 procent een flinke sectie.")
    }

    /// 'meest' is an adverb of degree ('het meest gegroeid'), no superlative before a noun of the parts.
    @Test("An adverb of degree ties nothing")
    func adverb() throws {
        try expectUnverifiable("31 procent", in: Self.band + "Slagwerkers zijn met 31 procent het meest gegroeid.")
    }

    /// The subject names no listed part ('trompettisten' are some of the koperblazers).
    @Test("A subject that names no listed part stays unverifiable")
    func unnamedPart() throws {
        try expectUnverifiable("31 procent", in: Self.band + "Trompettisten zijn met 31 procent de grootste sectie.")
    }
}
