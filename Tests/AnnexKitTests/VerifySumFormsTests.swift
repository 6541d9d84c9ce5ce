import Foundation
import Testing

@testable import AnnexKit

/// Sums by the evidence that ties a whole to its parts, whichever side the whole stands on: each form in words of
/// its own, checked both ways, and the look-alike that is no sum.
@Suite("verify: wholes and their parts")
struct VerifySumFormsTests {
    @Test("A memo's 'Totaal:' adds up the list of the line before")
    func memoTotalUnderList() throws {
        let list = "Aanvragen per loket: Noord 1.210, Centrum 860, Zuid 745. "
        // 1.210 + 860 + 745 = 2.815.
        try expectVerdict(.consistent, of: "2.815", in: list + "Totaal: 2.815.")
        try expectVerdict(.inconsistent, of: "2.851", in: list + "Totaal: 2.851.")
    }

    @Test("A memo's 'Totaal:' adds up the memo lines of one kind before it, one count each")
    func memoTotalUnderLines() throws {
        let lines = "Begeleiding individueel: 1.140 cliënten (+3%). Begeleiding groep: 655 (-2%). "
        // 1.140 + 655 = 1.795.
        try expectVerdict(.consistent, of: "1.795", in: lines + "Totaal: 1.795 (+1%).")
        try expectVerdict(.inconsistent, of: "1.759", in: lines + "Totaal: 1.759 (+1%).")
        // Lines of unlike things (no word of their labels shared) are no parts of one total.
        let unlike = "Wachtlijst: 140 cliënten. Caseload per consulent: 33. Totaal: 180."
        #expect(try !verified(unlike).contains { $0.kind == .sum })
    }

    @Test("A phrase of composition ties the whole before it to the list after it")
    func composition() throws {
        // € 18,4 + € 6,1 + € 2,5 miljoen = € 27,0 miljoen.
        let made = "De jeugdzorg kost de regio dit jaar € 27,0 miljoen, opgebouwd uit € 18,4 miljoen voor verblijf, "
            + "€ 6,1 miljoen voor ambulante hulp en € 2,5 miljoen voor crisisopvang."
        try expectVerdict(.consistent, of: "€ 27,0 miljoen", in: made)
        try expectVerdict(
            .inconsistent, of: "€ 28,0 miljoen", in: made.replacingOccurrences(of: "27,0", with: "28,0"))
        // A whole in brackets and parts in its multiplier without the currency: 640 + 415 = 1.055 duizend.
        let memo = "Het fonds (totaal 1,06 mln euro) bestaat uit leningen 0,64 mln en giften 0,42 mln."
        try expectVerdict(.consistent, of: "1,06 mln", in: memo)
        try expectVerdict(
            .inconsistent, of: "1,16 mln", in: memo.replacingOccurrences(of: "1,06", with: "1,16"))
        // Parts of another kind are no parts of an amount: projects are no euros.
        let unlike = try verified("Het programma kost € 4 miljoen, bestaande uit 12 projecten en 3 pilots.")
        #expect(!unlike.contains { $0.kind == .sum }, "\(unlike.map(reason))")
        // A composition in a clause of its own is not of the number before it.
        let other = try verified(
            "De gemeente ontving 1.200 aanvragen; het team bestaat uit 14 consulenten en 6 schuldhulpmaatjes.")
        #expect(!other.contains { $0.kind == .sum }, "\(other.map(reason))")
    }

    @Test("A count before ':' is split by the list after it, its year between them")
    func colonAfterYear() throws {
        // 310 + 245 + 190 = 745, and 'bijna 750' allows it.
        let split = "Bijna 750 gezinnen kregen in 2024 een voedselpakket: 310 in Oost, 245 in West en 190 in Zuid."
        try expectVerdict(.consistent, of: "Bijna 750", in: split)
        try expectVerdict(.inconsistent, of: "Bijna 950", in: split.replacingOccurrences(of: "750", with: "950"))
        // Values each of a year of their own under a total of one year are a series, not its parts.
        let series = try verified("In 2024 kregen 1.900 gezinnen een pakket: 840 in 2022 en 910 in 2023.")
        #expect(!series.contains { $0.kind == .sum }, "\(series.map(reason))")
        // Under a total of the whole span they are its parts: 840 + 910 = 1.750.
        try expectVerdict(
            .inconsistent, of: "1.900",
            in: "In de periode 2022-2023 kregen 1.900 gezinnen een pakket: 840 in 2022 en 910 in 2023.")
    }

    @Test("'van wie' splits the persons a count names when the list comes near it")
    func vanWie() throws {
        // 2.260 + 1.480 = 3.740.
        let split = "Eind maart stonden 3.740 mensen ingeschreven, van wie 2.260 met een urgentie en 1.480 zonder."
        try expectVerdict(.consistent, of: "3.740", in: split)
        try expectVerdict(.inconsistent, of: "3.940", in: split.replacingOccurrences(of: "3.740", with: "3.940"))
        // A selection far below its whole says nothing of a sum.
        let few = try verified("Eind maart stonden 3.740 mensen ingeschreven, van wie 620 jongeren en 410 ouderen.")
        #expect(!few.contains { $0.kind == .sum }, "\(few.map(reason))")
    }

    @Test("'tellen op tot' and 'Dat zijn er samen' total what was listed")
    func moreSumCues() throws {
        // 12,5 + 7,5 + 4,0 = 24,0.
        let cue = "De posten wonen (€ 12,5 mln), zorg (€ 7,5 mln) en werk (€ 4,0 mln) tellen op tot € 24,0 mln."
        try expectVerdict(.consistent, of: "€ 24,0 mln", in: cue)
        try expectVerdict(.inconsistent, of: "€ 26,0 mln", in: cue.replacingOccurrences(of: "24,0", with: "26,0"))
        // 1.460 + 830 = 2.290.
        let before = "Het wijkteam kreeg 1.460 signalen, de huisartsen gaven er 830 door. "
        try expectVerdict(.consistent, of: "2.290", in: before + "Dat zijn er samen 2.290.")
        try expectVerdict(.inconsistent, of: "2.390", in: before + "Dat zijn er samen 2.390.")
    }

    @Test("'samen met' adds the numbers after it to the one before it; their total ends the stretch")
    func togetherWith() throws {
        // € 0,6 + € 2,3 miljoen = € 2,9 miljoen.
        let money = "De provincie legt € 0,6 miljoen bij; samen met de € 2,3 miljoen van het Rijk is er € 2,9 miljoen."
        try expectVerdict(.consistent, of: "€ 2,9 miljoen", in: money)
        try expectVerdict(
            .inconsistent, of: "€ 3,9 miljoen", in: money.replacingOccurrences(of: "2,9", with: "3,9"))
        // Opening the sentence: the only count of the sentence before, 640 + 215 + 90 = 945.
        let counts = "Deventer telde 640 inschrijvingen. Samen met de 215 inschrijvingen uit Olst en de 90 uit Bathmen "
        try expectVerdict(.consistent, of: "945", in: counts + "kwam de regio op 945 inschrijvingen.")
        try expectVerdict(.inconsistent, of: "995", in: counts + "kwam de regio op 995 inschrijvingen.")
        // Numbers of another noun are no parts: 3 municipalities are no reports.
        let other = try verified(
            "Deventer telde 640 meldingen. Samen met de 3 buurgemeenten ging het om 1.120 meldingen.")
        #expect(!other.contains { $0.kind == .sum }, "\(other.map(reason))")
        // Two numbers before it: which one is added is not said.
        let two = try verified(
            "Deventer telde 640 meldingen en Olst 215; samen met de 90 uit Bathmen waren het er 955.")
        #expect(!two.contains { $0.kind == .sum && $0.written == "955" && $0.verdict == .inconsistent })
    }

    @Test("'samen met A (…) en B (…)' adds them to a companion, the subject count, never to each other alone")
    func togetherWithCompanion() throws {
        // The sentence's own subject count: 1.240 + 860 + 515 = 2.615.
        let own = "Het steunpunt in Kampen hielp 1.240 mantelzorgers; samen met Dronten (860) en Urk (515) waren "
            + "het er "
        try expectVerdict(.consistent, of: "2.615", in: own + "2.615.")
        try expectVerdict(.inconsistent, of: "2.715", in: own + "2.715.")
        // 2.050 + 1.430 = 3.480.
        try expectVerdict(
            .inconsistent, of: "3.840",
            in: "Zwolle verstrekte 2.050 vergunningen, en samen met Deventer (1.430) kwam het aantal op 3.840.")
        // The subject carried over from the sentence before: € 1,8 + € 0,7 + € 0,5 miljoen = € 3,0 miljoen.
        let fund = "De gemeente Hoorn legde € 1,8 miljoen in. Samen met de bijdragen van Enkhuizen (€ 0,7 miljoen) en "
            + "Medemblik (€ 0,5 miljoen) is het fonds € 3,0 miljoen groot."
        try expectVerdict(.consistent, of: "€ 3,0 miljoen", in: fund)
        // A wrong total only the companion shows: 95 + 120 + 130 = 345, not the 250 of the bracketed two alone.
        try expectVerdict(
            .inconsistent, of: "250",
            in: "In januari meldden zich 95 vrijwilligers aan. Samen met februari (120) en maart (130) kwam het "
                + "kwartaal op 250 aanmeldingen.")
        // No companion: nothing before, two counts before, or a duration before a count of people.
        let unread = [
            "Samen met de wijk Oost (640) en de wijk West (410) kwam de stad op 2.300 meldingen.",
            "Noord telde 310 leerlingen en Zuid 280. Samen met Oost (150) waren het er 760.",
            "Vorig jaar werkten de vaste krachten 2.400 uur. Samen met Oost (35) en West (20) waren er 140 "
                + "vrijwilligers actief.",
        ]
        for text in unread {
            let found = try verified(text)
            #expect(found.contains { $0.kind == .sum }, "\(found.map(reason))")
            #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
        }
    }

    @Test("'in totaal' names no noun after it: the clause it opens totals the list of the stretch before")
    func inTotaalBeforeVerb() throws {
        // 140 + 85 + 60 = 285.
        let list = "Het project telt 140 vrijwilligers in Zwolle, 85 in Deventer en 60 in Kampen; in totaal zetten "
        try expectVerdict(.consistent, of: "285", in: list + "zich daarmee 285 mensen in.")
        try expectVerdict(.inconsistent, of: "295", in: list + "zich daarmee 295 mensen in.")
        // A total that names what it totals, another noun than the list's, may confirm but not contradict.
        try expectVerdict(
            .unverifiable, of: "€ 4,1 miljoen",
            in: "De subsidies bedroegen € 1,2, € 1,4 en € 0,9 miljoen. Het totaal aan baten bedroeg € 4,1 miljoen.")
    }

    @Test("'Dat is' restates the quantity of the sentence before as the part of the whole it marks")
    func restatedPart() throws {
        let before = "Vorig jaar kregen 1.150 statushouders een woning toegewezen. "
        // 1.150 of 4.600 is 25%: a quarter.
        try expectVerdict(.consistent, of: "een kwart", in: before + "Dat is een kwart van alle 4.600 aanvragen.")
        try expectVerdict(.inconsistent, of: "een derde", in: before + "Dat is een derde van alle 4.600 aanvragen.")
        // A time, no restatement: nothing says which count is the part.
        try expectVerdict(
            .unverifiable, of: "een derde",
            in: before + "Dit jaar ging een derde van alle 4.600 aanvragen naar Almere.")
    }

    @Test("'N van hen', the sentence's only count, is a part of the quantity of the sentence before")
    func partOfThem() throws {
        let before = "In het voorjaar schreven 1.520 studenten zich in voor de training. "
        // 380 of 1.520 is 25%: one in four.
        let place = before + "Voor 380 van hen was er plaats, "
        try expectVerdict(.consistent, of: "een op de vier", in: place + "een op de vier.")
        try expectVerdict(.inconsistent, of: "een op de drie", in: place + "een op de drie.")
        // Without 'van hen' the count is of something else.
        try expectVerdict(
            .unverifiable, of: "een op de drie", in: before + "Voor 380 ouders was er plaats, een op de drie.")
    }

    @Test("'Samen' after a list of amounts adds up the amounts, not the count in words that announces them")
    func countedListBefore() throws {
        let list = "We kregen drie subsidies: 1,2 miljoen van de gemeente, 0,8 miljoen van de provincie en 0,35 "
            + "miljoen van een fonds. "
        // 1.200.000 + 800.000 + 350.000 = 2.350.000, without the 3 of 'drie subsidies'.
        let right = try claim("2,35 miljoen", in: list + "Samen 2,35 miljoen.")
        #expect(right.verdict == .consistent)
        #expect(reason(right).contains("1.200.000 + 800.000 + 350.000 = 2.350.000"), "\(reason(right))")
        try expectVerdict(.inconsistent, of: "2,5 miljoen", in: list + "Samen 2,5 miljoen.")
    }
}
