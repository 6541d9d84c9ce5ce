import Testing

@testable import AnnexKit

/// A mean or rate whose total and units stand as counts in earlier sentences of its paragraph (issue 11): each of its
/// two nouns names one count there ('passagiers per afvaart' after '186.000 passagiers' and '3.100 afvaarten'); in
/// doubt, unverifiable.
@Suite("Verify: a mean or rate of counts in the sentences before it")
struct VerifyParagraphRatioTests {
    @Test(
        "A mean or rate whose two nouns each name one count of the paragraph before is their quotient",
        arguments: [
            // A ferry service: 186.000 / 3.100 = 60; 72 is 186.000 / 2.583.
            ("De veerdienst zette in 2024 186.000 passagiers over. Dat jaar voer de pont 3.100 afvaarten. Gemiddeld "
                + "waren dat 60 passagiers per afvaart.", "60", Verdict.consistent, 60.0),
            ("De veerdienst zette in 2024 186.000 passagiers over. Dat jaar voer de pont 3.100 afvaarten. Gemiddeld "
                + "waren dat 72 passagiers per afvaart.", "72", .inconsistent, 60.0),
            // A theatre, 'per' opening the mean's clause: 41.600 / 320 = 130.
            ("De schouwburg verkocht vorig seizoen 41.600 kaartjes. Er stonden 320 voorstellingen op het programma. "
                + "Per voorstelling kwam dat neer op gemiddeld 130 kaartjes.", "130", .consistent, 130.0),
            ("De schouwburg verkocht vorig seizoen 41.600 kaartjes. Er stonden 320 voorstellingen op het programma. "
                + "Per voorstelling kwam dat neer op gemiddeld 140 kaartjes.", "140", .inconsistent, 130.0),
            // An allotment society, the unit as the subject 'Een lid' and its plural 'leden': 182 / 140 = 1,3.
            ("De volkstuinvereniging telt 140 leden. Op het complex liggen 182 tuinen. Een lid bewerkt gemiddeld 1,3 "
                + "tuinen.", "1,3", .consistent, 1.3),
            ("De volkstuinvereniging telt 140 leden. Op het complex liggen 182 tuinen. Een lid bewerkt gemiddeld 1,5 "
                + "tuinen.", "1,5", .inconsistent, 1.3),
            // A water board: 4.620 / 35 = 132; 154 is 4.620 / 30.
            ("Het waterschap kreeg 4.620 meldingen van wateroverlast. Die handelden 35 medewerkers van de buitendienst "
                + "af. Per medewerker waren dat gemiddeld 132 meldingen.", "132", .consistent, 132.0),
            ("Het waterschap kreeg 4.620 meldingen van wateroverlast. Die handelden 35 medewerkers van de buitendienst "
                + "af. Per medewerker waren dat gemiddeld 154 meldingen.", "154", .inconsistent, 132.0),
            // A rate with no 'gemiddeld' that refers back; 'schip' and its plural 'schepen': 228 / 12 = 19.
            ("De rederij zette dit voorjaar 12 schepen in. Aan boord werkten 228 bemanningsleden. Dat zijn 19 "
                + "bemanningsleden per schip.", "19", .consistent, 19.0),
            ("De rederij zette dit voorjaar 12 schepen in. Aan boord werkten 228 bemanningsleden. Dat zijn 21 "
                + "bemanningsleden per schip.", "21", .inconsistent, 19.0),
            // An amount in euros: the one amount before over the visitors, 1.350.000 / 90.000 = 15.
            ("De gemeente gaf het theater € 1.350.000 subsidie. Het theater trok dat jaar 90.000 bezoekers. Dat komt "
                + "neer op € 15 per bezoeker.", "€ 15", .consistent, 15.0),
            ("De gemeente gaf het theater € 1.350.000 subsidie. Het theater trok dat jaar 90.000 bezoekers. Dat komt "
                + "neer op € 18 per bezoeker.", "€ 18", .inconsistent, 15.0),
            // Hedged: 186.000 / 3.050 = 60,98…, at least 60 ('ruim 60'), far below 70 ('ruim 70').
            ("De veerdienst zette 186.000 passagiers over. De pont voer 3.050 afvaarten. Gemiddeld waren dat ruim 60 "
                + "passagiers per afvaart.", "ruim 60", .consistent, 186_000.0 / 3_050.0),
            ("De veerdienst zette 186.000 passagiers over. De pont voer 3.050 afvaarten. Gemiddeld waren dat ruim 70 "
                + "passagiers per afvaart.", "ruim 70", .inconsistent, 186_000.0 / 3_050.0),
            // The units in the mean's own clause, the total a sentence before: 54.000 / 45 = 1.200.
            ("De ijsbaan telde deze winter 54.000 bezoekers. Met 45 openingsdagen was dat gemiddeld 1.200 bezoekers "
                + "per openingsdag.", "1.200", .consistent, 1_200.0),
            ("De ijsbaan telde deze winter 54.000 bezoekers. Met 45 openingsdagen was dat gemiddeld 1.080 bezoekers "
                + "per openingsdag.", "1.080", .inconsistent, 1_200.0),
        ])
    func quotient(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .ratio, verdict: expected, value: value)
    }

    @Test("Each operand cites the line of its sentence")
    func citesLines() throws {
        let text = "De veerdienst zette 186.000 passagiers over.\nDe pont voer 3.100 afvaarten.\nGemiddeld waren dat "
            + "60 passagiers per afvaart."
        let found = try claim("60", in: text)
        #expect(found.verdict == .consistent, "\(reason(found))")
        #expect(found.sources == ["text:1: 186000", "text:2: 3100"])
    }

    @Test(
        "In doubt unverifiable: a noun of two counts, another year, a part, a weighed mean, a median, a new paragraph",
        arguments: [
            // 'passagiers' names two counts.
            ("De veerdienst vervoerde in de zomer 98.000 passagiers en in de winter 41.000 passagiers. De pont voer "
                + "3.100 afvaarten. Gemiddeld waren dat 45 passagiers per afvaart.", "45"),
            // The total is of 2023, the units of 2024.
            ("In 2023 verkocht de schouwburg 41.600 kaartjes. In 2024 stonden er 320 voorstellingen op het "
                + "programma. Per voorstelling waren dat gemiddeld 130 kaartjes.", "130"),
            // The mean names 2024, its counts are of 2023.
            ("In 2023 verkocht de schouwburg 41.600 kaartjes. Er stonden 320 voorstellingen op het programma. In "
                + "2024 kwamen er per voorstelling gemiddeld 150 kaartjes.", "150"),
            // 'lid' names the members and the junior members, a part of them.
            ("De volkstuinvereniging telt 140 leden, waarvan 35 jeugdleden. Op het complex liggen 182 tuinen. Een "
                + "lid bewerkt gemiddeld 1,3 tuinen.", "1,3"),
            // The mean is per junior member, a part of the members: the gardens are not theirs alone.
            ("De volkstuinvereniging telt 140 leden, waarvan 35 jeugdleden. Op het complex liggen 182 tuinen. Een "
                + "jeugdlid bewerkt gemiddeld 5,2 tuinen.", "5,2"),
            // A weighed mean.
            ("De schouwburg verkocht 41.600 kaartjes. Er stonden 320 voorstellingen op het programma. Gewogen naar "
                + "zaalgrootte waren dat gemiddeld 150 kaartjes per voorstelling.", "150"),
            // A median.
            ("De schouwburg verkocht 41.600 kaartjes. Er stonden 320 voorstellingen op het programma. De mediaan "
                + "was gemiddeld 150 kaartjes per voorstelling.", "150"),
            // Per day: the text counts no days.
            ("De veerdienst zette 186.000 passagiers over. De pont voer 3.100 afvaarten. Gemiddeld waren dat 510 "
                + "passagiers per dag.", "510"),
            // '9.100 passagiers' ends a list its noun counts whole, 'twee maanden' selects: no total over units
            // (9.100 / 2 = 4.550 would be taken).
            ("In de eerste twee maanden zette de pont respectievelijk 8.400 en 9.100 passagiers over, in maart 8.800. "
                + "Per maand waren dat gemiddeld 4.550 passagiers.", "4.550"),
            // A new paragraph between the counts and the mean.
            ("De veerdienst zette 186.000 passagiers over. De pont voer 3.100 afvaarten.\n\nGemiddeld waren dat 72 "
                + "passagiers per afvaart.", "72"),
        ])
    func inDoubt(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}
