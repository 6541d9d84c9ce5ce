import Testing

@testable import AnnexKit

/// verify196: shares written in words (and the same structures in percent) whose part or whole stood in the text but
/// was not taken: a share set off by 'precies', 'van hen' after the share, a rest said by 'on-' before the part's
/// participle, 'het totaal' beside a rest clause, a split the next sentence goes on with, and the noun after 'x op de
/// N' naming a count of the sentence before.
@Suite("Verify: a share set off after its count may open with 'precies'")
struct VerifyExactShareApposedTests {
    @Test(
        "'…, precies de helft, en …' is the share of the count before the comma",
        arguments: [
            // 1.800 / 3.600 = 50,0%.
            ("Van de 3.600 zitplaatsen waren er 1.800 bezet, precies de helft, en 240 gereserveerd.", "de helft",
                Verdict.consistent),
            // 1.200 / 3.600 = 33,3%: no half.
            ("Van de 3.600 zitplaatsen waren er 1.200 bezet, precies de helft, en 240 gereserveerd.", "de helft",
                .inconsistent),
        ])
    func exactApposed(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Two counts in the clause before leave the part untold")
    func twoMembers() throws {
        // 240 or 1.800: either may be the half's part.
        try expectUnverifiable(
            "de helft", in: "Van de 3.600 zitplaatsen waren er 240 gereserveerd en 1.800 bezet, precies de helft.")
    }
}

@Suite("Verify: 'van hen' after a share takes the quantity of the sentence before as its whole")
struct VerifyShareOfThemTests {
    @Test(
        "'Ruim een kwart van hen (164)' after '640 bezoekers' is 164 of 640",
        arguments: [
            // 164 / 640 = 25,6%: 'ruim een kwart' allows 25% up to 26,25%.
            ("Het buurthuis ontving 640 bezoekers. Ruim een kwart van hen (164) kwam voor de koffie.",
                "Ruim een kwart", Verdict.consistent),
            // 25,6% is no half.
            ("Het buurthuis ontving 640 bezoekers. De helft van hen (164) kwam voor de koffie.", "De helft",
                .inconsistent),
            // The same in percent: 25,6% is 26 procent.
            ("Het buurthuis ontving 640 bezoekers. Zo'n 26 procent van hen (164) kwam voor de koffie.",
                "Zo'n 26 procent", .consistent),
        ])
    func ofThem(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("A sentence before with a whole and a part leaves 'hen' untold")
    func whoseThem() throws {
        // 'hen' may be the 640 visitors or the 300 who came for coffee.
        try expectUnverifiable(
            "De helft",
            in: "Van de 640 bezoekers kwamen er 300 voor de koffie. De helft van hen (150) bleef lunchen.")
    }
}

@Suite("Verify: 'on-' before the participle of the part before makes a share of the rest")
struct VerifyNegatedParticipleRestTests {
    @Test(
        "'ongegrond' after '… waren er 492 gegrond' is the rest: 328 of 820",
        arguments: [
            // (820 − 492) / 820 = 40,0%.
            ("Van de 820 bezwaren waren er 492 gegrond. Vier op de tien bezwaren werden dus ongegrond verklaard.",
                "Vier op de tien", Verdict.consistent),
            // 40,0% is no three in ten.
            ("Van de 820 bezwaren waren er 492 gegrond. Drie op de tien bezwaren werden dus ongegrond verklaard.",
                "Drie op de tien", .inconsistent),
        ])
    func negatedRest(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Another participle with no 'on-' may speak of another part")
    func otherParticiple() throws {
        // 'afgehandeld' is neither 'gegrond' nor its opposite: 492 / 820 = 60% may not be what is meant.
        try expectUnverifiable(
            "Vier op de tien",
            in: "Van de 820 bezwaren waren er 492 gegrond. Vier op de tien bezwaren werden dus snel afgehandeld.")
    }
}

@Suite("Verify: 'het totaal' of the sentence before beside a rest clause of the share's sentence")
struct VerifyTotalBesideRestTests {
    @Test(
        "'840 ritten, een vijfde van het totaal; de rest, 840 ritten, …' is 840 of 4.200",
        arguments: [
            // 840 / 4.200 = 20,0%.
            ("Er werden 4.200 ritten gereden, waarvan 2.520 met de taxi. Het openbaar vervoer was goed voor 840 "
                + "ritten, een vijfde van het totaal; de rest, 840 ritten, ging per fiets.", "een vijfde",
                Verdict.consistent),
            // 20,0% is no quarter.
            ("Er werden 4.200 ritten gereden, waarvan 2.520 met de taxi. Het openbaar vervoer was goed voor 840 "
                + "ritten, een kwart van het totaal; de rest, 840 ritten, ging per fiets.", "een kwart",
                .inconsistent),
        ])
    func besideRest(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("A count of the sentence that is no rest leaves the total untold")
    func otherCount() throws {
        // 60 buses: a count of something else in the share's sentence.
        try expectUnverifiable(
            "een vijfde",
            in: "Er werden 4.200 ritten gereden, waarvan 2.520 met de taxi. Het openbaar vervoer was goed voor 840 "
                + "ritten, een vijfde van het totaal; er reden 60 bussen.")
    }
}

@Suite("Verify: a share that names no whole may go on with the split of the sentence before")
struct VerifyContinuedSplitShareTests {
    @Test("'Uit de regio kwamen er 600, een kwart.' after 'Van de 2.400 deelnemers … 1.200 …' is 600 of 2.400")
    func continued() throws {
        // 600 / 2.400 = 25,0%.
        try expectClaim(
            "een kwart",
            in: "Van de 2.400 deelnemers kwamen er 1.200 uit de stad. Uit de regio kwamen er 600, een kwart.",
            kind: .share, verdict: .consistent)
    }

    @Test(
        "A share that does not fit the whole (tied by position only), or no split before, stays unverifiable",
        arguments: [
            // 600 / 2.400 = 25%, no third; but a third of the 1.200 from the city might be meant (a chain).
            ("Van de 2.400 deelnemers kwamen er 1.200 uit de stad. Uit de regio kwamen er 600, een derde.",
                "een derde"),
            // Two counts and no whole marked before: nothing to go on with.
            ("Er kwamen 2.400 deelnemers en 300 begeleiders. Uit de regio kwamen er 600, een kwart.", "een kwart"),
        ])
    func notContradicted(text: String, written: String) throws {
        try expectUnverifiable(written, in: text)
    }
}

@Suite("Verify: the noun after 'x op de N' names the count of the sentence before that is the share's whole")
struct VerifyGroupNounWholeBeforeTests {
    @Test(
        "'Een op de zes leerlingen (60)' after 'Van de 360 leerlingen …' is 60 of 360",
        arguments: [
            // 60 / 360 = 16,67%: 'een op de zes'.
            ("Van de 360 leerlingen gingen er 200 naar de havo. Een op de zes leerlingen (60) ging naar het vwo.",
                "Een op de zes", Verdict.consistent),
            // 16,67% is no one in four.
            ("Van de 360 leerlingen gingen er 200 naar de havo. Een op de vier leerlingen (60) ging naar het vwo.",
                "Een op de vier", .inconsistent),
        ])
    func nounBefore(text: String, written: String, expected: Verdict) throws {
        try expectClaim(written, in: text, kind: .share, verdict: expected)
    }

    @Test("Two counts of the noun before leave the whole untold")
    func twoCounts() throws {
        // 360 and 200 both count 'leerlingen'.
        try expectUnverifiable(
            "Een op de zes",
            in: "Er waren 360 leerlingen en 200 leerlingen gingen naar de havo. Een op de zes leerlingen (60) ging "
                + "naar het vwo.")
    }
}
