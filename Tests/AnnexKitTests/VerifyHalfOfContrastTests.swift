import Foundation
import Testing

@testable import AnnexKit

/// 'half zo lang', 'half zo veel' after two values its sentence sets against each other: a factor below one of a
/// degree of more, whose subject has the smaller value, so it is the smaller over the larger whichever group the text
/// names first (`ClaimParser.largerOverSmaller`); a subject that names the larger leaves it unbound.
@Suite("verify: 'half zo …' after two contrasted values")
struct VerifyHalfOfContrastTests {
    @Test("'half zo lang' after two durations, the larger first")
    func halfAsLong() throws {
        // 9 / 18 = 0,5: the evening ride takes half as long.
        let right = "De rit in de ochtendspits duurde 18 minuten, de rit in de avond 9 minuten: half zo lang."
        try expectClaim("half zo lang", in: right, kind: .change, verdict: .consistent, value: 0.5)
        // 12 / 18 = 0,67: two thirds, not a half.
        let wrong = "De rit in de ochtendspits duurde 18 minuten, de rit in de avond 12 minuten: half zo lang."
        try expectClaim("half zo lang", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("'half zo veel' after two counts, the smaller first")
    func halfAsMany() throws {
        // 150 / 300 = 0,5, whichever count the text gives first.
        let text = "Het westelijke depot telde 150 pallets, het oostelijke 300: half zo veel."
        try expectClaim("half zo veel", in: text, kind: .change, verdict: .consistent, value: 0.5)
    }

    @Test("A hedge of 'half zo veel' is of the factor as written, not of a fall")
    func hedgedHalf() throws {
        // 520 / 1.000 = 0,52: a little over half ('ruim'), not under it ('bijna').
        let text = "De noordelijke lijn vervoerde 1.000 reizigers, de zuidelijke 520: ruim half zo veel."
        try expectClaim("half zo veel", in: text, kind: .change, verdict: .consistent, value: 0.52)
        let under = "De noordelijke lijn vervoerde 1.000 reizigers, de zuidelijke 520: bijna half zo veel."
        try expectClaim("half zo veel", in: under, kind: .change, verdict: .inconsistent)
    }

    @Test("A subject that names the larger group leaves the half unbound")
    func subjectOfLarger() throws {
        // 'het oostelijke' has 300, the larger: it cannot be half of 150.
        try expectUnverifiable(
            "half zo veel",
            in: "Het westelijke depot telde 150 pallets, het oostelijke 300; het oostelijke had half zo veel.")
    }

    @Test("Three values leave the half without a pair")
    func threeValues() throws {
        try expectUnverifiable(
            "half zo lang",
            in: "De rit duurde 's ochtends 18 minuten, 's middags 14 minuten en 's avonds 9 minuten: half zo lang.")
    }
}
