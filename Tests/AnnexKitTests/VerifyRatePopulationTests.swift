import Foundation
import Testing

@testable import AnnexKit

/// A rate per a scale that names its population ('per 10.000 inwoners') whose counts stand apart from it: the
/// population in brackets after a name, or in the sentence before; bound by what the counts count.
@Suite("verify: a rate and its population elsewhere")
struct VerifyRatePopulationTests {
    @Test("The population in brackets after a name, the rate an apposition to the count")
    func bracketedPopulation() throws {
        // 505 of 101.000 is 50 per 10.000.
        let text = "Gemeente Deventer (101.000 inwoners) telde 505 aanvragen: 50 per 10.000 inwoners."
        try expectVerdict(.consistent, of: "50", in: text)
        try expectVerdict(.inconsistent, of: "5", in: text.replacingOccurrences(of: ": 50 per", with: ": 5 per"))
    }

    @Test("The population in the sentence before, the count in the rate's own")
    func populationBefore() throws {
        // 260 of 183.000 is 14,2 per 10.000.
        let text = "De gemeente telt 183.000 inwoners. Er waren 260 meldingen, 14,2 per 10.000 inwoners."
        try expectVerdict(.consistent, of: "14,2", in: text)
        try expectVerdict(.inconsistent, of: "12,2", in: text.replacingOccurrences(of: "14,2", with: "12,2"))
    }

    @Test("Both counts in the sentence before, the rate naming what it counts and referring back")
    func bothBefore() throws {
        // 1.500 of 125.000 is 12 per 1.000.
        let text = "Leiden (125.000 inwoners) registreerde vorig jaar 1.500 inbraken. Dat komt neer op 12 inbraken "
            + "per 1.000 inwoners."
        try expectVerdict(.consistent, of: "12", in: text)
        try expectVerdict(.inconsistent, of: "120", in: text.replacingOccurrences(of: "op 12", with: "op 120"))
    }

    @Test("No binding when the counts may be of something else")
    func unbound() throws {
        let before = "Leiden (125.000 inwoners) registreerde 1.500 inbraken. "
        // The rate counts another noun than the count before.
        try expectVerdict(.unverifiable, of: "3", in: before + "Er waren 3 autodiefstallen per 1.000 inwoners.")
        // The rate names nothing, is no apposition and does not refer back.
        try expectVerdict(
            .unverifiable, of: "3", in: before + "Het aantal autodiefstallen lag op 3 per 1.000 inwoners.")
        // Two populations.
        try expectVerdict(
            .unverifiable, of: "3",
            in: "Leiden (125.000 inwoners) en Delft (105.000 inwoners) telden 1.500 inbraken: 3 per 1.000 inwoners.")
        // The population of another year.
        try expectVerdict(
            .unverifiable, of: "12,2",
            in: "In 2020 telde de gemeente 183.000 inwoners. In 2025 waren er 260 meldingen, 12,2 per 10.000 inwoners.")
    }

    @Test(
        "A part in a unit with a metric prefix is taken in the rate's unit; in another unit the rate is not recomputed",
        arguments: [
            // 12,6 megaton = 12.600.000 ton over 2.100.000 inwoners: 6,0 ton each.
            ("De uitstoot per inwoner kwam uit op 6,0 ton (12,6 megaton bij 2,1 miljoen inwoners).", "6,0",
             Verdict.consistent),
            ("De uitstoot per inwoner kwam uit op 8,0 ton (12,6 megaton bij 2,1 miljoen inwoners).", "8,0",
             .inconsistent),
            // 96 gigawattuur = 96.000.000 kilowattuur over 32.000 huishoudens: 3.000 each.
            ("Per huishouden was dat 3.000 kilowattuur (96 gigawattuur voor 32.000 huishoudens).", "3.000",
             .consistent),
            ("Per huishouden was dat 300 kilowattuur (96 gigawattuur voor 32.000 huishoudens).", "300",
             .inconsistent),
            // A kilo is a thousandth of a ton (`MeasureUnit`): 6.000 kilo each, not 6,0.
            ("Per inwoner was de uitstoot 6,0 kilo (12,6 megaton bij 2,1 miljoen inwoners).", "6,0",
             .inconsistent),
            // A litre is no unit of energy: not recomputed.
            ("Per huishouden was dat 3.000 liter (96 gigawattuur voor 32.000 huishoudens).", "3.000", .unverifiable),
        ])
    func metricPrefix(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
