import Foundation
import Testing

@testable import AnnexKit

/// A level restated by 'dat' for a time the text leaves unordered against the level it restates ('… is 64,5 procent.
/// In 2020 was dat 69,0 procent.'), and a change of the two that names its direction: a fall runs from the larger
/// level to the smaller, a rise from the smaller to the larger (`UnorderedLevels`).
@Suite("verify: a change of a level restated for a time the text does not order")
struct VerifyUnorderedRestatedLevelsTests {
    @Test("points in the next sentence: 'In 2020 was dat 69,0 procent. Dat is een daling van 4,5 procentpunt.'")
    func pointsInNextSentence() throws {
        let levels = "Het aandeel leden dat de nieuwsbrief leest, is 64,5 procent. In 2020 was dat 69,0 procent. "
        try expectVerdict(.consistent, of: "4,5 procentpunt", in: levels + "Dat is een daling van 4,5 procentpunt.")
        // 69,0 − 64,5 is 4,5 points, not 5,5.
        try expectVerdict(.inconsistent, of: "5,5 procentpunt", in: levels + "Dat is een daling van 5,5 procentpunt.")
    }

    @Test("points in an apposition: 'In 2019 was dat 38,5 procent, een stijging van 2,5 procentpunt'")
    func pointsInApposition() throws {
        let share = "Van de bezoekers kwam 41,0 procent met de fiets. "
        let right = share + "In 2019 was dat 38,5 procent, een stijging van 2,5 procentpunt."
        try expectVerdict(.consistent, of: "2,5 procentpunt", in: right)
        let wrong = share + "In 2019 was dat 38,5 procent, een stijging van 3,5 procentpunt."
        try expectVerdict(.inconsistent, of: "3,5 procentpunt", in: wrong)
    }

    @Test("points after ';' in one sentence: '… 23,5 procent …; in 2018 was dat 27,0 procent'")
    func pointsAfterSemicolon() throws {
        let sentence = "In de wijk Oost rookt 23,5 procent van de volwassenen; in 2018 was dat 27,0 procent. "
        try expectVerdict(.consistent, of: "3,5 procentpunt", in: sentence + "Dat is een daling van 3,5 procentpunt.")
        try expectVerdict(.inconsistent, of: "2,5 procentpunt", in: sentence + "Dat is een daling van 2,5 procentpunt.")
    }

    @Test("a change in percent of counts takes the base its direction gives: 'Dat betekent een daling van 15 procent'")
    func percentOfCounts() throws {
        let counts = "In 2023 kreeg het loket 1.360 vragen over parkeren. In het verslagjaar waren het er 1.156. "
        try expectVerdict(.consistent, of: "15 procent", in: counts + "Dat betekent een daling van 15 procent.")
        // 1.360 → 1.156 is −15%; −17,6% is the change against the smaller level.
        try expectVerdict(.inconsistent, of: "17,6 procent", in: counts + "Dat betekent een daling van 17,6 procent.")
    }

    @Test("a change in percent with no direction, equal levels, or a third year: unverifiable")
    func nearCases() throws {
        let parking = "In 2023 kreeg het loket 1.360 vragen over parkeren. In het verslagjaar waren het er 1.156. "
        try expectUnverifiable("15 procent", in: parking + "Het verschil is 15 procent.")
        let third = "Van de bezoekers kwam 41,0 procent met de fiets. In 2019 was dat 38,5 procent, een stijging van "
            + "2,5 procentpunt sinds 2015."
        try expectUnverifiable("2,5 procentpunt", in: third)
        let counts = "In 2023 kreeg het loket 1.360 vragen over parkeren. In het verslagjaar waren het er 1.360. "
        try expectUnverifiable("15 procent", in: counts + "Dat betekent een daling van 15 procent.")
        // 'Dat is 1,5 miljoen extra' names no time of its own: a difference, no restated level.
        let extra = "De subsidie bedroeg dit jaar 24,0 miljoen. Komend jaar wordt het 25,5 miljoen. Dat is 1,5 miljoen "
            + "extra, een groei van 6,3 procent."
        try expectUnverifiable("6,3 procent", in: extra)
    }
}
