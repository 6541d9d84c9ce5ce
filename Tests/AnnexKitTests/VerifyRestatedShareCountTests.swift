import Testing

@testable import AnnexKit

/// A count that restates a share of a stated whole — in a sentence of its own ('Dat zijn er 120', 'Het gaat om 120
/// leerlingen') or in an apposition ('…, zo'n 2.100 huishoudens') — is the claim: it is checked against share × whole,
/// and the share is its operand, never judged inconsistent against the count it introduces. A share in words ('een
/// derde', 'twee op de vijf') is a rounded description: a count within its band is right, one just outside it is left
/// unverifiable, one far off is wrong.
@Suite("Verify: a count restating a share in words of a stated whole")
struct VerifyRestatedFractionCountTests {
    @Test(
        "A count restating a share in words is checked against share × whole",
        arguments: [
            // 360 / 3 = 120.
            ("Van de 360 leerlingen fietst een derde naar school. Dat zijn er 120.", "120", Verdict.consistent,
                120.0),
            // 150 of 360 is 41,7%, far from a third.
            ("Van de 360 leerlingen fietst een derde naar school. Het gaat om 150 leerlingen.", "150", .inconsistent,
                120.0),
            // 1.250 × 2 / 5 = 500; 'zo'n 500' within its hedge.
            ("Van de 1.250 leden stemde twee op de vijf tegen het plan. Het gaat om zo'n 500 leden.", "zo'n 500",
                .consistent, 500.0),
            // 8.400 / 4 = 2.100, in an apposition.
            ("Van de 8.400 huurders kreeg een kwart huurtoeslag, zo'n 2.100 huishoudens.", "zo'n 2.100", .consistent,
                2_100.0),
            // 2.900 of 8.400 is 34,5%, far from a quarter.
            ("Van de 8.400 huurders kreeg een kwart huurtoeslag, zo'n 2.900 huishoudens.", "zo'n 2.900",
                .inconsistent, 2_100.0),
        ])
    func restatedFraction(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .count, verdict: expected, value: value)
    }

    @Test(
        "The share in words is never judged inconsistent against the count it introduces",
        arguments: [
            ("Van de 360 leerlingen fietst een derde naar school. Het gaat om 150 leerlingen.", "een derde"),
            ("Van de 8.400 huurders kreeg een kwart huurtoeslag, zo'n 2.900 huishoudens.", "een kwart"),
        ])
    func shareNotJudged(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test("A count just outside the band of a share in words, within its doubt, is left unverifiable")
    func countWithinDoubt() throws {
        // A quarter of 400 is 100; right from 95 to 105 (5%), doubtful up to 110 (10%): 109 is 27,25%.
        try expectClaim(
            "109", in: "Van de 400 leden stemde een kwart tegen. Dat zijn er 109.", kind: .count,
            verdict: .unverifiable, value: 100.0)
    }
}

/// What may stand beside the share and whole of the sentence before, and beside the restated count in its own
/// sentence: a duration ('ouder dan acht jaar'), a set named with an article ('in de twee stallingen': then the count
/// must name the whole's noun), words before the whole's noun ('540 tevreden bezoekers'), a later clause with a number
/// of its own ('…, van wie er 45 …', which is no claim). Near cases that keep their old reading: a hedged share (its
/// count is the part it rounds), a count stated as fact ('Het waren er 150'), a share restated after its part and
/// whole ('Dat is 60 procent').
@Suite("Verify: a restated count beside a duration, a named set or a later clause")
struct VerifyRestatedCountContextTests {
    @Test(
        "The restated count is checked when the sentences around it hold numbers of another kind",
        arguments: [
            // 40% of 5.000 = 2.000, beside 'de twee stallingen'; 2.300 is planted.
            ("Van de 5.000 fietsen staat 40 procent in de twee stallingen bij het station. Dat zijn 2.000 fietsen.",
                "2.000", Verdict.consistent, 2_000.0),
            ("Van de 5.000 fietsen staat 40 procent in de twee stallingen bij het station. Dat zijn 2.300 fietsen.",
                "2.300", .inconsistent, 2_000.0),
            // 240 / 4 = 60, beside the duration 'acht jaar'.
            ("Van de 240 honden is een kwart ouder dan acht jaar. Het gaat om 60 honden.", "60", .consistent, 60.0),
            // 30% of 420 = 126, past a label that opens the sentence.
            ("Vraag 7: Van de 420 woningen is 30 procent gerenoveerd. Dat zijn er 126.", "126", .consistent, 126.0),
            // 45% of 1.200 = 540; 590 is planted.
            ("Van de 1.200 bezoekers gaf 45 procent een voldoende. Dat zijn 540 tevreden bezoekers.", "540",
                .consistent, 540.0),
            ("Van de 1.200 bezoekers gaf 45 procent een voldoende. Dat zijn 590 tevreden bezoekers.", "590",
                .inconsistent, 540.0),
            // 60% of 300 = 180, with a part of it in a later clause.
            ("Van de 300 vrijwilligers is 60 procent vrouw. Dat zijn 180 mensen, van wie er 45 jonger zijn dan dertig.",
                "180", .consistent, 180.0),
        ])
    func restatedBesideOthers(text: String, written: String, expected: Verdict, value: Double) throws {
        try expectClaim(written, in: text, kind: .count, verdict: expected, value: value)
    }

    @Test(
        "A count that may be of something else is no restated count",
        arguments: [
            // Beside the set 'de twee stallingen' a count of another noun may count places, not bicycles.
            ("Van de 5.000 fietsen staat 40 procent in de twee stallingen bij het station. Dat zijn 2.300 plekken.",
                "2.300"),
            // The part of the restated count in a later clause is no claim.
            ("Van de 300 vrijwilligers is 60 procent vrouw. Dat zijn 180 mensen, van wie er 45 jonger zijn dan dertig.",
                "45"),
            // A hedged share rounds the count after it: that count is its part, no claim.
            ("Van de 640 leden is ongeveer een kwart actief. Dat zijn er 224.", "224"),
        ])
    func noRestatedCount(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test("A count after a verb of arriving confirms the share; a wrong one is the count's mistake")
    func arrivingCount() throws {
        // 40% of 1.500 = 600.
        let right = "Van de 1.500 leden stemde 40 procent voor. Het gaat om 600 leden."
        try expectVerdict(.consistent, of: "40 procent", in: right)
        try expectVerdict(.consistent, of: "600", in: right)
        let wrong = "Van de 1.500 leden stemde 40 procent voor. Het gaat om 650 leden."
        try expectUnverifiable("40 procent", in: wrong)
        try expectVerdict(.inconsistent, of: "650", in: wrong)
    }

    @Test("A count stated as fact stays the share's part, and a share after its part and whole stays a share")
    func oldReadings() throws {
        // 150 of 480 is 31,25%, not 25.
        let stated = "Van de 480 cliënten kreeg 25 procent een traject. Het waren er 150."
        try expectVerdict(.inconsistent, of: "25 procent", in: stated)
        try expectUnverifiable("150", in: stated)
        // 150 of 250 = 60%.
        try expectClaim(
            "60 procent", in: "Van de 250 leden zijn er 150 vrouw. Dat is 60 procent.", kind: .share,
            verdict: .consistent, value: 60.0)
    }
}
