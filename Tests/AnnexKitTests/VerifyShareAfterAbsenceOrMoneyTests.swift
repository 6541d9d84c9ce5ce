import Testing

@testable import AnnexKit

/// 'Dat is P procent' restating the part and whole of the sentence before, when its own sentence says what is absent
/// only in a later clause ('Dat is 25 procent, en daar zijn wij niet blij mee'): the share is of the part, but that
/// clause might speak of the others, so the pair may confirm the share and never contradict it. A word of absence in
/// the share's own clause still makes it the share of the rest.
@Suite("Verify: a restated share with a word of absence in a later clause")
struct VerifyShareWithAbsenceElsewhereTests {
    @Test(
        "A word of absence in a later clause leaves the share of the part, which it may confirm",
        arguments: [
            // 120 / 480 = 25%.
            ("Van de 480 aanvragen zijn er 120 afgewezen. Dat is 25 procent, en daar zijn wij niet blij mee.",
                "25 procent"),
            // A hedged share: 165 / 640 = 25,8%, just over a quarter.
            ("Van de 640 leerlingen kregen er 165 bijles. Dat is ruim een kwart, maar dat is niet genoeg.",
                "ruim een kwart"),
        ])
    func confirmedDespiteAbsenceElsewhere(text: String, written: String) throws {
        try expectVerdict(.consistent, of: written, in: text)
    }

    @Test(
        "In doubt no contradiction: the later clause may speak of the others",
        arguments: [
            // 30 is neither 25 (the part) nor 75 (the rest), but the clause might be about something else.
            ("Van de 480 aanvragen zijn er 120 afgewezen. Dat is 30 procent, en daar zijn wij niet blij mee.",
                "30 procent"),
            // 'die' takes up the share's own items, which were not rejected: 75 is the rest (360 / 480).
            ("Van de 480 aanvragen zijn er 120 afgewezen. Dat is 75 procent, en die zijn niet afgewezen.",
                "75 procent"),
        ])
    func neverContradicted(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }

    @Test("A word of absence in the share's own clause still makes it the share of the rest")
    func absenceInOwnClause() throws {
        // (480 − 120) / 480 = 75%.
        try expectClaim(
            "75 procent",
            in: "Van de 480 aanvragen zijn er 120 afgewezen. Dat betekent dat 75 procent niet is afgewezen.",
            kind: .share, verdict: .consistent, value: 75.0)
    }
}

/// A sentence that states a part and whole of items with a sum of money beside them ('2.000 vergunningen …, waarvan
/// 500 voor bouwwerken boven € 50.000'; '… er 150 toegekend, voor in totaal € 2 miljoen'): the sum bounds a class or
/// totals another quantity, so the two counts of items are the part and whole a share after it restates. Near cases:
/// a third count of items beside them, which leaves two candidate parts.
@Suite("Verify: a part and whole of items beside a sum of money")
struct VerifyItemsBesideMoneyTests {
    @Test(
        "Two counts of items beside a sum of money are the part and whole a restated share takes",
        arguments: [
            // 500 / 2.000 = 25%; 20 is planted.
            ("In 2024 werden 2.000 vergunningen verleend, waarvan 500 voor bouwwerken boven € 50.000. Dat is 25 "
                + "procent.", "25 procent", Verdict.consistent),
            ("In 2024 werden 2.000 vergunningen verleend, waarvan 500 voor bouwwerken boven € 50.000. Dat is 20 "
                + "procent.", "20 procent", .inconsistent),
            // 150 / 600 = 25%.
            ("Van de 600 subsidieaanvragen zijn er 150 toegekend, voor in totaal € 2 miljoen. Dat is 25 procent.",
                "25 procent", .consistent),
        ])
    func itemsBesideMoney(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected, value: 25.0)
    }

    @Test("Three counts of items beside the money: two candidate parts, no reading")
    func threeCountsOfItems() throws {
        try expectUnverifiable(
            "25 procent",
            in: "In 2024 werden 2.000 vergunningen verleend, waarvan 500 voor bouwwerken boven € 50.000 en 300 voor "
                + "verbouwingen. Dat is 25 procent.")
    }
}
