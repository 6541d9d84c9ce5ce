import Foundation
import Testing

@testable import AnnexKit

/// Two groups' values given one a sentence and compared in the sentence after them: the later sentence restates the
/// quantity by a pronoun, or both count one noun (`contrastAcrossSentences(of:)`).
@Suite("verify: two groups' values given one a sentence, compared in the next")
struct VerifyContrastAcrossSentencesTests {
    @Test("'In Zeeland … 1.500 … In Limburg waren dat er 1.200. Zeeland … daarmee … meer'")
    func restatedByPronoun() throws {
        let lead = "In Zeeland werden 1.500 zonnepanelen op daken gelegd. In Limburg waren dat er 1.200. "
        try expectVerdict(.consistent, of: "25 procent", in: lead + "Zeeland legde daarmee 25 procent meer.")
        try expectVerdict(.inconsistent, of: "30 procent", in: lead + "Zeeland legde daarmee 30 procent meer.")
        try expectVerdict(.consistent, of: "20 procent", in: lead + "Limburg lag daarmee 20 procent lager.")
    }

    @Test("both sentences count one noun: 'Het Groningse aantal lag dus … lager'")
    func oneNoun() throws {
        let lead = "In Groningen meldden zich 480 vrijwilligers. In Drenthe meldden zich 600 vrijwilligers. "
        try expectVerdict(.consistent, of: "20 procent", in: lead + "Het Groningse aantal lag dus 20 procent lager.")
        try expectVerdict(.inconsistent, of: "25 procent", in: lead + "Het Groningse aantal lag dus 25 procent lager.")
    }

    @Test("other nouns, a value of a third group before them, or a comparison naming neither leave it unverifiable")
    func near() throws {
        // 'Dat' may stand for Limburg's 1.200 alone, more than some earlier number of Limburg.
        try expectVerdict(
            .unverifiable, of: "25 procent",
            in: "In Zeeland werden 1.500 zonnepanelen op daken gelegd. In Limburg waren dat er 1.200. "
                + "Dat is 25 procent meer.")
        try expectVerdict(
            .unverifiable, of: "25 procent",
            in: "In Zeeland werden 1.500 zonnepanelen gelegd. In Limburg werden 1.200 warmtepompen geplaatst. "
                + "Zeeland kwam daarmee 25 procent hoger uit.")
        try expectVerdict(
            .unverifiable, of: "25 procent",
            in: "In Utrecht werden 900 zonnepanelen gelegd. In Zeeland waren dat er 1.500. In Limburg waren dat er "
                + "1.200. Zeeland legde daarmee 25 procent meer panelen.")
    }
}
