import Foundation
import Testing

@testable import AnnexKit

/// A multiple between two groups ('twee keer zo hoog') compares the values the text gives of them only when it is of
/// those values (`ClaimParser.comparesOtherMeasure`): not when the groups are given as parts of their own wholes ('210
/// van de 600'), whose shares it then compares, and not when it is per a unit that the values of the sentence before
/// are not per ('Per vierkante kilometer …'). Values in its own sentence stay its own.
@Suite("verify: a multiple of another measure than the values")
struct VerifyMultipleOfOtherMeasureTests {
    @Test("Groups given as parts of their own wholes are not compared by their parts")
    func pairedParts() throws {
        // Shares 210/600 = 35% and 140/800 = 17,5%: a factor 2; the parts alone give 210/140 = 1,5.
        try expectUnverifiable(
            "twee keer zo hoog",
            in: "In Oosterhout deden 210 van de 600 leden mee, in Dongen 140 van de 800. De deelname in Oosterhout lag "
                + "daarmee twee keer zo hoog als in Dongen.")
    }

    @Test("A multiple per a unit no value before is per gets no verdict against the counts")
    func perOtherUnit() throws {
        // 310 / 22 = 14,1 compares counts; the areas per square kilometre are not given.
        try expectUnverifiable(
            "drie keer zo hoog",
            in: "In de beschermde gebieden telden we 22 overtredingen, erbuiten 310. Per vierkante kilometer lag het "
                + "aantal overtredingen erbuiten drie keer zo hoog.")
        // Its own values after it are rates per that unit: 42 / 14 = 3,0.
        try expectVerdict(
            .consistent, of: "drie keer zoveel",
            in: "Wijkagenten in Noord behandelen drie keer zoveel meldingen per dienst als in Zuid: 42 tegenover 14.")
    }
}
