import Foundation
import Testing

@testable import AnnexKit

/// Values a claim takes from sentences before it, bound by structure: a reference to the quantity ('waren dat
/// er') and a year of its own after the year of the value the sentence before gave.
@Suite("verify: values over earlier sentences")
struct VerifyEarlierValuesTests {
    @Test("A change after a value of its own year starts from the value of an earlier year the sentence before gave")
    func datedAfterTopic() throws {
        let before = "In 2018 registreerde de politie 2.400 woninginbraken. "
        // 2.400 → 1.800 is −25%.
        try expectVerdict(
            .consistent, of: "25 procent", in: before + "In 2024 waren dat er 1.800: een daling van 25 procent.")
        try expectVerdict(
            .inconsistent, of: "20 procent", in: before + "In 2024 waren dat er 1.800: een daling van 20 procent.")
        // The year of its own is not later: no start value.
        try expectVerdict(
            .unverifiable, of: "20 procent",
            in: "In 2024 registreerde de politie 2.400 woninginbraken. "
                + "In 2018 waren dat er 1.800: een daling van 20 procent.")
        // Another quantity with no word of reference: not the value of the sentence before.
        try expectVerdict(
            .unverifiable, of: "20 procent",
            in: before + "In 2024 telde zij 1.800 fietsdiefstallen: een daling van 20 procent.")
    }

    @Test("A mean per a unit is the one total of its stretch over the number of that unit its stretch gives")
    func meanPerUnit() throws {
        // 300 over 6 is 50.
        let total = "In 6 regio's werkten 300 vrijwilligers, "
        try expectVerdict(.consistent, of: "50", in: total + "gemiddeld 50 per regio.")
        try expectVerdict(.inconsistent, of: "55", in: total + "gemiddeld 55 per regio.")
        try expectVerdict(.consistent, of: "50", in: total + "een gemiddelde van 50 per regio.")
        try expectVerdict(.inconsistent, of: "55", in: total + "per regio gemiddeld 55 vrijwilligers.")
        // The mean names another noun than the total counts, or two totals stand beside it: no reading.
        try expectVerdict(.unverifiable, of: "55", in: total + "per regio gemiddeld 55 cliënten.")
        try expectVerdict(
            .unverifiable, of: "55",
            in: "In 6 regio's werkten 300 vrijwilligers en 40 coördinatoren, gemiddeld 55 per regio.")
        // The counts after ';' with a verb of their own state something else.
        try expectVerdict(
            .unverifiable, of: "61.000",
            in: "Opvang kost per cliënt gemiddeld 61.000 euro; in 2023 woonden 1.200 cliënten in een voorziening "
                + "en bedroegen de lasten 400 miljoen euro.")
    }

    @Test("A mean per a unit named by a compound, or whose total and units the sentence before gives")
    func meanPerUnitCompoundAndBefore() throws {
        // 6,4 miljoen over 4 is 1,6 miljoen; 18.000 over 150 is 120.
        let regions = "De vier proefregio's kregen samen 6,4 miljoen euro, "
        try expectVerdict(.consistent, of: "1,6 miljoen", in: regions + "gemiddeld 1,6 miljoen euro per regio.")
        try expectVerdict(.inconsistent, of: "1,8 miljoen", in: regions + "gemiddeld 1,8 miljoen euro per regio.")
        let days = "In 2025 verbleven 150 cliënten in de kliniek, samen goed voor 18.000 verpleegdagen, ofwel "
        try expectVerdict(.consistent, of: "120", in: days + "gemiddeld 120 dagen per cliënt.")
        try expectVerdict(.inconsistent, of: "130", in: days + "gemiddeld 130 dagen per cliënt.")
        // 24 miljoen over 200 fte is 120.000 per fte.
        let fund = "Het fonds van 24 miljoen euro betaalt 200 fte aan wijkagenten. "
        try expectVerdict(.consistent, of: "120.000", in: fund + "Dat komt neer op gemiddeld 120.000 euro per fte.")
        try expectVerdict(.inconsistent, of: "150.000", in: fund + "Dat komt neer op gemiddeld 150.000 euro per fte.")
        // No word that refers back, or two counts of the unit before: no reading.
        try expectVerdict(.unverifiable, of: "150.000", in: fund + "Zij kosten gemiddeld 150.000 euro per fte.")
        try expectVerdict(
            .unverifiable, of: "150.000",
            in: "Het fonds van 24 miljoen euro betaalt 200 fte aan wijkagenten en 30 fte aan staf. "
                + "Dat komt neer op gemiddeld 150.000 euro per fte.")
    }

    @Test("'Het verschil' with no direction: the larger less the smaller of the two values contrasted before")
    func contrastedDifference() throws {
        // 14,5 − 6,2 is 8,3 points.
        let groups = "Van de huurders had 14,5 procent een betalingsachterstand, van de kopers 6,2 procent. "
        try expectVerdict(.consistent, of: "8,3 procentpunt", in: groups + "Het verschil bedraagt 8,3 procentpunt.")
        try expectVerdict(.inconsistent, of: "7,3 procentpunt", in: groups + "Het verschil bedraagt 7,3 procentpunt.")
        // A difference of something else ('met vorig jaar') is not theirs.
        try expectVerdict(
            .unverifiable, of: "2 procentpunt", in: groups + "Het verschil met vorig jaar bedraagt 2 procentpunt.")
    }
}
