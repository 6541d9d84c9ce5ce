import Foundation
import Testing

@testable import AnnexKit

/// A percentage that compares with a group its 'dan' phrase names by words ('… dan het gemiddelde in de regio') takes
/// two values of the sentence as the groups' values only when they count one thing (`ClaimParser.groupComparison`): a
/// number of persons and a mean of hours per person are no two groups' values of one measure.
@Suite("verify: a comparison with a named group between values of unlike things")
struct VerifyComparedUnlikeValuesTests {
    @Test("Values of unlike nouns are no groups compared: the comparison is unverifiable")
    func unlikeNouns() throws {
        let text = "Met 640 leerlingen komt dat neer op gemiddeld 12,5 uur bijles per leerling, ruim 20 procent meer "
            + "dan het gemiddelde op andere scholen."
        try expectVerdict(.unverifiable, of: "ruim 20 procent", in: text)
    }

    @Test("Values of one noun, the base named by its group's words, are still compared")
    func likeNouns() throws {
        // 12,5 / 10 − 1 = 25%.
        let lead = "Op school A kregen leerlingen gemiddeld 12,5 uur bijles, op school B 10 uur; "
        let right = try claim("25 procent", in: lead + "school A gaf daarmee 25 procent meer dan school B.")
        #expect(right.verdict == .consistent, "\(reason(right))")
        try expectVerdict(
            .inconsistent, of: "40 procent", in: lead + "school A gaf daarmee 40 procent meer dan school B.")
    }
}
