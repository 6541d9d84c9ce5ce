import Foundation
import Testing

@testable import AnnexKit

/// A factor or change in percent after two sentences of one value each (`contrastAcrossSentences(of:)`) takes their
/// pair only when it stays with their groups and times (`leavesContrast`): no third place named after 'als'/'dan', no
/// year the values are not of.
@Suite("verify: a comparison with another group or year takes no pair of two sentences")
struct VerifyContrastClaimScopeTests {
    /// Two villages' bus stops, one a sentence: Epe 90, Heerde 60.
    private let lead = "In Epe liggen 90 bushaltes. In Heerde zijn dat er 60. "

    @Test("A third village or another year: unverifiable")
    func leaves() throws {
        // Vaassen is neither village of the two sentences (90 / 60 = 1,5 would call 'twee keer' wrong).
        try expectUnverifiable("twee keer zoveel", in: lead + "Epe heeft dus twee keer zoveel bushaltes als Vaassen.")
        try expectUnverifiable("20 procent", in: lead + "Epe heeft dus 20 procent meer bushaltes dan Vaassen.")
        // The values are of no year; 2019 is another time.
        try expectUnverifiable("twee keer zoveel", in: lead + "Epe had in 2019 dus twee keer zoveel bushaltes.")
    }

    @Test("The other village, a time after 'dan', the values' own year: still checked")
    func stays() throws {
        // 90 / 60 = 1,5; (90 − 60) / 60 = 50 %.
        try expectVerdict(
            .consistent, of: "50 procent", in: lead + "Epe heeft dus 50 procent meer bushaltes dan Heerde.")
        try expectVerdict(
            .inconsistent, of: "twee keer zoveel", in: lead + "Epe heeft dus twee keer zoveel bushaltes als Heerde.")
        try expectVerdict(
            .consistent, of: "anderhalf keer zoveel", in: lead + "Epe heeft dus anderhalf keer zoveel bushaltes.")
        // 2022 → 2024: 90 → 60 is −33,3 %.
        let years = "In 2022 lagen er 90 bushaltes. In 2024 waren dat er 60. "
        try expectVerdict(.consistent, of: "33 procent", in: years + "In 2024 waren het er dus 33 procent minder.")
        // 60 → 90 is +50 %: 'dan vier jaar eerder' names a time, no group.
        let rise = "In 2020 lagen er 60 bushaltes. In 2024 waren dat er 90. "
        try expectVerdict(.consistent, of: "de helft", in: rise + "Dat is de helft meer dan vier jaar eerder.")
    }
}
