import Testing

@testable import AnnexKit

/// A share set off by a comma after a member of a coordination ('N …, <share> …, en M …, <share>') is the share of
/// that member's count, before it: the member after it is another one. Where the member's count is not clear, or
/// the share's clause says something of its own, the share is left unverifiable, never inconsistent.
@Suite("Verify: a share in apposition to the member before it")
struct VerifyApposedMemberShareTests {
    @Test(
        "A share after a member's count is of that count, not of the next member's",
        arguments: [
            // 133 / 412 = 32,3%: 'bijna een derde' (below 33,3%); 64 / 412 = 15,5% is no 'ruim een vijfde' (20%).
            ("Van de 412 woninginbraken vonden er 133 plaats in Zuid, bijna een derde van het totaal, en 64 in het "
                + "Centrum, ruim een vijfde.", "bijna een derde", Verdict.consistent),
            ("Van de 412 woninginbraken vonden er 133 plaats in Zuid, bijna een derde van het totaal in de gemeente, "
                + "en 64 in het Centrum, ruim een vijfde.", "ruim een vijfde", .inconsistent),
            // 300 / 600 = 50%, 150 / 600 = 25%, 90 / 600 = 15%: three members, no whole after the shares.
            ("Van de 600 leerlingen gingen er 300 naar het vwo, de helft, 150 naar de havo, een kwart, en 90 naar "
                + "het vmbo, 15 procent.", "de helft", .consistent),
            ("Van de 600 leerlingen gingen er 300 naar het vwo, de helft, 150 naar de havo, een kwart, en 90 naar "
                + "het vmbo, 15 procent.", "een kwart", .consistent),
            ("Van de 600 leerlingen gingen er 300 naar het vwo, de helft, 150 naar de havo, een kwart, en 90 naar "
                + "het vmbo, 15 procent.", "15 procent", .consistent),
            // 150 / 600 = 25% is no third (33,3%).
            ("Van de 600 leerlingen gingen er 300 naar het vwo, de helft, 150 naar de havo, een derde, en 90 naar "
                + "het vmbo, 15 procent.", "een derde", .inconsistent),
            // 500 / 1.250 = 40%, 250 / 1.250 = 20%: percentages with 'van het totaal'.
            ("Van de 1.250 aanvragen kwamen er 500 uit Noord, 40% van het totaal, en 250 uit Oost, 20%.", "40%",
                .consistent),
            ("Van de 1.250 aanvragen kwamen er 500 uit Noord, 45% van het totaal, en 250 uit Oost, 20%.", "45%",
                .inconsistent),
            // 702 / 2.000 = 35,1% ('ruim 35'), 412 / 2.000 = 20,6% ('bijna 21').
            ("Van de 2.000 bezoekers kwamen er 702 met de fiets, ruim 35 procent van alle bezoekers, en 412 met de "
                + "bus, bijna 21 procent.", "ruim 35 procent", .consistent),
            ("Van de 2.000 bezoekers kwamen er 702 met de fiets, ruim 38 procent van alle bezoekers, en 412 met de "
                + "bus, bijna 21 procent.", "ruim 38 procent", .inconsistent),
            // 150 / 500 = 30%; the member after it has no share of its own.
            ("Van de 500 klachten gingen er 150 over de bus, 30 procent, en 100 over de tram.", "30 procent",
                .consistent),
            ("Van de 500 klachten gingen er 150 over de bus, 40 procent, en 100 over de tram.", "40 procent",
                .inconsistent),
        ])
    func shareOfItsMember(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A whole 'daarvan' gives in the sentence before is the whole of each member's share",
        arguments: [
            // 300 / 1.200 = 25%, 180 / 1.200 = 15%.
            ("In 2024 kwamen er 1.200 meldingen binnen. Daarvan gingen er 300 over geluid, een kwart, en 180 over "
                + "afval, 15 procent.", "een kwart", Verdict.consistent),
            ("In 2024 kwamen er 1.200 meldingen binnen. Daarvan gingen er 300 over geluid, een derde, en 180 over "
                + "afval, 15 procent.", "een derde", .inconsistent),
        ])
    func wholeOfTheSentenceBefore(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A share whose member's count is not clear, or whose clause says more, is no share of the count before it",
        arguments: [
            // Two counts in the member (133 and 9): 133 / 412 = 32,3% would make 'een kwart' wrong.
            ("Van de 412 woninginbraken vonden er 133 plaats in 9 wijken van Zuid, een kwart van het totaal, en 64 "
                + "in het Centrum.", "een kwart"),
            // A clause with a verb of its own: a quarter of 412 came in by the tip line, not of the 133.
            ("Van de 412 woninginbraken vonden er 133 plaats in Zuid, een kwart kwam via de tiplijn binnen.",
                "een kwart"),
            // A third of those 450, not 450 / 900 = 50%.
            ("Van de 900 deelnemers rondden er 450 de cursus af, een derde van hen met een certificaat.", "een derde"),
            // A whole its words qualify ('in de gemeente', 'in het land') may be another set than the 412 or 2.500.
            ("Van de 412 woninginbraken vonden er 133 plaats in Zuid, bijna een derde van het totaal in de gemeente, "
                + "en 64 in het Centrum, ruim een vijfde.", "bijna een derde"),
            ("Van de 2.500 aanvragen werden er 1.600 verleend; 400 daarvan gingen over dakkapellen, 2 procent van "
                + "alle aanvragen in het land.", "2 procent"),
            // Half of those 200, not 200 / 800 = 25%.
            ("Van de 800 meldingen kwamen er 200 uit Zuid, de helft daarvan via de app.", "de helft"),
        ])
    func unclearMember(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }
}
