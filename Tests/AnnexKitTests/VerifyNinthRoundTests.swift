import Foundation
import Testing

@testable import AnnexKit

/// Classes of the ninth round, each in words of its own, checked right and caught wrong.
@Suite("verify: forms of the ninth round")
struct VerifyNinthRoundTests {
    @Test(
        "A rate is compared with a rate per its own scale, not with a count between them",
        arguments: [
            // 1.274 of 130.000 is 9,8 per 1.000; 9,8 against 7,0 is +40%.
            ("In Zwolle kwamen 9,8 meldingen per 1.000 inwoners binnen (1.274 meldingen op 130.000 inwoners), "
                + "40% meer dan in Deventer (7,0 per 1.000).", "40%", Verdict.consistent),
            ("In Zwolle kwamen 9,8 meldingen per 1.000 inwoners binnen (1.274 meldingen op 130.000 inwoners), "
                + "25% meer dan in Deventer (7,0 per 1.000).", "25%", .inconsistent),
            ("In Zwolle kwamen 9,8 meldingen per 1.000 inwoners binnen (1.274 meldingen op 130.000 inwoners), "
                + "25% meer dan in Deventer (7,0 per 1.000).", "9,8", .consistent),
            // 5,2 against 5,9 is −11,9%; the 4.800 staff between them is no value of the rate.
            ("Het verzuim lag op 5,2 per 100 werknemers bij 4.800 werknemers, dat is 12% lager dan bij de "
                + "provincie (5,9 per 100).", "12%", .consistent),
            ("Het verzuim lag op 5,2 per 100 werknemers bij 4.800 werknemers, dat is 20% lager dan bij de "
                + "provincie (5,9 per 100).", "20%", .inconsistent),
            // One 'per N' before both values makes both rates per N.
            ("Het aantal klachten per 1.000 cliënten daalde van 8,0 naar 6,0, een afname van 25%.", "25%", .consistent),
            ("Het aantal klachten per 1.000 cliënten daalde van 8,0 naar 6,0, een afname van 20%.", "20%",
                .inconsistent),
        ])
    func rateWithRate(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A rate with a count, or with a rate per another scale, gives no change",
        arguments: [
            "De gemeente telde 48.000 inwoners; het aantal meldingen lag 15% hoger dan in de regio (3,1 per 1.000).",
            "Utrecht telde 12,0 meldingen per 10.000 jongeren; dat is 20% meer dan in Amersfoort (1,0 per 1.000).",
            "Van 4,0 per 1.000 inwoners in 2021 steeg het naar 52.000 inwoners in 2023, een toename van 30%.",
        ])
    func rateWithCount(text: String) throws {
        let found = try verified(text).filter { $0.kind == .change }
        #expect(found.count == 1 && found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map(reason))")
    }

    @Test("Counts, amounts and percentages still compare with their own kind")
    func ownKinds() throws {
        try expectVerdict(.consistent, of: "20%", in: "De schuldhulp kostte 2,4 miljoen euro, 20% meer dan de "
            + "2,0 miljoen euro van vorig jaar.")
        try expectVerdict(
            .inconsistent, of: "20%", in: "Er waren 1.500 aanvragen, 20% meer dan de 1.200 van vorig jaar.")
        try expectVerdict(.consistent, of: "25%", in: "Er waren 1.500 aanvragen, 25% meer dan de 1.200 van vorig jaar.")
    }

    @Test(
        "A share of the part a relative marker makes of the count before it ('van wie', 'waarvan', 'daarvan')",
        arguments: [
            // 540 of 2.160 is 25,0%.
            ("Het wijkteam sprak 2.160 bewoners, van wie 540 ouder dan zeventig: een kwart.", "een kwart",
                Verdict.consistent),
            ("Het wijkteam sprak 2.160 bewoners, van wie 540 ouder dan zeventig: een derde.", "een derde",
                .inconsistent),
            ("Het wijkteam sprak 2.160 bewoners, van wie er 540 alleen wonen, zo'n 25 procent.", "zo'n 25 procent",
                .consistent),
            ("Er liepen 2.160 trajecten, waarvan 540 bij jongeren onder de 23: precies een op de vier.",
                "een op de vier", .consistent),
            ("Het loket kreeg 2.160 vragen; 540 daarvan gingen over huur, een op de vier.", "een op de vier",
                .consistent),
            ("Het loket kreeg 2.160 vragen; 540 daarvan gingen over huur, drie op de tien.", "drie op de tien",
                .inconsistent),
            ("De dienst bezocht 2.160 gezinnen, van wie 540 (31%) een tweede keer.", "31%", .inconsistent),
        ])
    func relativePart(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("An amount of money is no part of a count, after a relative marker or not")
    func relativePartOfOneKind() throws {
        let text = "Het fonds hielp 2.160 gezinnen, waarvan € 540 per maand aan huur: een kwart."
        let found = try claim("een kwart", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A sentence later than the one before starts from that one's value, and may end in a clause of its own",
        arguments: [
            // 640 → 800 is +25%.
            ("In 2020 kregen 640 gezinnen een budgetcoach. Drie jaar later was dat aantal met 25 procent gegroeid, "
                + "tot 800.", "25 procent", Verdict.consistent),
            ("In 2020 kregen 640 gezinnen een budgetcoach. Drie jaar later was dat aantal met 20 procent gegroeid, "
                + "tot 800.", "20 procent", .inconsistent),
            ("In 2020 kregen 640 gezinnen een budgetcoach. Inmiddels is dat aantal met 25 procent gestegen tot 800.",
                "25 procent", .consistent),
            // An apposition to a clause that counts the same quantity later ('waren het er').
            ("Eind 2020 wachtten 640 gezinnen op een budgetcoach. Een jaar later waren het er 800, een toename "
                + "van 25%.", "25%", .consistent),
            ("Eind 2020 wachtten 640 gezinnen op een budgetcoach. Een jaar later waren het er 800, een daling "
                + "van 25%.", "25%", .inconsistent),
        ])
    func laterThanTheSentenceBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test("A sentence of the same year as the one before takes no start value from it")
    func sameYearNoStart() throws {
        let text = "In 2020 kregen 640 gezinnen een budgetcoach. In 2020 is dat aantal met 20 procent gegroeid, "
            + "tot 800."
        let found = try claim("20 procent", in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }

    @Test(
        "A clause after ':' that marks its own whole spells out the share before it",
        arguments: [
            // 3.720 of 4.000 is 93,0%.
            ("De bezetting van de opvang kwam in maart uit op 93 procent: van de 4.000 bedden waren er 3.720 in "
                + "gebruik.", "93 procent", Verdict.consistent),
            ("De bezetting van de opvang kwam in maart uit op 89 procent: van de 4.000 bedden waren er 3.720 in "
                + "gebruik.", "89 procent", .inconsistent),
        ])
    func colonSpellsOutShare(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A memo line that opens with a change noun and its number restates the change of the line before",
        arguments: [
            // 5.000 → 5.400 is +8,0%.
            ("Meldingen bij het meldpunt 2023: 5.400 (2022: 5.000). Toename 8,0%, vooral uit de wijken.", "8,0%",
                Verdict.consistent),
            ("Meldingen bij het meldpunt 2023: 5.400 (2022: 5.000). Toename 4,0%, vooral uit de wijken.", "4,0%",
                .inconsistent),
        ])
    func memoChangeLine(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "'verkorting' and 'verlenging' are nouns of change with a direction",
        arguments: [
            // 40 → 50 days is +25%; 50 → 40 is −20%.
            ("De behandelduur ging van 50 naar 40 dagen, een verkorting van 20%.", "20%", Verdict.consistent),
            ("De behandelduur ging van 50 naar 40 dagen, een verkorting van 25%.", "25%", .inconsistent),
            ("De behandelduur ging van 40 naar 50 dagen, een verlenging met 25%.", "25%", .consistent),
            ("De behandelduur ging van 40 naar 50 dagen, een verkorting met 25%.", "25%", .inconsistent),
        ])
    func lengthNouns(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
