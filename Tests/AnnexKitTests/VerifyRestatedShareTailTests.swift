import Testing

@testable import AnnexKit

/// 'Dat is P procent' restating the part and whole of the sentence before, with a tail in its own sentence: the level
/// of that share in an earlier year ('Dat is 22 procent (2024: 18 procent)', '…, tegen 15 procent in 2022'), which is
/// an operand of the change the text may state next and no claim; or a clause that bounds the share by a figure with
/// 'geen' ('…, nog altijd geen helft'), which denies no part of what is counted; or a whole renamed in euro by the
/// noun apposed to its amount ('… op een vermogen van € 45 miljoen. Dat is 6 procent van het vermogen.'). Near cases:
/// a second value with no year of its own, a dated level of another quantity, 'geen' before the share's own figure
/// or before an ordinal, an apposed whole whose part is not stated.
@Suite("Verify: a restated share with a tail in its own sentence")
struct VerifyRestatedShareTailTests {
    @Test(
        "A restated share beside its dated earlier level is the share of the part and whole before",
        arguments: [
            // 352 / 1.600 = 22%; 25 is planted.
            ("Van de 1.600 bezwaren die in 2025 binnenkwamen, zijn er 352 gegrond verklaard. Dat is 22 procent "
                + "(2024: 18 procent).", "22 procent", Verdict.consistent, 22.0),
            ("Van de 1.600 bezwaren die in 2025 binnenkwamen, zijn er 352 gegrond verklaard. Dat is 25 procent "
                + "(2024: 18 procent).", "25 procent", .inconsistent, 22.0),
            // 684 / 3.800 = 18%; 21 is planted.
            ("In 2025 kregen 684 van de 3.800 bezoekers een korting. Dat is 18 procent, tegen 15 procent in 2022.",
                "18 procent", .consistent, 18.0),
            ("In 2025 kregen 684 van de 3.800 bezoekers een korting. Dat is 21 procent, tegen 15 procent in 2022.",
                "21 procent", .inconsistent, 18.0),
        ])
    func besideEarlierLevel(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test("The dated earlier level is no claim, and the change after it still takes both levels")
    func earlierLevelIsNoClaim() throws {
        let text = "Van de 1.600 bezwaren zijn er 352 gegrond verklaard. Dat is 22 procent (2024: 18 procent). Het "
            + "aandeel steeg daarmee met 4 procentpunt."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "18 procent" }, "\(found.map(\.written))")
        try expectVerdict(.consistent, of: "22 procent", in: text)
        try expectVerdict(.consistent, of: "4 procentpunt", in: text)
    }

    @Test(
        "In doubt no share: a second value with no year, a dated level of another quantity",
        arguments: [
            // The second value is a change with no year of its own: no earlier level of the share.
            ("Van de 1.600 bezwaren zijn er 352 gegrond verklaard. Dat is 30 procent, 4 procent minder dan vorig "
                + "jaar.", "30 procent"),
            // A level of another measure, dated, after a sentence with a part and whole it does not refer to.
            ("Van de 1.600 bezwaren zijn er 352 gegrond verklaard. De werkloosheid was 4,1 procent (2024: 3,7 "
                + "procent).", "4,1 procent"),
            // The country's level, dated beside it: another population.
            ("Van de 1.600 bezwaren zijn er 352 gegrond verklaard. Landelijk was dat 26 procent (2024: 24 "
                + "procent).", "26 procent"),
        ])
    func inDoubtBesideLevel(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test(
        "'geen' before a figure in a tail bounds the share, it denies nothing counted",
        arguments: [
            // 95 / 250 = 38%; 42 is planted.
            ("Van de 250 raadsleden zijn er 95 vrouw. Dat is 38 procent, nog altijd geen helft.", "38 procent",
                Verdict.consistent, 38.0),
            ("Van de 250 raadsleden zijn er 95 vrouw. Dat is 42 procent, nog altijd geen helft.", "42 procent",
                .inconsistent, 38.0),
            // 192 / 800 = 24%.
            ("Van de 800 leerlingen kwamen er 192 met de fiets. Dat is 24 procent, net geen kwart.", "24 procent",
                .consistent, 24.0),
        ])
    func boundedByFigure(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test("'geen' that denies the share's own figure: the figure after 'maar' is the share")
    func deniedOwnFigure() throws {
        let text = "Van de 250 raadsleden zijn er 95 vrouw. Dat is geen 40 procent maar 38 procent."
        let found = try verified(text)
        #expect(!found.contains { $0.written == "40 procent" && $0.verdict != .unverifiable }, "\(found.map(reason))")
        try expectVerdict(.consistent, of: "38 procent", in: text)
    }

    @Test(
        "In doubt no share: 'geen' before an ordinal and its noun still says what is absent",
        arguments: [
            ("Van de 400 klachten zijn er 100 met een gesprek opgelost. Dat betekent dat bij 75 procent geen derde "
                + "partij nodig was.", "75 procent")
        ])
    func inDoubtAbsence(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test(
        "A whole renamed in euro is the amount the noun before it names by 'van'",
        arguments: [
            // 2,7 / 45 miljoen = 6%; 8 is planted.
            ("Het fonds keerde € 2,7 miljoen uit op een vermogen van € 45 miljoen. Dat is 6 procent van het "
                + "vermogen.", "6 procent", Verdict.consistent, 6.0),
            ("Het fonds keerde € 2,7 miljoen uit op een vermogen van € 45 miljoen. Dat is 8 procent van het "
                + "vermogen.", "8 procent", .inconsistent, 6.0),
        ])
    func renamedWholeInEuro(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: value)
    }

    @Test("In doubt no share: the renamed whole is apposed to an amount whose part the sentence does not state")
    func otherApposedWhole() throws {
        try expectUnverifiable(
            "30 procent",
            in: "De gemeente gaf € 2,7 miljoen uit aan subsidies, bij een begroting van € 45 miljoen en een reserve "
                + "van € 9 miljoen. Dat is 30 procent van de reserve.")
    }
}
