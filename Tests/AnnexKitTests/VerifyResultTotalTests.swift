import Foundation
import Testing

@testable import AnnexKit

/// A total the next sentence states as the result of the counts of the sentence before ('kwam daarmee op', 'de
/// totale subsidie van'), and a total 'samen met' adds to the level a change of the sentence before reached: sums,
/// each hand-computed, and the near cases that stay unverifiable.
@Suite("verify: a total stated as the result of the counts before it")
struct VerifyResultTotalTests {
    /// Two kinds of objection, 412 and 268: 680 in all.
    private static let objections =
        "De gemeente ontving 412 bezwaren over de WOZ-waarde en 268 over de afvalstoffenheffing. "
    /// Three grants: 42.000 + 35.500 + 18.500 = 96.000.
    private static let grants =
        "De drie scholen kregen een subsidie van respectievelijk € 42.000, € 35.500 en € 18.500. "
    /// Volunteers in Deventer from 58 to 73.
    private static let volunteers = "Het aantal vrijwilligers in Deventer steeg van 58 naar 73. "

    @Test(
        "'daarmee op' or 'hiermee op' states the sum of the counts of the sentence before",
        arguments: [
            (objections + "Het aantal bezwaren kwam daarmee op 680.", "680", Verdict.consistent),
            (objections + "Het aantal bezwaren kwam daarmee op 690.", "690", .inconsistent),
            // 310 + 85 + 240 = 635.
            ("In het voorjaar werden 310 bomen geplant, in de zomer 85 en in het najaar 240. Het aantal nieuwe bomen "
                + "komt hiermee op 645.", "645", .inconsistent),
            // € 2,35 + € 0,85 = € 3,2 miljoen; a compound of the values' noun ('onderhoudskosten' of 'kosten').
            ("De kosten van het groot onderhoud bedroegen € 2,35 miljoen en van het klein onderhoud € 0,85 miljoen. "
                + "De totale onderhoudskosten kwamen daarmee op € 3,2 miljoen.", "€ 3,2 miljoen", .consistent),
            ("De kosten van het groot onderhoud bedroegen € 2,35 miljoen en van het klein onderhoud € 0,85 miljoen. "
                + "De totale onderhoudskosten kwamen daarmee op € 3,4 miljoen.", "€ 3,4 miljoen", .inconsistent),
        ])
    func resultOfCountsBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "'de totale NOUN van' after a list of that noun is its sum; short of it, the list may be some of it",
        arguments: [
            (grants + "School A ontving daarmee 44 procent van de totale subsidie van € 96.000.", "€ 96.000",
             Verdict.consistent),
            // The parts exceed the total: 96.000 > 94.000.
            (grants + "School A ontving daarmee 45 procent van de totale subsidie van € 94.000.", "€ 94.000",
             .inconsistent),
            // 96.000 of 99.000: other schools may have had the rest.
            (grants + "School A ontving daarmee 42 procent van de totale subsidie van € 99.000.", "€ 99.000",
             .unverifiable),
        ])
    func totalNamedByNoun(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("No result total of another noun, after a count of its own sentence, or of a stock that flows change")
    func noResultTotal() throws {
        // 'begroting' is not what the grants are (96.000 > 90.000 would be wrong as a sum).
        try expectUnverifiable(
            "€ 90.000", in: Self.grants + "Dat is meer dan de helft van de totale begroting van € 90.000.")
        // 412 + 268 + 35 = 715: the sentence's own count is added too, which is no list of the sentence before.
        try expectUnverifiable("725", in: Self.objections + "Met 35 late bezwaren kwam het aantal daarmee op 725.")
        // 1.400 built and 300 demolished change a stock of 52.100; they are no parts of it.
        try expectUnverifiable(
            "52.100",
            in: "Er werden dit jaar 1.400 woningen gebouwd en 300 gesloopt. De woningvoorraad kwam daarmee op 52.100.")
    }

    @Test(
        "'Samen met' adds to the level the change of the sentence before reached",
        arguments: [
            // 73 + 120 = 193.
            (volunteers + "Samen met de 120 vrijwilligers uit Olst waren er dit jaar 193 vrijwilligers.", "193",
             Verdict.consistent),
            (volunteers + "Samen met de 120 vrijwilligers uit Olst waren er dit jaar 203 vrijwilligers.", "203",
             .inconsistent),
        ])
    func togetherWithReachedLevel(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("No reached level for a total of the past or of the change's start year")
    func noReachedLevel() throws {
        // 58 + 120 = 178: the level before the change.
        try expectUnverifiable(
            "178",
            in: Self.volunteers + "Samen met de 120 vrijwilligers uit Olst waren er vorig jaar 178 vrijwilligers.")
        try expectUnverifiable(
            "178", in: "Het aantal vrijwilligers in Deventer steeg van 58 in 2022 naar 73 in 2024. Samen met de 120 "
                + "vrijwilligers uit Olst waren er in 2022 178 vrijwilligers.")
    }
}

/// A result total counted as 'het aantal NOUN' of another noun than the values of the sentence before is no sum of
/// them (`ResultTotal.countedAfterAantal`): they may confirm it, never contradict it.
@Suite("verify: a result total of another counted noun")
struct VerifyResultTotalOtherNounTests {
    /// Permits granted per half year: 640 + 710 = 1.350.
    private let lead = "In het eerste halfjaar werden 640 vergunningen verleend, in het tweede 710. "

    @Test("Applications are no sum of permits granted")
    func otherNoun() throws {
        try expectUnverifiable("1.500", in: lead + "Het aantal aanvragen kwam daarmee op 1.500.")
    }

    @Test("The permits' own count is their sum")
    func ownNoun() throws {
        try expectVerdict(.inconsistent, of: "1.500", in: lead + "Het aantal vergunningen kwam daarmee op 1.500.")
        try expectVerdict(.consistent, of: "1.350", in: lead + "Het aantal vergunningen kwam daarmee op 1.350.")
    }
}
