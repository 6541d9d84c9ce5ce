import Foundation
import Testing

@testable import AnnexKit

/// A total line under a list of items ('•', '*', '–', '-'), and a total stated for a period before its dated parts
/// in one sentence: sums, each hand-computed, and the guards that leave them unclaimed.
@Suite("verify: a list's total under it, a total before its dated parts")
struct VerifyItemTotalTests {
    @Test(
        "A total line under a list of items is the sum of the items",
        arguments: [
            // 1.204 + 866 + 431 = 2.501.
            ("Meldingen per categorie:\n• geluid: 1.204\n• afval: 866\n• parkeren: 431\n"
                + "Totaal aantal meldingen: 2.501\n",
             "2.501", Verdict.consistent),
            ("Meldingen per categorie:\n• geluid: 1.204\n• afval: 866\n• parkeren: 431\n"
                + "Totaal aantal meldingen: 2.510\n",
             "2.510", .inconsistent),
            // 318 + 452 + 207 = 977.
            ("Inschrijvingen per opleiding:\n– techniek: 318\n– zorg: 452\n– economie: 207\nTotaal: 987\n", "987",
             .inconsistent),
            // 1.045 + 612 + 733 = 2.390.
            ("Bezoekers per vestiging:\n* Amsterdam: 1.045\n* Utrecht: 612\n* Leiden: 733\nTotaal bezoekers: 2.390\n",
             "2.390", .consistent),
            // 96 + 412 + 187 = 695, with no title over the items: a bare total.
            ("– jongeren: 96\n– volwassenen: 412\n– ouderen: 187\nTotaal: 695\n", "695", .consistent),
        ])
    func totalUnderItems(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "No total of items that are no plain parts of it, or of a list its title says is a selection",
        arguments: [
            // A part of a part: 640 + 210 = 850 are the parts, 640 + 85 + 210 = 935 is no sum of anything.
            "Aanvragen:\n- toegekend: 640\n- waarvan spoed: 85\n- afgewezen: 210\nTotaal: 850\n",
            // A mean and a change among the items (412 + 388 = 800).
            "Wachttijd per team:\n- Noord: 412\n- Zuid: 388\n- gemiddeld: 400\nTotaal: 800\n",
            "Leden per afdeling:\n• Noord: 412\n• Zuid: 388\n• toename: 24\nTotaal leden: 800\n",
            // 'waaronder' in the title: some of the categories (1.204 + 866 = 2.070).
            "Meldingen, waaronder:\n• geluid: 1.204\n• afval: 866\nTotaal meldingen: 4.310\n",
            // Percentages are no counts a total line adds (48 + 35 = 83).
            "Aandeel per categorie:\n• geluid: 48%\n• afval: 35%\nTotaal: 100%\n",
        ])
    func noTotalUnderItems(text: String) throws {
        let found = try verified(text)
        #expect(found.allSatisfy { $0.verdict != .inconsistent }, "\(found.map { "\($0.written) \($0.verdict)" })")
    }

    @Test(
        "A total sums a complete list of what it names, items named by a noun of change among them",
        arguments: [
            // 12.400 + 3.150 + 2.200 = 17.750.
            ("Inkomsten stichting:\n• contributies: 12.400\n• giften: 3.150\n• sponsoring: 2.200\n"
                + "Totale inkomsten: 17.750\n", "17.750", Verdict.consistent),
            ("Inkomsten stichting:\n• contributies: 12.400\n• giften: 3.150\n• sponsoring: 2.200\n"
                + "Totale inkomsten: 17.570\n", "17.570", .inconsistent),
            // 14 + 9 + 5 = 28: 'verlenging' and 'uitbreiding' name posts, not changes of the formation.
            ("Extra formatie per team:\n- verlenging contracten: 14\n- uitbreiding nachtdienst: 9\n- opleiding: 5\n"
                + "Totaal: 31\n", "31", .inconsistent),
            // 2,4 + 1,9 + 0,7 = 5,0 million.
            ("Het budget voor 2027 wordt zo besteed:\n- verhoging salarissen: € 2,4 mln\n- uitbreiding jeugdteams: "
                + "€ 1,9 mln\n- huisvesting: € 0,7 mln\nIn totaal gaat het om € 5,0 mln.\n", "€ 5,0 mln",
             .consistent),
            ("Het budget voor 2027 wordt zo besteed:\n- verhoging salarissen: € 2,4 mln\n- uitbreiding jeugdteams: "
                + "€ 1,9 mln\n- huisvesting: € 0,7 mln\nIn totaal gaat het om € 5,3 mln.\n", "€ 5,3 mln",
             .inconsistent),
        ])
    func totalOfWhatItNames(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "No sum under a ranking or examples, for another thing than the list holds, or over a stated change",
        arguments: [
            // A ranking: the four most expensive of more treatments (3.120 + 2.870 + 1.460 + 990 = 8.440).
            "De vier duurste behandelingen:\n• dialyse: 3.120\n• chemotherapie: 2.870\n• revalidatie: 1.460\n"
                + "• transplantatie: 990\nTotaal behandelingen: 11.200\n",
            "Wijken met de meeste klachten:\n• Centrum: 412\n• Oost: 305\nTotaal klachten: 1.930\n",
            // Examples ('onder andere'): 48 + 22 = 70 of 130.
            "Subsidies gingen onder andere naar:\n– sportclubs: 48\n– muziekscholen: 22\nTotaal subsidies: 130\n",
            // What the total names is no item's: costs under income (12.400 + 3.150 + 2.200 = 17.750).
            "Inkomsten stichting:\n• contributies: 12.400\n• giften: 3.150\n• sponsoring: 2.200\n"
                + "Totale kosten: 16.900\n",
            // An untitled list of groups under a total of something they do not name (96 + 412 + 187 = 695).
            "– jongeren: 96\n– volwassenen: 412\n– ouderen: 187\nTotaal aanmeldingen: 650\n",
            // A stated change among the items: 230 + 170 = 400, not 412.
            "Leden per vereniging:\n- Noord: 230\n- Zuid: 170\n- groei van het ledental: 12\nTotaal: 400\n",
        ])
    func noSumOfSelectionOrOtherThing(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum && $0.verdict == .inconsistent },
            "\(found.map { "\($0.written) \($0.kind) \($0.verdict)" })")
    }

    @Test(
        "A total stated for a quarter, half year or year is the sum of the parts that give each of its periods once",
        arguments: [
            // 3.950 + 4.120 + 4.410 = 12.480.
            ("In het derde kwartaal kwamen 12.480 aanvragen binnen; in juli 3.950, in augustus 4.120 en in september "
                + "4.410.", "12.480", Verdict.consistent),
            // 2.480 + 2.830 = 5.310.
            ("In het eerste halfjaar van 2025 werden 5.210 vergunningen verleend, 2.480 in het eerste kwartaal en "
                + "2.830 in het tweede kwartaal.", "5.210", .inconsistent),
            // 350 + 330 + 390 + 360 + 340 + 370 = 2.140.
            ("In het eerste halfjaar werden 2.140 boetes uitgeschreven; in januari 350, in februari 330, in maart 390, "
                + "in april 360, in mei 340 en in juni 370.", "2.140", .consistent),
            ("In het eerste halfjaar werden 2.410 boetes uitgeschreven; in januari 350, in februari 330, in maart 390, "
                + "in april 360, in mei 340 en in juni 370.", "2.410", .inconsistent),
            // 610 + 585 + 702 + 644 = 2.541.
            ("Over 2023 registreerde de dienst 2.541 storingen, in het eerste kwartaal 610, in het tweede kwartaal "
                + "585, in het derde kwartaal 702 en in het vierde kwartaal 644.", "2.541", .consistent),
            // 1.020 + 940 + 1.005 = 2.965.
            ("In het vierde kwartaal kwamen er 2.915 klachten binnen; in oktober 1.020, in november 940 en in "
                + "december 1.005.", "2.915", .inconsistent),
        ])
    func totalBeforeDatedParts(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "No sum when the parts do not give each period of the total once, or are of another unit",
        arguments: [
            // June is missing: 1.100 + 1.250 is no quarter.
            "In het tweede kwartaal waren er 3.400 meldingen, in april 1.100 en in mei 1.250.",
            // A month of another quarter: oktober is no month of the third.
            "In het derde kwartaal waren er 3.400 meldingen; in juli 1.100, in augustus 1.250 en in oktober 1.050.",
            // Changes in percent add up to nothing.
            "In het derde kwartaal steeg de omzet met 12%; in juli 3%, in augustus 4% en in september 5%.",
            // Amounts in another multiplier than the total ('miljoen').
            "In het derde kwartaal bedroeg de omzet 4,2 miljoen euro; in juli 1.300, in augustus 1.400 en in "
                + "september 1.500.",
        ])
    func noSumOfDatedParts(text: String) throws {
        let found = try verified(text)
        #expect(!found.contains { $0.kind == .sum }, "\(found.map { "\($0.written) \($0.kind) \($0.verdict)" })")
    }
}
