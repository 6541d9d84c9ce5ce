import Foundation
import Testing

@testable import AnnexKit

/// Comparisons between two groups or places the sentence before contrasts ('In Deventer 240 …, in Zwolle 180.'):
/// the comparison runs from the group it is with to the group its subject names, never by its own direction word;
/// and a memo line whose label names its own noun restates no sentence before it. In words of their own, each both
/// ways.
@Suite("verify: comparisons between contrasted groups")
struct VerifyContrastedGroupsTests {
    static let schools = "Van de havisten slaagde 88 procent, van de vwo'ers 92 procent. "

    @Test(
        "A direction word between two groups is checked against the group the subject names",
        arguments: [
            // vwo 92 against havo 88: the vwo'ers 4 points more, the havisten 4 points fewer.
            ("Havisten slaagden daarmee 4 procentpunt minder vaak.", Verdict.consistent),
            ("Vwo'ers slaagden daarmee 4 procentpunt minder vaak.", .inconsistent),
            ("Havisten slaagden daarmee 4 procentpunt meer.", .inconsistent),
        ])
    func directionBetweenGroups(claim: String, expected: Verdict) throws {
        try expectVerdict(expected, of: "4 procentpunt", in: Self.schools + claim)
    }

    @Test("A comparison that names neither group is ordered by its comparative alone")
    func neitherGroup() throws {
        // 'minder' takes the larger, 92, as the base: 88 − 92 = −4; 'meer' the smaller, 88: 92 − 88 = +4.
        try expectVerdict(.consistent, of: "4 procentpunt", in: Self.schools + "Dat is 4 procentpunt minder.")
        try expectVerdict(.consistent, of: "4 procentpunt", in: Self.schools + "Dat is 4 procentpunt meer.")
    }

    @Test(
        "A factor or fraction between two places runs from the place it compares with to the subject's",
        arguments: [
            // Deventer 240, Zwolle 180: Deventer 4/3 of Zwolle, a third more; Zwolle a quarter less.
            ("In Deventer lag het aantal daarmee een derde hoger.", "een derde", Verdict.consistent),
            ("In Deventer lag het aantal daarmee een kwart hoger.", "een kwart", .inconsistent),
            ("Zwolle kwam daarmee een kwart lager uit.", "een kwart", .consistent),
            ("Deventer telde daarmee een derde meer meldingen dan Zwolle.", "een derde", .consistent),
            ("Deventer telde daarmee anderhalf keer zoveel meldingen als Zwolle.", "anderhalf keer zoveel",
                .inconsistent),
        ])
    func factorBetweenPlaces(claim: String, written: String, expected: Verdict) throws {
        let text = "In Deventer kwamen 240 meldingen van burenoverlast binnen, in Zwolle 180. " + claim
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A rate's scale is none of the two values contrasted",
        arguments: [("twee keer zo hoog", Verdict.consistent), ("drie keer zo hoog", .inconsistent)])
    func rateScale(written: String, expected: Verdict) throws {
        // 19 against 9,5 per 10.000: a factor 2.
        let text =
            "In Lelystad werden 19 woninginbraken per 10.000 woningen gemeld, in Almere 9,5. Het cijfer van "
            + "Lelystad lag daarmee \(written)."
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("Ordinals of time order two moments; without them a comparison of two moments that names neither stays open")
    func moments() throws {
        let quarters = "In het eerste kwartaal kwamen 640 aanvragen binnen, in het tweede 560. "
        let seasons = "In de winter kwamen 640 aanvragen binnen, in de zomer 560. "
        let claim = "Dat is 80 minder, een daling van "
        // 640 → 560: −12,5%.
        try expectVerdict(.consistent, of: "12,5 procent", in: quarters + claim + "12,5 procent.")
        try expectVerdict(.inconsistent, of: "14,3 procent", in: quarters + claim + "14,3 procent.")
        try expectVerdict(.unverifiable, of: "14,3 procent", in: seasons + claim + "14,3 procent.")
        // A moment the claim names is its new side, whatever the order of time: 560 → 640 is 80 more.
        try expectVerdict(.consistent, of: "80", in: quarters + "Het eerste kwartaal telde daarmee 80 meer.")
        try expectVerdict(.inconsistent, of: "80", in: quarters + "Het eerste kwartaal telde daarmee 80 minder.")
        // The verb of the first clause names no moment: the name follows the words that lead to the other's ('in').
        let months = "Er kwamen in januari 640 aanvragen binnen, in juli 560. "
        try expectVerdict(.consistent, of: "80", in: months + "Er kwamen daarmee 80 minder binnen.")
        try expectVerdict(.inconsistent, of: "80", in: months + "In januari kwamen er daarmee 80 minder binnen.")
    }

    @Test("A month in each clause, a mark of now or a plan in the second orders two values beside a claim")
    func timesAndPlans() throws {
        // 50 → 65: +30%; 640 → 1.920: a factor 3; 200.000 budgeted → 230.000 spent: +15%.
        try expectVerdict(
            .consistent, of: "30 procent",
            in: "Op 1 maart stonden 50 gezinnen op de lijst, op 1 september 65. Een toename van 30 procent.")
        try expectVerdict(
            .unverifiable, of: "30 procent",
            in: "In Noord stonden 50 gezinnen op de lijst, in Zuid 65. Een toename van 30 procent.")
        try expectVerdict(
            .consistent, of: "verdrievoudiging",
            in: "In 2019 wachtten hier 640 mensen, nu 1.920. Een verdrievoudiging.")
        try expectVerdict(
            .unverifiable, of: "verdrievoudiging", in: "Hier wachtten 640 mensen, daar 1.920. Een verdrievoudiging.")
        let spent = "De kosten van de verbouwing kwamen uit op 230.000 euro, terwijl 200.000 euro was "
        try expectVerdict(
            .consistent, of: "15 procent", in: spent + "begroot. De overschrijding bedraagt daarmee 15 procent.")
        // Taken by position only: a wrong one is left open.
        try expectVerdict(
            .unverifiable, of: "13 procent", in: spent + "begroot. De overschrijding bedraagt daarmee 13 procent.")
        try expectVerdict(
            .unverifiable, of: "15 procent", in: spent + "gereserveerd. De overschrijding bedraagt daarmee 15 procent.")
    }

    @Test("The values of a sentence beside a claim with none of its own are ordered by the group its subject names")
    func neighbourGroups() throws {
        // Assen 75, Emmen 60: Emmen a fifth fewer; taken by position only, so a wrong claim is left open.
        let before = "In Assen stonden 75 gezinnen op de wachtlijst, in Emmen 60. "
        try expectVerdict(.consistent, of: "20 procent", in: before + "Emmen: 20 procent minder.")
        try expectVerdict(.unverifiable, of: "20 procent", in: before + "Assen: 20 procent minder.")
        // No group named: 'minder' takes the larger, 75, as the base: (60 − 75) / 75 = −20%.
        try expectVerdict(.consistent, of: "20 procent", in: before + "Ofwel 20 procent minder.")
    }

    @Test("A memo line whose label names its own noun does not restate the sentence before it")
    func memoLabel() throws {
        // The waiting list fell 80 → 60 (−25%); the applications have no values in the text.
        let before = "Het aantal wachtenden daalde van 80 naar 60. "
        try expectVerdict(.unverifiable, of: "25 procent", in: before + "Aanvragen schuldhulp: 25 procent meer.")
        try expectVerdict(.consistent, of: "25 procent", in: before + "Afname: 25 procent.")
        try expectVerdict(.inconsistent, of: "20 procent", in: before + "Afname: 20 procent.")
    }

    @Test("A comparison whose subject is a place of its own, neither contrasted group, takes neither value")
    func subjectOfItsOwn() throws {
        // Breda's 70 stands two sentences back; the 56 and 42 before are Tilburg and Eindhoven, not Breda.
        let ranking = "Breda telt 70 meldingen per 10.000 inwoners. Tilburg volgt met 56, Eindhoven met 42. "
        let found = try verified(ranking + "Breda ligt daarmee een kwart hoger dan Tilburg.")
        #expect(!found.contains { $0.verdict == .inconsistent }, "\(found.map(reason))")
        // Tilburg against Eindhoven: 56 / 42 is a third higher.
        let pair = "Tilburg telt 56 meldingen per 10.000 inwoners, Eindhoven 42. "
        try expectVerdict(
            .consistent, of: "een derde", in: pair + "Tilburg ligt daarmee een derde hoger dan Eindhoven.")
        try expectVerdict(
            .inconsistent, of: "een kwart", in: pair + "Tilburg ligt daarmee een kwart hoger dan Eindhoven.")
    }

    @Test("'Die laatste', 'eerstgenoemde' name the later or the earlier group as the subject of the comparison")
    func positionalReference() throws {
        let pair = "Een leraar in het basisonderwijs verdient gemiddeld € 3.900 per maand, een leraar in het "
            + "voortgezet onderwijs € 4.500. "
        // 4.500 against 3.900: 15,4% more; 3.900 against 4.500: 13,3% less.
        let later = pair + "Die laatste verdient dus ruim 15 procent meer."
        try expectVerdict(.consistent, of: "ruim 15 procent", in: later)
        let wrong = later.replacingOccurrences(of: "15", with: "25")
        try expectVerdict(.inconsistent, of: "ruim 25 procent", in: wrong)
        try expectVerdict(
            .consistent, of: "ruim 13 procent", in: pair + "Eerstgenoemde verdient dus ruim 13 procent minder.")
    }
}
