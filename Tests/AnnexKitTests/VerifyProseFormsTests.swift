import Foundation
import Testing

@testable import AnnexKit

/// The verdict of the claim written as `written` in `text`, or nil when there is none.
private func verdict(_ written: String, in text: String) throws -> Verdict? {
    try verified(text).first { $0.written == written }?.verdict
}

/// Forms of Dutch prose found in held-out texts, each written here in words of our own: the reading
/// they take, and the readings they must not take (a claim as its own operand, a duration as a count).
@Suite("verify: more forms of unseen prose")
struct VerifyProseFormsTests {
    @Test("A change is never its own start value: 'een half jaar eerder … 15 procent lager' is unverifiable")
    func notItsOwnBase() throws {
        let text =
            "Het aantal wachtenden stond eind maart op 540. Een half jaar eerder lag dat aantal volgens de gemeente "
            + "15 procent lager."
        #expect(try verdict("15 procent", in: text) == .unverifiable)
    }

    @Test("A value compared with a count of something else ('langer dan zes maanden') is no start value")
    func baseOfAnotherNoun() throws {
        let text =
            "Ruim 640 aanvragers wachten langer dan zes maanden op een uitkering. De wethouder meldt dat het er nu "
            + "590 zijn, 50 minder dan in januari."
        #expect(try verified(text).allSatisfy { $0.verdict != .inconsistent })
    }

    @Test(
        "An amount 'in zowel 2025 als 2026' counts once for each year; one that recurs without a count is no part",
        arguments: [("9,0", Verdict.consistent), ("7,0", .inconsistent)])
    func distributedParts(total: String, expected: Verdict) throws {
        let found = try verified(
            "De regeling kost in totaal \(total) miljoen: 2,5 miljoen in zowel 2025 als 2026 en 2,0 miljoen in zowel "
                + "2027 als 2028.")
        #expect(found.first { $0.kind == .sum }?.verdict == expected)
    }

    @Test("A part 'per jaar' gives no sum to check")
    func recurringPart() throws {
        let found = try verified(
            "Het fonds bedraagt in totaal 6 miljoen: 1,5 miljoen per jaar en 3 miljoen voor de start.")
        #expect(!found.contains { $0.kind == .sum && $0.verdict != .unverifiable })
    }

    @Test(
        "A separable verb's particle closing the clause gives the direction ('liep met 40 op', 'met 40 terug')",
        arguments: [
            ("liep in het derde kwartaal met 40 terug naar 610, tegen 650 in het tweede kwartaal", Verdict.consistent),
            ("liep in het derde kwartaal met 40 op naar 610, tegen 650 in het tweede kwartaal", .inconsistent),
        ])
    func separableVerb(phrase: String, expected: Verdict) throws {
        #expect(try verdict("40", in: "Het aantal openstaande dossiers " + phrase + ".") == expected)
    }

    @Test("A sum cue opening the sentence with a year before its list ('Opgeteld … in 2024: …')")
    func sumAfterYear() throws {
        let text = { (total: String) in
            "Opgeteld ging het om \(total) meldingen in 2024: 700 in Noord, 400 in Midden en 150 in Zuid."
        }
        #expect(try verdict("1.250", in: text("1.250")) == .consistent)
        #expect(try verdict("1.350", in: text("1.350")) == .inconsistent)
    }

    @Test(
        "A clause with a year and 'nog' before its number is the start value ('in 2019 waren het er nog 2.800')",
        arguments: [("25 procent", Verdict.consistent), ("33 procent", .inconsistent)])
    func stillDated(claimed: String, expected: Verdict) throws {
        let text =
            "Vorig jaar telde de regio 2.100 woninginbraken; in 2019 waren het er nog 2.800. Dat is een daling van "
            + claimed + "."
        #expect(try verdict(claimed, in: text) == expected)
    }

    @Test("'vorig jaar' before a value with a year of its own (no 'nog'): the order is not known, no pair is read")
    func relativeToNow() throws {
        let claim = try #require(
            try verified("Vorig jaar registreerde de politie 380 incidenten, in 2020 410, een daling van 7 procent.")
                .first { $0.kind == .change })
        #expect(claim.verdict == .unverifiable)
    }

    @Test(
        "'Een wijkagent … gemiddeld N zaken (A zaken, B agenten)': a mean per one of the subject is A over B",
        arguments: [("41", Verdict.consistent), ("44", .inconsistent)])
    func perOne(claimed: String, expected: Verdict) throws {
        let text = "Een wijkagent behandelde in 2022 gemiddeld \(claimed) zaken (6.150 zaken, 150 agenten)."
        let found = try verified(text)
        #expect(found.map(\.kind) == [.ratio] && found.map(\.verdict) == [expected])
    }

    @Test(
        "After a relative clause the share's clause goes on: its count in parentheses is the part",
        arguments: [("580", Verdict.consistent), ("450", .inconsistent)])
    func afterRelativeClause(part: String, expected: Verdict) throws {
        let text =
            "Bijna 40 procent van de 1.500 leerlingen die in 2023 examen deden, slaagde met een zeven of hoger "
            + "(\(part) leerlingen)."
        #expect(try verdict("Bijna 40 procent", in: text) == expected)
    }

    @Test(
        "A change between the two values the sentence before contrasts, from the other group to the subject's",
        arguments: [
            ("verlaagt de achterstanden dus met 20 procent", "20 procent", Verdict.consistent),
            ("verlaagt de achterstanden dus met 7 procent", "7 procent", .inconsistent),
            ("verlaagt de achterstanden dus met 7 procentpunt", "7 procentpunt", .consistent),
        ])
    func contrast(phrase: String, claimed: String, expected: Verdict) throws {
        let text =
            "In wijk A had 35 procent van de huurders een achterstand, in wijk B 28 procent. Het project in wijk B "
            + phrase + "."
        #expect(try verdict(claimed, in: text) == expected)
    }
}

/// Means of a list the text gives in the parenthesis after the mean.
@Suite("verify: means of a list in parentheses")
struct VerifyMeanListTests {
    @Test(
        "A mean with its list in the parenthesis after it; a group size after an article is no value",
        arguments: [
            ("De gemiddelde reistijd naar de drie locaties was 37 minuten (31, 38 en 42 minuten).", "37",
                Verdict.consistent),
            ("De gemiddelde reistijd naar de drie locaties was 39 minuten (31, 38 en 42 minuten).", "39",
                .inconsistent),
            ("Gemiddeld wachtte een aanvrager in de vier wijken 9,5 dagen (Oost 8; West 11; Noord 9; "
                + "Zuid 10).", "9,5", .consistent),
            ("Gemiddeld wachtte een aanvrager in de vier wijken 10,5 dagen (Oost 8; West 11; Noord 9; "
                + "Zuid 10).", "10,5", .inconsistent),
        ])
    func listInParenthesis(text: String, mean: String, expected: Verdict) throws {
        let found = try verified(text)
        #expect(found.map(\.written) == [mean], "\(found.map { "\($0.kind) \($0.written)" })")
        #expect(found.first?.verdict == expected)
    }

    @Test("A duration in years with decimals is a quantity ('4,5 jaar'); a whole age is not, unless ages are listed")
    func durationInYears() throws {
        let mean = try verified("De behandeling duurde gemiddeld 4,5 jaar (3,9, 4,2 en 5,4 jaar).")
        #expect(mean.map(\.written) == ["4,5"] && mean.map(\.verdict) == [.consistent])
        let age = try verified("Gemiddeld waren de deelnemers 45 jaar, de begeleiders 52 jaar.")
        #expect(age.allSatisfy { $0.written != "45" })
        // (41 + 44 + 50) / 3 = 45: three ages listed for a mean are its values.
        let listed = try verified("Gemiddeld waren de deelnemers 45 jaar (41, 44 en 50 jaar).")
        #expect(listed.map(\.written) == ["45"] && listed.map(\.verdict) == [.consistent])
    }
}

/// Start and end values a change takes from beside its own clause: the clause before or after it, the
/// difference that led to an end value, the sentence after it.
@Suite("verify: start and end values beside the claim's clause")
struct VerifyNeighbourSpanTests {
    @Test(
        "A clause that opens with its claim restates the clause before, unless it compares with something else",
        arguments: [
            ("de helft meer dan het jaar ervoor", "de helft", Verdict?.some(.consistent)),
            ("een derde meer dan het jaar ervoor", "een derde", .inconsistent),
            ("30% meer dan in Assen", "30%", .unverifiable),
        ])
    func openingClaim(rest: String, written: String, expected: Verdict?) throws {
        #expect(try verdict(written, in: "Het aantal leden groeide van 180 naar 270, " + rest + ".") == expected)
    }

    @Test(
        "The clause after a change that opens with 'naar' spells it out ('…, naar 350 (2022: 400)')",
        arguments: [("12,5 procent", Verdict.consistent), ("15 procent", .inconsistent)])
    func spelledOutAfter(claimed: String, expected: Verdict) throws {
        let text = "Het aantal aanvragen daalde vorig jaar met \(claimed), naar 350 (2022: 400), meldt de gemeente."
        #expect(try verdict(claimed, in: text) == expected)
    }

    @Test(
        "A rate with its two counts in the parenthesis after it, the whole being what 'per N' names",
        arguments: [
            ("52", "1.300 diefstallen, 250.000 inwoners", Verdict.consistent),
            ("52", "250.000 inwoners, 1.300 diefstallen", .consistent),
            ("58", "1.300 diefstallen, 250.000 inwoners", .inconsistent),
        ])
    func rateParenthesis(claimed: String, inside: String, expected: Verdict) throws {
        let text = "Met \(claimed) diefstallen per 10.000 inwoners (\(inside)) scoort de stad hoog."
        #expect(try verdict(claimed, in: text) == expected)
    }

    @Test(
        "'toe met 40 tot 440; dat is 10 procent meer': the start is the end less the difference",
        arguments: [("10 procent", Verdict.consistent), ("12 procent", .inconsistent)])
    func differenceSpan(claimed: String, expected: Verdict) throws {
        let text = "Het aantal plaatsen nam in 2023 toe met 40 tot 440; dat is \(claimed) meer dan het jaar ervoor."
        #expect(try verdict(claimed, in: text) == expected)
    }

    @Test(
        "A change in words with its numbers in the next sentence, which refers back or names what they count",
        arguments: [
            (
                "Het aantal fietsdiefstallen in Zwolle is gehalveerd. Waar in 2016 nog 2.400 diefstallen werden "
                    + "gemeld, waren dat er vorig jaar 1.190.", "gehalveerd", Verdict.consistent
            ),
            (
                "Het aantal fietsdiefstallen in Zwolle is verdubbeld. Waar in 2016 nog 2.400 diefstallen werden "
                    + "gemeld, waren dat er vorig jaar 1.190.", "verdubbeld", .inconsistent
            ),
            (
                "Het aantal klachten is verdrievoudigd, aldus de ombudsman. In 2019 ging het om 310 klachten, vorig "
                    + "jaar om 640.", "verdrievoudigd", .inconsistent
            ),
            (
                "Het aantal klachten is verdubbeld. In 2019 ging het om 310 meldingen, vorig jaar om 640.",
                "verdubbeld", .unverifiable
            ),
            // 'toen' (2018) is a past before now's 'vorig jaar'.
            (
                "Het aantal klachten is sinds 2018 verdubbeld. Toen ging het om 150 klachten, vorig jaar om 310.",
                "verdubbeld", .consistent
            ),
        ])
    func nextSentence(text: String, written: String, expected: Verdict) throws {
        #expect(try verdict(written, in: text) == expected)
    }

    @Test(
        "'Het aantal steeg …' with no noun of its own is the quantity of the sentence before",
        arguments: [("15%", Verdict.consistent), ("12%", .inconsistent)])
    func bareSubject(claimed: String, expected: Verdict) throws {
        let text = "Vorig jaar waren er 800 aanmeldingen, dit jaar 920. Het aantal steeg met \(claimed)."
        #expect(try verdict(claimed, in: text) == expected)
    }

    @Test(
        "A year written before 'vorig jaar' is the earlier value ('In 2019 … 520, vorig jaar 468')",
        arguments: [("10 procent", Verdict.consistent), ("11 procent", .inconsistent)])
    func yearBeforeLastYear(claimed: String, expected: Verdict) throws {
        let text = "In 2019 telde de stad 520 daklozen, vorig jaar 468, een daling van \(claimed)."
        #expect(try verdict(claimed, in: text) == expected)
    }
}

/// The rest of a whole, and differences whose comparative follows their phrase.
@Suite("verify: the rest of a whole; differences after their phrase")
struct VerifyRestAndDifferenceTests {
    @Test(
        "'de overige N procent' is 100% less the sentence's other percentages",
        arguments: [("10 procent", Verdict.consistent), ("12 procent", .inconsistent)])
    func remainder(rest: String, expected: Verdict) throws {
        let text =
            "Van de leerlingen koos 48 procent voor havo, 27 procent voor vwo en 15 procent voor mbo; de overige "
            + rest + " ging werken."
        let claim = try #require(try verified(text).first { $0.written == rest })
        #expect(claim.kind == .sum && claim.verdict == expected)
        #expect(reason(claim).contains("100% − 48% − 27% − 15% = 10%"), "\(reason(claim))")
    }

    @Test("A sentence with a direction word has no rest of a whole")
    func noRestInAChange() throws {
        let text = "Het aandeel havo steeg naar 48 procent en vwo daalde naar 27 procent en mbo naar 15 procent; de "
            + "overige 12 procent ging werken."
        #expect(try verified(text).allSatisfy { $0.kind != .sum })
    }

    @Test(
        "A difference whose comparative follows its noun or its phrase ('0,4 dag korter dan', '50 bedden … meer dan')",
        arguments: [
            ("De doorlooptijd was in 2024 3,1 dagen, 0,4 dag korter dan in 2023 (3,5 dagen).", "0,4",
                Verdict.consistent),
            ("De doorlooptijd was in 2024 3,1 dagen, 0,4 dag langer dan in 2023 (3,5 dagen).", "0,4", .inconsistent),
            ("Er zijn nu ruim 50 bedden in de jeugdzorg meer dan in 2020: 640 tegen 588.", "ruim 50", .consistent),
            ("Er zijn nu ruim 60 bedden in de jeugdzorg meer dan in 2020: 640 tegen 588.", "ruim 60", .inconsistent),
        ])
    func differenceAfterPhrase(text: String, written: String, expected: Verdict) throws {
        let claim = try #require(try verified(text).first { $0.written == written })
        #expect(claim.kind == .difference && claim.verdict == expected)
    }

    @Test("A count before a comparative of another noun is no difference ('312 inwoners langer dan acht weken')")
    func otherNoun() throws {
        let found = try verified("Er wachten 312 inwoners langer dan acht weken op een beschikking.")
        #expect(found.allSatisfy { $0.kind != .difference })
    }
}

/// Shares whose part and whole stand in a parenthesis with adjectives, or in the sentence next to them.
@Suite("verify: shares from a parenthesis or a neighbouring sentence")
struct VerifyNeighbourShareTests {
    @Test(
        "'gemiddeld 91 procent (… op een beschikbare capaciteit van …)' with no list is a share",
        arguments: [("91 procent", Verdict.consistent), ("94 procent", .inconsistent)])
    func averagedShare(claimed: String, expected: Verdict) throws {
        let text =
            "De bezetting van de opvang was dat jaar gemiddeld \(claimed) (455 bezette bedden op een beschikbare "
            + "capaciteit van 500)."
        let claim = try #require(try verified(text).first { $0.written == claimed })
        #expect(claim.kind == .share && claim.verdict == expected)
    }

    @Test(
        "A share in words takes the part and whole of the sentence before it refers to, or the next that names them",
        arguments: [
            (
                "Het meldpunt kreeg 3.600 tips, waarvan 900 anoniem. Daarmee kwam een kwart van de tips anoniem "
                    + "binnen.", "een kwart", Verdict.consistent
            ),
            (
                "Het meldpunt kreeg 3.600 tips, waarvan 900 anoniem. Daarmee kwam een derde van de tips anoniem "
                    + "binnen.", "een derde", .inconsistent
            ),
            (
                "Twee op de vijf 18-plussers sporten wekelijks. In de enquête ging het om 2.000 van de 5.000 "
                    + "ondervraagden.", "Twee op de vijf", .consistent
            ),
            (
                "Twee op de vijf 18-plussers sporten wekelijks. Het sportbureau telde 2.000 leden en 900 "
                    + "vrijwilligers.", "Twee op de vijf", .unverifiable
            ),
        ])
    func neighbour(text: String, written: String, expected: Verdict) throws {
        #expect(try verdict(written, in: text) == expected)
    }

    @Test("'met minder dan 5.000' is a hedged number, no comparison with it")
    func hedgeIsNoComparison() throws {
        let text =
            "Het aantal leerlingen steeg van 4.000 in 2021 tot 5.000 in 2024 (+25 procent), het aantal docenten "
            + "bleef met minder dan 400 gelijk."
        #expect(try verdict("+25 procent", in: text) == .consistent)
    }
}

extension VerifyRestAndDifferenceTests {
    @Test("A comparative after a count's phrase makes a difference only against another time ('dan een jaar' is none)")
    func differenceNeedsAnotherTime() throws {
        let found = try verified("Er wachten 300 mensen langer dan een jaar, tegen 250 mensen in 2022.")
        #expect(found.allSatisfy { $0.kind != .difference })
    }
}

/// Readings that looked possible and were not: found by probing the rules above with sentences of our own.
@Suite("verify: readings ruled out by probing")
struct VerifyProbedReadingsTests {
    @Test("A count in the parenthesis after another percentage is that share's part, not this one's")
    func partOfAnotherShare() throws {
        let found = try verified(
            "Van de 900 jongeren die in 2023 instroomden, had 45 procent een strafblad, 30 procent (270 jongeren) "
                + "niet.")
        #expect(found.first { $0.written == "45 procent" }?.verdict == .unverifiable)
        #expect(found.first { $0.written == "30 procent" }?.verdict == .consistent)
    }

    @Test(
        "An amount of money and a count are no values of one mean: their ratio, per one of the subject",
        arguments: [("€ 2,1 miljoen", Verdict.consistent), ("€ 2,4 miljoen", .inconsistent)])
    func moneyAndCount(amount: String, expected: Verdict) throws {
        let found = try verified(
            "Een gemeente besteedde gemiddeld \(amount) aan jeugdhulp (€ 63 miljoen, 30 gemeenten).")
        #expect(found.map(\.kind) == [.ratio] && found.map(\.verdict) == [expected])
    }

    @Test("A number after a verb of being is a mean of the list before it only with the cue in its clause")
    func meanCueInClause() throws {
        let found = try verified(
            "De gemiddelde doorlooptijd bij de drie teams was 21 dagen (18, 22 en 23 dagen); de langste was 23 dagen.")
        #expect(found.map(\.written) == ["21"] && found.map(\.verdict) == [.consistent])
    }

    @Test(
        "'bijna gehalveerd' is a factor of a little more than ½, 'ruim gehalveerd' a little less",
        arguments: [
            ("bijna gehalveerd", "van 600 naar 310", Verdict.consistent),
            ("ruim gehalveerd", "van 600 naar 290", .consistent),
            ("ruim gehalveerd", "van 600 naar 310", .inconsistent),
        ])
    func hedgedHalving(words: String, span: String, expected: Verdict) throws {
        let found = try verified("De wachtlijst is in een jaar \(words): \(span) namen.")
        #expect(found.first { $0.kind == .change }?.verdict == expected)
    }

    @Test("'dit jaar' names a time, no quantity said before: the pair of the sentence before is another's")
    func timeIsNoReference() throws {
        let text = "Het aantal meldingen steeg van 100 naar 120. Het aantal klachten steeg dit jaar met 5 procent."
        #expect(try verified(text).first { $0.written == "5 procent" }?.verdict == .unverifiable)
        let next =
            "Het aantal steeg daarna met 10 procent. Vorig jaar werden 3.980 jongeren aangehouden, dit jaar 4.100."
        #expect(try verified(next).first { $0.written == "10 procent" }?.verdict == .unverifiable)
    }

    @Test("A next sentence that opens with 'van' spells the change out", arguments: [
        ("verdubbeld", Verdict.consistent), ("verdrievoudigd", .inconsistent),
    ])
    func spelledOutNext(word: String, expected: Verdict) throws {
        let text = "Dat het aantal wachtenden in vier jaar is \(word), verbaast niemand. Van 210 in 2020 naar 415 nu."
        #expect(try verified(text).first { $0.written == word }?.verdict == expected)
    }

    @Test("Two groups of the sentence before are compared, not changed in time ('steeg in beide steden')")
    func groupsAreNoChangeInTime() throws {
        let text =
            "In Utrecht kregen 420 gezinnen een voorziening, in Amersfoort 280. Het aantal steeg dus in beide "
            + "steden met 5 procent."
        #expect(try verified(text).first { $0.written == "5 procent" }?.verdict == .unverifiable)
    }

    @Test(
        "A duration ('binnen vier weken') is no part of a share; the rest may close the list ('en de overige')",
        arguments: [("25 procent", Verdict.consistent), ("20 procent", .inconsistent)])
    func durationAndRest(rest: String, expected: Verdict) throws {
        let found = try verified(
            "Van de 300 dossiers werd 40 procent binnen vier weken afgerond, 35 procent binnen acht weken en de "
                + "overige \(rest) later.")
        #expect(found.allSatisfy { $0.kind != .share || $0.verdict == .unverifiable })
        #expect(found.first { $0.written == rest }?.verdict == expected)
    }

    @Test("A pair of two known years is not the change of a clause that names another base ('dan een jaar eerder')")
    func anotherBase() throws {
        let text =
            "In 2023 telde de regio 1.900 daklozen, 5 procent meer dan een jaar eerder; in 2018 waren het er nog 1.500."
        #expect(try verified(text).first { $0.written == "5 procent" }?.verdict == .unverifiable)
    }

    @Test(
        "Counts under 'Van de W' split W only when they come near it, and short of it they may be a selection too",
        arguments: [("4.100", Verdict.consistent), ("4.300", .unverifiable), ("3.900", .inconsistent)])
    func selectionIsNoSplit(total: String, expected: Verdict) throws {
        let selection = try verified(
            "Van de 6.400 aanvragen betroffen er 1.500 een woning en 900 een uitkering.")
        #expect(selection.allSatisfy { $0.kind != .sum })
        let split = try verified(
            "Van de \(total) aanvragen betroffen er 2.600 een woning, 900 een uitkering en 600 een lening.")
        #expect(split.first { $0.kind == .sum }?.verdict == expected)
    }

    @Test("A memo's arrow joins a value to the one it became", arguments: [
        ("(+20,0%)", Verdict.consistent), ("(+16,7%)", .inconsistent), ("(+5 procentpunt)", .unverifiable),
    ])
    func arrow(change: String, expected: Verdict) throws {
        let found = try verified("Aantal mediations: 250 → 300 zaken \(change).")
        #expect(found.first { change.contains($0.written) }?.verdict == expected)
    }

    @Test("A memo's arrow between percentages gives a change in points")
    func arrowOfPercentages() throws {
        #expect(try verdict("+4%-punt", in: "Tevredenheid cliënten: 70% → 74% (+4%-punt).") == .consistent)
        #expect(try verdict("+6%-punt", in: "Tevredenheid cliënten: 70% → 74% (+6%-punt).") == .inconsistent)
    }

    @Test(
        "A whole named by its noun ('een kwart van de subsidie van 80 miljoen (21 miljoen)')",
        arguments: [("21 miljoen", Verdict.consistent), ("29 miljoen", .inconsistent)])
    func wholeNamedByNoun(part: String, expected: Verdict) throws {
        let text = "Een kwart van de subsidie van 80 miljoen euro (\(part)) gaat naar preventie."
        #expect(try verified(text).first { $0.kind == .share }?.verdict == expected)
    }

    @Test("'totaal' after a number labels it a total in a memo", arguments: [
        ("950", Verdict.consistent), ("960", .inconsistent),
    ])
    func labelledTotal(total: String, expected: Verdict) throws {
        let found = try verified("Meldingen 2024: \(total) totaal (politie 610; school 215; huisarts 125).")
        #expect(found.first { $0.kind == .sum }?.verdict == expected)
    }

    @Test("'twee derde ook …' is a fraction; only after an article may 'derde' be an ordinal ('een derde keer')")
    func twoThirdsIsNoOrdinal() throws {
        let text = "Van de 900 huurders had twee derde ook een betalingsachterstand (450)."
        #expect(try verdict("twee derde", in: text) == .inconsistent)
        #expect(try verified("Voor een derde keer daalde het aantal.").allSatisfy { $0.kind != .share })
    }

    @Test(
        "'Het totaal bedraagt …' opening a sentence sums the list of the sentence before",
        arguments: [("64", Verdict.consistent), ("74", .inconsistent)])
    func theTotalOfTheListBefore(total: String, expected: Verdict) throws {
        let found = try verified(
            "De provincie geeft 30 miljoen euro aan wegen, 22 miljoen aan water en 12 miljoen aan natuur. "
                + "Het totaal bedraagt \(total) miljoen euro.")
        #expect(found.first { $0.kind == .sum }?.verdict == expected)
    }

    @Test(
        "A mean per one whose subject follows the verb, or whose 'per' stands in a memo's label, is a ratio",
        arguments: [
            ("Gemiddeld begeleidde een coach 15 gezinnen in zijn wijk (1.350 gezinnen, 90 fte).", Verdict.consistent),
            ("Gemiddeld begeleidde een coach 17 gezinnen in zijn wijk (1.350 gezinnen, 90 fte).", .inconsistent),
            ("Gezinnen per coach: 15,0 (1.350 gezinnen / 90 fte).", .consistent),
            ("Gezinnen per coach: 16,0 (1.350 gezinnen / 90 fte).", .inconsistent),
        ])
    func meanPerOne(text: String, expected: Verdict) throws {
        #expect(try verified(text).first { $0.kind == .ratio }?.verdict == expected)
    }

    @Test("After a preposition 'een' opens no subject: no mean per one ('In een wijk …')")
    func noSubjectAfterPreposition() throws {
        let found = try verified("In een wijk begeleidde men gemiddeld 17 gezinnen (1.350 gezinnen, 90 fte).")
        #expect(found.allSatisfy { $0.kind != .ratio && $0.verdict != .inconsistent })
    }

    @Test(
        "A parenthesis of an earlier time needs no colon ('(vorig jaar 640)'); a month may be abbreviated",
        arguments: [
            ("Instroom stijgt 25% naar 800 (vorig jaar 640).", Verdict.consistent),
            ("Instroom stijgt 20% naar 800 (vorig jaar 640).", .inconsistent),
            ("Instroom stijgt 25% naar 800 (okt. 2023: 640).", .consistent),
        ])
    func earlierTimeLabel(text: String, expected: Verdict) throws {
        #expect(try verified(text).first { $0.kind == .change }?.verdict == expected)
    }

    @Test(
        "A memo's change label ('Toename: 160 (+25%)') gives the difference and change of the line before",
        arguments: [("160 (+25%)", Verdict.consistent), ("180 (+28%)", .inconsistent)])
    func changeLabel(label: String, expected: Verdict) throws {
        let found = try verified("Wachtenden: 800 (2023: 640). Toename: \(label).")
        #expect(found.filter { [.change, .difference].contains($0.kind) }.count == 2)
        #expect(found.filter { [.change, .difference].contains($0.kind) }.allSatisfy { $0.verdict == expected })
    }

    @Test(
        "A memo's line with a label of its own speaks of that label, not of the line before's values",
        arguments: [
            ("Wachtlijst jeugdzorg: 412 (doel: 350). Aanmeldingen: +6%.", Verdict.unverifiable),
            // A change label, or one line, still takes the values before it.
            ("Wachtlijst jeugdzorg: 412 (2023: 350). Toename: +15%.", .inconsistent),
            ("Wachtlijst jeugdzorg: 412 (2023: 350), +15%.", .inconsistent),
        ])
    func memoLabelOfItsOwn(text: String, expected: Verdict) throws {
        #expect(try verified(text).first { $0.kind == .change }?.verdict == expected)
    }

    @Test(
        "A count written with a sign is a difference ('(+120; +15,0%)', '−2 weken'); a signed quantity is none",
        arguments: [
            ("Bedden: 800 → 920 (+120; +15,0%).", "+120", Verdict.consistent),
            ("Bedden: 800 → 920 (+140; +15,0%).", "+140", .inconsistent),
            ("Wachttijd: 9 weken (2023: 11 weken), −2 weken.", "−2", .consistent),
        ])
    func signedCount(text: String, written: String, expected: Verdict) throws {
        let found = try verified(text).first { $0.written == written }
        #expect(found?.kind == .difference)
        #expect(found?.verdict == expected)
        #expect(try verified("Migratiesaldo: −300 (2023: 200).").allSatisfy { $0.kind != .difference })
    }

    @Test(
        "A share set off by commas after a count restates it ('…, 700, een op de vier, …')",
        arguments: [("700", Verdict.consistent), ("500", .inconsistent)])
    func apposedShare(count: String, expected: Verdict) throws {
        let text = "Van de 2.800 meldingen kwamen er 1.200 van de politie en \(count), een op de vier, van scholen."
        #expect(try verdict("een op de vier", in: text) == expected)
    }

    @Test(
        "'daarvan' takes its count of the quantity before: 'Daarvan … 300. Dat is een kwart van het totaal.'",
        arguments: [
            ("Er kwamen 1.200 klachten binnen. Daarvan werden er 300 gegrond verklaard. Dat is een kwart van het "
                + "totaal.", Verdict.consistent),
            ("Er kwamen 1.200 klachten binnen. Daarvan werden er 500 gegrond verklaard. Dat is een kwart van het "
                + "totaal.", .inconsistent),
            ("Er kwamen 1.200 klachten binnen. Bij 300 daarvan ging het om de wachttijd, een kwart van het totaal.",
                .consistent),
        ])
    func partOfTheQuantityBefore(text: String, expected: Verdict) throws {
        #expect(try verdict("een kwart", in: text) == expected)
    }

    @Test(
        "A change heading its sentence is spelled out by the one pair after it ('Een derde meer …, … tegen …')",
        arguments: [("Een derde", Verdict.consistent), ("De helft", .inconsistent)])
    func headedByItsChange(words: String, expected: Verdict) throws {
        let text = "\(words) meer aanvragen: zo meldt de gemeente, die 800 aanvragen kreeg tegen 600 in 2022."
        #expect(try verified(text).first { $0.kind == .change }?.verdict == expected)
    }

    @Test(
        "A memo's mean: 'gem.' right before its number, of a list joined by '/'",
        arguments: [("gem. 60", Verdict.consistent), ("gem. 64", .inconsistent)])
    func abbreviatedMean(mean: String, expected: Verdict) throws {
        let found = try verified("Aanmeldingen per week: 52 / 61 / 67; \(mean).")
        #expect(found.first { $0.kind == .average }?.verdict == expected)
        #expect(try verified("In de gem. Ede kwamen 60 aanmeldingen binnen.").allSatisfy { $0.kind != .average })
    }

    @Test(
        "A possessive may stand before a whole ('Van onze 400 vrijwilligers … 90 (22,5 procent)')",
        arguments: [("22,5 procent", Verdict.consistent), ("25,5 procent", .inconsistent)])
    func possessiveWhole(share: String, expected: Verdict) throws {
        let text = "Van onze 400 vrijwilligers waren er 90 jonger dan 25 jaar (\(share))."
        #expect(try verdict(share, in: text) == expected)
    }

    @Test(
        "'t.o.v.' before a base value, with its stops ('(−2,5 procentpunt t.o.v. 40,0% in 2022)')",
        arguments: [("−2,5", Verdict.consistent), ("−3,5", .inconsistent)])
    func abbreviatedComparison(points: String, expected: Verdict) throws {
        let text = "Uitval na een jaar: 37,5% (\(points) procentpunt t.o.v. 40,0% in 2022)."
        #expect(try verified(text).first { $0.kind == .points }?.verdict == expected)
    }

    @Test(
        "A count broken down in the parenthesis after its clause ('ruim 1.800 … (950 in …, 870 in …)')",
        arguments: [("Ruim 1.800", Verdict.consistent), ("Ruim 1.600", .inconsistent)])
    func breakdownInParenthesis(total: String, expected: Verdict) throws {
        let text = "\(total) jongeren kregen een taalcursus (950 in het voorjaar, 870 in het najaar)."
        #expect(try verified(text).first { $0.kind == .sum }?.verdict == expected)
        let selection = "Ruim 1.800 jongeren kregen een taalcursus (400 in Delft, 350 in Gouda)."
        #expect(try verified(selection).allSatisfy { $0.kind != .sum })
    }

    /// Sixth-round forms, each right and wrong: the text with `{}` for the claimed number, the claim's kind,
    /// and the number that makes it consistent and one that makes it inconsistent.
    @Test(
        "Forms of the sixth round, each caught when wrong",
        arguments: [
            // A hedge may open a change's apposition.
            ("Het aantal klachten over de dienst zakte van 240 naar 180, circa {} procent minder dan een jaar "
                + "eerder.", ClaimKind.change, "25", "40"),
            // A group size '(n = …)' after a share's whole is that whole, not its part.
            ("Bijna 40 procent van de ondervraagde ouders (n = 1.620) kende het loket; het ging om {} ouders.",
                .share, "640", "720"),
            // A mean's list may close its sentence, naming what it counts.
            ("Bij de vier teams duurde het gemiddeld {} dagen voordat een melding werd opgepakt (7,5, 9,5, 8,0 en "
                + "11,0 dagen).", .average, "9,0", "9,6"),
            // 'Gemiddeld' opening its clause governs the clause's first count from further away.
            ("Gemiddeld begeleidde een jobcoach in het voorjaar van 2024 {} deelnemers (1.350 deelnemers, verdeeld "
                + "over 30 jobcoaches).", .ratio, "45", "52"),
            // A total written out before its parts is none of them.
            ("Acht op de tien klachten (800 van de 1.000) gingen over wachttijd (500) of bejegening (300), samen {}.",
                .sum, "800", "850"),
            // 'in absolute aantallen' before 'ging het om' still names the share's count in the clause after.
            ("Circa 35 procent van de ondervraagde huurders (n = 2.400) had een achterstand; in absolute aantallen "
                + "ging het om {} huishoudens.", .share, "840", "960"),
            // A share's count after ':' with a word of precision is its part.
            ("Bijna de helft van de 840 sollicitanten werd uitgenodigd: {} om precies te zijn.", .share, "412", "330"),
            // 'Van die <noun>' takes the quantity of the sentence before that counts that noun as a whole.
            ("In 2023 volgden 2.400 statushouders een inburgeringstraject. Van die statushouders had ruim 60 "
                + "procent een baan ({}).", .share, "1.480", "1.200"),
        ])
    func sixthRoundForms(text: String, kind: ClaimKind, right: String, wrong: String) throws {
        for (number, expected) in [(right, Verdict.consistent), (wrong, .inconsistent)] {
            let filled = text.replacingOccurrences(of: "{}", with: number)
            #expect(try verified(filled).first { $0.kind == kind }?.verdict == expected, "\(filled)")
        }
    }

    @Test("'Van die <noun>' refers back only with the noun the sentence before counted")
    func demonstrativeOtherNoun() throws {
        let other = "In 2023 volgden 2.400 statushouders een inburgeringstraject. Van die cursisten had ruim 60 "
            + "procent een baan (1.200)."
        #expect(try verified(other).first { $0.kind == .share }?.verdict != .inconsistent)
    }
}
