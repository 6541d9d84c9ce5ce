import Testing

@testable import AnnexKit

/// The twenty-eighth round (D): false alarms on new text. A count of units beside an amount per unit is no sum, a
/// past dated from now is ordered against a stated year only by 'nog', a point gap to a named norm is measured from
/// that norm, a change of a year with no value takes no other pair, and a percentage of a whole of its own ('van het
/// vaste tarief') is no share of the sentence's counts.
@Suite("Verify: false alarms on new text")
struct VerifyNewTextAlarmsTests {
    // MARK: A count of units and an amount per unit

    @Test(
        "A count of units and an amount per unit are no parts of one sum; amounts alone still are",
        arguments: [
            // 24 × 1.250 = 30.000 is a product: no sum of 24 and 1.250 (1.274), right or wrong.
            ("De school (24 lokalen) krijgt per lokaal € 1.250 voor nieuw meubilair. Samen is dat € 30.000.",
                "€ 30.000", Verdict.unverifiable),
            ("De school (24 lokalen) krijgt per lokaal € 1.250 voor nieuw meubilair. Samen is dat € 32.000.",
                "€ 32.000", .unverifiable),
            // 1.250 + 3.750 = 5.000; 6.000 is wrong.
            ("De school kreeg € 1.250 voor meubilair en € 3.750 voor laptops. Samen is dat € 5.000.", "€ 5.000",
                .consistent),
            ("De school kreeg € 1.250 voor meubilair en € 3.750 voor laptops. Samen is dat € 6.000.", "€ 6.000",
                .inconsistent),
        ])
    func countBesideAmount(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A past dated from now after a stated year

    @Test(
        "'Vorig jaar' after a year's value marked by 'nog' is the later value; without 'nog' the order is unknown",
        arguments: [
            // 120.000 (2016) → 90.000: (90.000 − 120.000) / 120.000 = −25%; 30% is wrong.
            ("De bibliotheek leende in 2016 nog 120.000 boeken uit. Vorig jaar waren het er 90.000. Een daling van 25 "
                + "procent.", "25 procent", Verdict.consistent),
            ("De bibliotheek leende in 2016 nog 120.000 boeken uit. Vorig jaar waren het er 90.000. Een daling van 30 "
                + "procent.", "30 procent", .inconsistent),
            // Without 'nog' neither order is certain: no verdict either way.
            ("De bibliotheek leende in 2016 120.000 boeken uit. Vorig jaar waren het er 90.000. Een daling van 25 "
                + "procent.", "25 procent", .unverifiable),
            ("De bibliotheek leende in 2016 120.000 boeken uit. Vorig jaar waren het er 90.000. Een daling van 30 "
                + "procent.", "30 procent", .unverifiable),
        ])
    func pastFromNow(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .change, verdict: expected)
    }

    // MARK: A point gap to a named norm

    @Test(
        "A gap 'onder de norm' after a pair is the distance of the last level to the norm the text states",
        arguments: [
            // 20 − 14,0 = 6,0 points; 7,5 is the gap of the first level (20 − 12,5).
            ("Het aandeel groene daken steeg van 12,5 naar 14,0 procent. De norm is 20 procent; we blijven dus 6,0 "
                + "procentpunt onder de norm.", "6,0 procentpunt", Verdict.consistent),
            ("Het aandeel groene daken steeg van 12,5 naar 14,0 procent. De norm is 20 procent; we blijven dus 7,5 "
                + "procentpunt onder de norm.", "7,5 procentpunt", .inconsistent),
            // The one percentage of the sentence before is the result: 75 − 80 = −5 points; 8 is wrong.
            ("In het eerste jaar haalden 180 van de 240 cursisten hun diploma (75 procent). Daarmee bleef het "
                + "slagingspercentage 5 procentpunt onder de doelstelling van 80 procent.", "5 procentpunt",
                .consistent),
            ("In het eerste jaar haalden 180 van de 240 cursisten hun diploma (75 procent). Daarmee bleef het "
                + "slagingspercentage 8 procentpunt onder de doelstelling van 80 procent.", "8 procentpunt",
                .inconsistent),
            // No value of the norm: the pair's change (1,5) is no reading of the gap.
            ("Het aandeel groene daken steeg van 12,5 naar 14,0 procent. We blijven dus 1,5 procentpunt onder de "
                + "norm.", "1,5 procentpunt", .unverifiable),
        ])
    func gapToNamedNorm(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .points, verdict: expected)
    }

    // MARK: A change of a year the text gives no value for

    @Test(
        "A change of a year with no value takes no pair of other years; the pair's own change is still checked",
        arguments: [
            // 2026 has no value: neither 15% nor the pair's 20% is read against 2023 → 2024.
            ("De parkeeropbrengst over 2024 bedroeg € 2,4 mln, tegen € 2,0 mln over 2023 (+20,0%). Voor 2026 rekent "
                + "de gemeente op een opbrengst die circa 15% hoger ligt.", "circa 15%", Verdict.unverifiable),
            ("De parkeeropbrengst over 2024 bedroeg € 2,4 mln, tegen € 2,0 mln over 2023 (+25,0%). Voor 2026 rekent "
                + "de gemeente op een opbrengst die circa 20% hoger ligt.", "circa 20%", .unverifiable),
            // 2,0 → 2,4 mln = +20,0%; +25,0% is wrong.
            ("De parkeeropbrengst over 2024 bedroeg € 2,4 mln, tegen € 2,0 mln over 2023 (+20,0%). Voor 2026 rekent "
                + "de gemeente op een opbrengst die circa 15% hoger ligt.", "+20,0%", .consistent),
            ("De parkeeropbrengst over 2024 bedroeg € 2,4 mln, tegen € 2,0 mln over 2023 (+25,0%). Voor 2026 rekent "
                + "de gemeente op een opbrengst die circa 20% hoger ligt.", "+25,0%", .inconsistent),
        ])
    func yearWithoutValue(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    // MARK: A percentage of a whole of its own

    @Test(
        "A percentage 'van het inschrijfgeld' or 'van hun werktijd' is no share of the counts; a real share keeps its",
        arguments: [
            // 300 / 1.200 = 25%; 30% is wrong; 15% of the fee is no share of the members.
            ("Van de 1.200 leden kregen er 300 een korting van 15% van het inschrijfgeld. Dat is 25 procent van alle "
                + "leden.", "15%", Verdict.unverifiable),
            ("Van de 1.200 leden kregen er 300 een korting van 15% van het inschrijfgeld. Dat is 25 procent van alle "
                + "leden.", "25 procent", .consistent),
            ("Van de 1.200 leden kregen er 300 een korting van 15% van het inschrijfgeld. Dat is 30 procent van alle "
                + "leden.", "30 procent", .inconsistent),
            // 540 / 2.000 = 27,0%; 28,0% is wrong; 30% of their working time is no share of the employees.
            ("Van de 2.000 werknemers zei 540 meer dan 30% van hun werktijd aan overleg kwijt te zijn: 27,0%.", "30%",
                .unverifiable),
            ("Van de 2.000 werknemers zei 540 meer dan 30% van hun werktijd aan overleg kwijt te zijn: 27,0%.", "27,0%",
                .consistent),
            ("Van de 2.000 werknemers zei 540 meer dan 30% van hun werktijd aan overleg kwijt te zijn: 28,0%.", "28,0%",
                .inconsistent),
            // A whole that is the counted noun keeps the share: 300 / 1.200 = 25%, 20% is wrong. So does 'van de'
            // (it opens populations too often to be read as a whole of its own).
            ("Van de 1.200 leden kregen er 300 een korting van 25% van de leden.", "25%", .consistent),
            // A fraction stated as such ('300 van de 1.200') is what a share of 'hun' whole restates: 40% is wrong.
            ("Met 300 van de 1.200 dossiers besteedde het team 40% van zijn werk aan spoedzaken.", "40%",
                .inconsistent),
            ("Van de 1.200 leden kregen er 300 een korting, 25% van de leden.", "25%", .consistent),
            ("Van de 1.200 leden kregen er 300 een korting, 20% van de leden.", "20%", .inconsistent),
        ])
    func ownWhole(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }
}
