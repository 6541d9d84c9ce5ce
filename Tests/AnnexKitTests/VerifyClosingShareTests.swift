import Testing

@testable import AnnexKit

/// A share that closes a passage with 'daarmee', 'dus' or 'hiermee' and has no count of its own takes its part and
/// whole from the sentence before, chosen by structure: the part is the one count the share's words name, the whole is
/// the whole that sentence marks or the sum of its coordinated counts of one noun. Where the text does not determine
/// them the share stays unverifiable, never inconsistent.
@Suite("Verify: a share that closes a passage, its part and whole in the sentence before")
struct VerifyClosingShareTests {
    @Test(
        "The part the share's words name, of the whole the sentence before marks",
        arguments: [
            // 980 / 2.450 = 40,0%; 612 / 2.450 = 25,0% is the other member's share, not the train's.
            ("Van de 2.450 bezoekers van het festival kwamen er 980 met de trein en 612 met de auto. Het treinaandeel "
                + "komt daarmee op 40 procent.", "40 procent", Verdict.consistent),
            ("Van de 2.450 bezoekers van het festival kwamen er 980 met de trein en 612 met de auto. Het treinaandeel "
                + "komt daarmee op 25 procent.", "25 procent", .inconsistent),
            // 208 / 640 = 32,5%.
            ("Van de 640 schademeldingen gingen er 208 over hagel en 96 over storm. Het aandeel hagel is daarmee "
                + "32,5 procent.", "32,5 procent", .consistent),
            ("Van de 640 schademeldingen gingen er 208 over hagel en 96 over storm. Het aandeel hagel is daarmee "
                + "35,2 procent.", "35,2 procent", .inconsistent),
            // 460 / 1.150 = 40%; 345 / 1.150 = 30% is the hbo's.
            ("Van de 1.150 studenten volgen er 460 een mbo-opleiding en 345 een hbo-opleiding. Het mbo-aandeel "
                + "bedraagt dus 40 procent.", "40 procent", .consistent),
            ("Van de 1.150 studenten volgen er 460 een mbo-opleiding en 345 een hbo-opleiding. Het mbo-aandeel "
                + "bedraagt dus 30 procent.", "30 procent", .inconsistent),
            // 1.300 / 5.200 = 25%.
            ("Van de 5.200 stemmen gingen er 1.300 naar de lijsttrekker en 260 naar de nummer twee. Het aandeel van "
                + "de lijsttrekker is hiermee 25 procent.", "25 procent", .consistent),
            ("Van de 5.200 stemmen gingen er 1.300 naar de lijsttrekker en 260 naar de nummer twee. Het aandeel van "
                + "de lijsttrekker is hiermee 20 procent.", "20 procent", .inconsistent),
        ])
    func partNamedOfMarkedWhole(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "With no whole marked, the whole is the sum of the coordinated counts of one noun",
        arguments: [
            // 120 / (120 + 360) = 25%; 120 / 360 = 33,3% takes the other part as the whole.
            ("Dit kwartaal werden 120 dossiers volledig getoetst en 360 dossiers steekproefsgewijs. Het aandeel "
                + "volledige toetsen kwam daarmee op 25 procent.", "25 procent", Verdict.consistent),
            ("Dit kwartaal werden 120 dossiers volledig getoetst en 360 dossiers steekproefsgewijs. Het aandeel "
                + "volledige toetsen kwam daarmee op 33 procent.", "33 procent", .inconsistent),
        ])
    func partOfCoordinatedSum(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "Without a part or whole the structure determines, the share stays unverifiable",
        arguments: [
            // A part of a part: 120 is of the 300 granted, and 120 / 800 = 15% would be a guess of the whole.
            ("Van de 800 aanvragen werden er 300 toegekend, waarvan 120 aan starters. Het aandeel starters is "
                + "daarmee 15 procent.", "15 procent"),
            // The share's word names an amount beside the count: 350 projects are no whole of euros.
            ("De gemeente gaf € 4,2 miljoen uit aan 350 projecten, waarvan € 1,4 miljoen aan sport. Het "
                + "sportaandeel is daarmee 40 procent.", "40 procent"),
            // A change: 300 of the 1.500 of the end, or of the 1.200 of the start.
            ("Het aantal leden steeg van 1.200 naar 1.500, onder wie 300 jeugdleden. Het aandeel jeugdleden is "
                + "daarmee 25 procent.", "25 procent"),
            // The share's words name no count of the sentence before ('reizigers' names the whole).
            ("Van de 900 reizigers reisden er 450 met de bus en 300 met de tram. Het aandeel reizigers is daarmee "
                + "60 procent.", "60 procent"),
            // Counts of two nouns: locations and fines are no parts of one sum.
            ("Er werden 40 locaties bezocht en 160 boetes opgelegd. Het aandeel locaties kwam daarmee op 25 procent.",
                "25 procent"),
        ])
    func leftOpen(text: String, written: String) throws {
        try expectVerdict(.unverifiable, of: written, in: text)
    }
}
