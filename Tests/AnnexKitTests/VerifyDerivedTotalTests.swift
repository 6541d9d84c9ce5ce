import Foundation
import Testing

@testable import AnnexKit

/// A rate per a scale ('0,6 per 1.000 ritten') and the count of its units in brackets after it ('(68.500 ritten)')
/// are no parts of a total the next sentence gives (`ScaledRateCounts`).
@Suite("verify: a rate per a scale and its units are no parts of a later total")
struct VerifyScaledRateNoPartTests {
    static func text(_ total: String, injuries: String = "22 meldingen van letsel en ") -> String {
        "Er kwamen " + injuries + "41 meldingen van bijna-ongelukken binnen, 0,6 per 1.000 ritten (68.500 ritten). "
            + "In totaal waren er \(total) meldingen.\n"
    }

    @Test("the two counts beside the rate add up to the total")
    func countsBesideRate() throws {
        // 22 + 41 = 63; the rate 0,6 and the 68.500 rides are left out.
        try expectClaim("63", in: Self.text("63"), kind: .sum, verdict: .consistent, value: 63)
        try expectVerdict(.inconsistent, of: "73", in: Self.text("73"))
    }

    @Test("one count beside the rate is no list of parts")
    func oneCountBesideRate() throws {
        try expectUnverifiable("73", in: Self.text("73", injuries: ""))
    }
}

/// A mean whose clause takes one unit as its subject ('Gemiddeld telde een les 23,5 deelnemers') is a mean per that
/// unit (`perOneNoun`), for a product after it that refers back ('dat zijn …') and for the next sentence.
@Suite("verify: 'een X' as the unit of a mean")
struct VerifyMeanSubjectUnitTests {
    static func text(_ total: String, opening: String = "De sportschool gaf 84 lessen.") -> String {
        opening + " Gemiddeld telde een les 23,5 deelnemers, dat zijn \(total) deelnemers.\n"
    }

    @Test("the lessons of the sentence before times the mean")
    func lessonsBefore() throws {
        // 84 × 23,5 = 1.974.
        try expectClaim("1.974", in: Self.text("1.974"), kind: .count, verdict: .consistent, value: 1974)
        try expectVerdict(.inconsistent, of: "1.794", in: Self.text("1.794"))
    }

    @Test("a mean carried to the next sentence in another unit of time")
    func carriedInHours() throws {
        // 18 × 50 minuten = 900 minuten = 15 uur.
        let text = { (hours: String) in
            "Een les duurde gemiddeld 50 minuten. Bij 18 lessen komt dat neer op \(hours) uur.\n"
        }
        try expectClaim("15", in: text("15"), kind: .count, verdict: .consistent, value: 15)
        try expectVerdict(.inconsistent, of: "17", in: text("17"))
        // The unit of measure may name what it measures: '17 uur lestijd'.
        let measured = text("17").replacingOccurrences(of: "uur.", with: "uur lestijd.")
        try expectVerdict(.inconsistent, of: "17", in: measured)
    }

    @Test("no count of the lessons before, or two")
    func nearCases() throws {
        try expectUnverifiable("1.794", in: Self.text("1.794", opening: "De sportschool gaf veel lessen."))
        let two = "De sportschool gaf 84 groepslessen en 12 lessen in de buitenlucht."
        try expectUnverifiable("1.794", in: Self.text("1.794", opening: two))
    }
}

/// A rate per one unit carried to a later sentence that multiplies it: the mean of a phrase 'gemiddeld N X per Y'
/// (`unitRates`), also past a sentence that states no count, only a percentage (`Discourse.lastUnitRates`).
@Suite("verify: a rate per unit carried to the sentence that multiplies it")
struct VerifyCarriedMeanRateTests {
    @Test("a mean with its 'per' phrase after its number")
    func meanPerPhrase() throws {
        // 16 × 35 = 560.
        let text = { (total: String) in
            "Met gemiddeld 35 deelnemers per les (2022: 31) groeide de belangstelling. Over 16 lessen waren dat "
                + "\(total) deelnemers.\n"
        }
        try expectClaim("560", in: text("560"), kind: .count, verdict: .consistent, value: 560)
        try expectVerdict(.inconsistent, of: "650", in: text("650"))
    }

    @Test("past a sentence of a percentage alone")
    func pastPercentage() throws {
        // 120 × € 45 = € 5.400; (45 − 42) / 42 = 7,1%.
        let text = { (between: String, total: String) in
            "De huur per kraam steeg van € 42 naar € 45. \(between) Bij 120 kramen bracht dat € \(total) op.\n"
        }
        let percentage = "Die stijging van 7,1% volgt uit de indexering."
        try expectClaim("€ 5.400", in: text(percentage, "5.400"), kind: .count, verdict: .consistent, value: 5400)
        try expectVerdict(.inconsistent, of: "€ 5.040", in: text(percentage, "5.040"))
        // A sentence between that states a count of its own names units of its own.
        try expectUnverifiable("€ 5.040", in: text("Er stonden 96 kramen op de markt.", "5.040"))
    }
}

/// A count after 'Die' or 'Deze' opening a sentence takes up the counts of the sentence before of its noun: their sum
/// (`demonstrativeTotal`), which may confirm it, never contradict it.
@Suite("verify: 'Die 10 dagen' as the sum of the sentence before")
struct VerifyDemonstrativeTotalTests {
    static func text(_ total: String) -> String {
        "Het jeugdkamp telde 9 zwemdagen en 5 dagen met een speurtocht. Die \(total) dagen waren samen goed voor "
            + "31 activiteiten.\n"
    }

    @Test("the counts of the noun before add up")
    func sumBefore() throws {
        // 9 + 5 = 14.
        try expectClaim("14", in: Self.text("14"), kind: .sum, verdict: .consistent, value: 14)
    }

    @Test("a count that is no sum of them, or one of them")
    func nearCases() throws {
        // 'Die 12 dagen' may take up some of the days: no contradiction.
        try expectUnverifiable("12", in: Self.text("12"))
        try expectUnverifiable("9", in: Self.text("9"))
    }
}

/// A prose total under a table of two year columns sums the column of the year it names, in the currency the label
/// cell names in brackets ('Kosten (€)', `columnTotalUnderTable`).
@Suite("verify: a total of the named year's column under a table")
struct VerifyYearColumnTotalTests {
    static func text(_ total: String, year: String = "in 2024") -> String {
        """
        Kosten (€) | 2023 | 2024
        Energie | 41.200 | 38.900
        Schoonmaak | 22.500 | 24.100
        Onderhoud | 17.300 | 19.600
        Samen kostten de drie posten \(year) € \(total).

        """
    }

    @Test("the column of the year named")
    func namedYear() throws {
        // 38.900 + 24.100 + 19.600 = 82.600.
        try expectClaim("€ 82.600", in: Self.text("82.600"), kind: .sum, verdict: .consistent, value: 82600)
        try expectVerdict(.inconsistent, of: "€ 86.200", in: Self.text("86.200"))
    }

    @Test("no year named, or both")
    func nearCases() throws {
        try expectUnverifiable("€ 86.200", in: Self.text("86.200", year: "ook dit jaar"))
        try expectUnverifiable("€ 86.200", in: Self.text("86.200", year: "in 2023 en 2024"))
    }
}

/// A row labelled with a quarter in a digit ordinal ('3e kwartaal', '3de kwartaal') under its three months is their
/// total, as 'Derde kwartaal' is (`StatedPeriod`): its sums may confirm it, never contradict it.
@Suite("verify: a quarter's row named with a digit ordinal")
struct VerifyDigitOrdinalQuarterTests {
    static func text(_ label: String) -> String {
        """
        Maand | bezoekers
        Juli | 2.340
        Augustus | 2.910
        September | 1.780
        \(label) | 7.030

        """
    }

    @Test("'3e' and '3de' name the third quarter")
    func digitOrdinals() throws {
        // 2.340 + 2.910 + 1.780 = 7.030.
        try expectClaim("7.030", in: Self.text("3e kwartaal"), kind: .sum, verdict: .consistent, value: 7030)
        try expectClaim("7.030", in: Self.text("3de kwartaal"), kind: .sum, verdict: .consistent, value: 7030)
    }

    @Test("another quarter's months are no parts")
    func otherQuarter() throws {
        try expectUnverifiable("7.030", in: Self.text("2e kwartaal"))
    }
}
