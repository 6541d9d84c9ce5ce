import Foundation
import Testing

@testable import AnnexKit

/// A share restated after it as a count the writer may have worked out from it ('…, dat zijn 38 leden', 'ofwel 85
/// studenten', 'dat komt neer op 420 van de 2.400', '…: 15 mensen'): which of the two holds the slip, the numbers do
/// not say, so the count may confirm the share but never contradict it. A count in brackets, one of the whole's own
/// noun after a colon, a hedged share and a count before the share still decide.
@Suite("verify: a count derived from the share before it")
struct VerifyDerivedCountAfterShareTests {
    @Test("A count after a word that derives it leaves a share it disagrees with unverifiable", arguments: [
        // 45% of 80 = 36; 38 / 80 = 47,5%.
        ("45%", "Van de 80 aanvragen werd 45% binnen twee weken beoordeeld, dat zijn 38 aanvragen."),
        // 32% of 250 = 80; 85 / 250 = 34%.
        ("32 procent", "Van de 250 aanmeldingen werd 32 procent toegelaten, ofwel 85 nieuwe studenten."),
        // 15% of 2.400 = 360; 420 / 2.400 = 17,5%.
        ("15%", "Van alle ritten ging 15% naar het ziekenhuis; dat komt neer op 420 van de 2.400 ritten."),
        // 30% of 40 = 12; 15 / 40 = 37,5%: 'mensen' is not the whole's noun 'trainers'.
        ("30%", "Van de 40 trainers heeft 30% een diploma: 15 mensen."),
    ])
    func derivedCountDisagrees(written: String, text: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }

    @Test("A derived count that agrees still confirms the share")
    func derivedCountAgrees() throws {
        // 36 / 80 = 45%.
        try expectVerdict(
            .consistent, of: "45%",
            in: "Van de 80 aanvragen werd 45% binnen twee weken beoordeeld, dat zijn 36 aanvragen.")
        // 12 / 40 = 30%.
        try expectVerdict(.consistent, of: "30%", in: "Van de 40 trainers heeft 30% een diploma: 12 mensen.")
    }

    @Test("A count that is the share's data still contradicts it", arguments: [
        // The whole's own noun after the colon: 15 / 40 = 37,5%.
        ("30%", "Van de 40 aanvragen werd 30% binnen twee weken beoordeeld: 15 aanvragen."),
        // In brackets, the notation of the part: 15 / 40 = 37,5%.
        ("30%", "Van de 40 trainers had 30% (15) een diploma."),
        // A hedged share rounds the count after it: 15 / 40 = 37,5%, far from about 25%.
        ("ongeveer 25%", "Van de 40 trainers had ongeveer 25% een diploma: 15 mensen."),
        // The count before the share, the share after 'dat is': 15 / 40 = 37,5%.
        ("30%", "Van de 40 trainers hadden er 15 een diploma, dat is 30%."),
    ])
    func dataCountDisagrees(written: String, text: String) throws {
        try expectVerdict(.inconsistent, of: written, in: text)
    }
}
