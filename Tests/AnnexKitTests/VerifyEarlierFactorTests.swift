import Testing

@testable import AnnexKit

/// The thirty-third round (E): a factor in a sentence that restates the quantity of the sentence before for another
/// time ('Vorig jaar was dat nog 12 millimeter: ruim drie keer zoveel dus') runs from the value its time marks as the
/// earlier one, not from the first value of the text.
@Suite("Verify: a factor against a value marked earlier")
struct VerifyEarlierFactorTests {
    @Test(
        "A factor runs from the value the second sentence marks as earlier to the value of the sentence before",
        arguments: [
            // 37 / 12 = 3,08: 'ruim drie keer' holds, 'ruim vier keer' (4 to 5) does not.
            ("Dit jaar telde de stichting 37 vrijwilligers. Vorig jaar waren dat nog 12 vrijwilligers: ruim drie keer "
                + "zoveel dus.", "ruim drie keer zoveel", Verdict.consistent),
            ("Dit jaar telde de stichting 37 vrijwilligers. Vorig jaar waren dat nog 12 vrijwilligers: ruim vier keer "
                + "zoveel dus.", "ruim vier keer zoveel", .inconsistent),
            // 45 / 15 = 3: 'drie keer' holds, 'vijf keer' does not; 'gisteren' is a day before.
            ("Vandaag meldden zich 45 patiënten. Gisteren waren dat nog 15 patiënten: drie keer zoveel dus.",
                "drie keer zoveel", .consistent),
            ("Vandaag meldden zich 45 patiënten. Gisteren waren dat nog 15 patiënten: vijf keer zoveel dus.",
                "vijf keer zoveel", .inconsistent),
            // 60 / 20 = 3 after 'eergisteren'; 'twee keer' is 40 broden.
            ("Vandaag verkocht de kraam 60 broden. Eergisteren was dat nog 20 broden: drie keer zoveel.",
                "drie keer zoveel", .consistent),
            ("Vandaag verkocht de kraam 60 broden. Eergisteren was dat nog 20 broden: twee keer zoveel.",
                "twee keer zoveel", .inconsistent),
            // 80 / 40 = 2 after 'een jaar eerder': 'twee keer' holds, 'drie keer' (120 schepen) does not.
            ("In de haven lagen 80 schepen. Een jaar eerder waren dat nog 40 schepen: twee keer zoveel.",
                "twee keer zoveel", .consistent),
            ("In de haven lagen 80 schepen. Een jaar eerder waren dat nog 40 schepen: drie keer zoveel.",
                "drie keer zoveel", .inconsistent),
        ])
    func markedEarlier(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    @Test(
        "A factor after a value marked as now, or restated for another place, runs from the value before, as it did",
        arguments: [
            // 37 / 12 = 3,08.
            ("Vorig jaar viel er 12 millimeter regen. Nu is dat 37 millimeter: ruim drie keer zoveel dus.",
                "ruim drie keer zoveel", Verdict.consistent),
            ("Vorig jaar viel er 12 millimeter regen. Nu is dat 37 millimeter: ruim vier keer zoveel dus.",
                "ruim vier keer zoveel", .inconsistent),
            // 90 → 135 = +50%: two towns, no quantity restated, the order of the text.
            ("In Zwolle kost een parkeervergunning 90 euro. In Deventer betaalt men 135 euro, de helft meer.",
                "de helft", .consistent),
            // 12 → 37 = ×3,08: 'dat' restates the quantity for another place, not another time; the factor is of
            // the value it follows, as before.
            ("In de stad viel 12 millimeter regen. Op het platteland was dat 37 millimeter, ruim drie keer zoveel.",
                "ruim drie keer zoveel", .consistent),
            ("In de stad viel 12 millimeter regen. Op het platteland was dat 37 millimeter, ruim vier keer zoveel.",
                "ruim vier keer zoveel", .inconsistent),
        ])
    func keptOrder(text: String, written: String, expected: Verdict) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == expected, "\(reason(found))")
    }

    @Test(
        "A factor after a value restated for a time that no mark puts before or after the other stays unverifiable",
        arguments: [
            ("In juli viel er 37 millimeter regen. In 2019 was dat 12 millimeter: ruim drie keer zoveel dus.",
                "ruim drie keer zoveel"),
            ("In juli viel er 37 millimeter regen. In 2019 was dat 12 millimeter: ruim vier keer zoveel dus.",
                "ruim vier keer zoveel"),
            // A name beside the time: Deventer's rain of last year against Zwolle's, or a change in time, unsure.
            ("In Zwolle viel 12 millimeter regen. In Deventer was dat vorig jaar 37 millimeter, ruim drie keer zoveel.",
                "ruim drie keer zoveel"),
        ])
    func unmarked(text: String, written: String) throws {
        let found = try claim(written, in: text)
        #expect(found.verdict == .unverifiable, "\(reason(found))")
    }
}
