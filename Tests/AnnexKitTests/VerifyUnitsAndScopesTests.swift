import Testing

@testable import AnnexKit

/// What the words around numbers make of them: a unit shared over 'tegenover', ages listed for a mean, the count
/// of units a mean is per, the measure of a comparative, a value below zero, a group or place a sentence opens
/// with. In words of their own, each both ways.
@Suite("verify: units, measures and scopes")
struct VerifyUnitsAndScopesTests {
    @Test("A percent word after 'A tegenover B procent' makes both percentages, so the factor between them is checked")
    func unitSharedOverTegenover() throws {
        // 18 / 12 = 1,5; neither 18 nor 12 is a count of the 140 respondents.
        let text = "Stedelingen (n = 140) meldden zich FACTOR keer zo vaak ziek als plattelanders: "
            + "18 tegenover 12 procent."
        for (factor, verdict) in [("1,5", Verdict.consistent), ("2,5", .inconsistent)] {
            let claimed = text.replacingOccurrences(of: "FACTOR", with: factor)
            try expectVerdict(verdict, of: factor + " keer zo vaak", in: claimed)
        }
        let found = try verified(text.replacingOccurrences(of: "FACTOR", with: "1,5"))
        #expect(!found.contains { $0.written.contains("12") && $0.verdict == .inconsistent })
    }

    @Test("Ages listed for a stated mean age are its values, all of them, not a range and labels")
    func agesListedForAMean() throws {
        // (22 + 35 + 47 + 31 + 40) / 5 = 35.
        let text = "De vijf deelnemers waren 22, 35, 47, 31 en 40 jaar oud; gemiddeld MEAN jaar."
        try expectVerdict(.consistent, of: "35,0", in: text.replacingOccurrences(of: "MEAN", with: "35,0"))
        let wrong = try claim("36,0", in: text.replacingOccurrences(of: "MEAN", with: "36,0"))
        #expect(wrong.verdict == .inconsistent && wrong.recomputedValue == 35, "\(reason(wrong))")
    }

    @Test("A count before a dash item whose label is an age is no start of a range of ages")
    func countBeforeAnAgeLabel() throws {
        // 230 + 515 + 190 = 935; '515 - 50 jaar' is no range (it goes down).
        let text = "Deelnemers naar leeftijd: - 18-29 jaar: 230 - 30-49 jaar: 515 - 50 jaar en ouder: 190 "
            + "- totaal: TOTAL."
        try expectVerdict(.consistent, of: "935", in: text.replacingOccurrences(of: "TOTAL", with: "935"))
        let wrong = try claim("965", in: text.replacingOccurrences(of: "TOTAL", with: "965"))
        #expect(wrong.verdict == .inconsistent && wrong.recomputedValue == 935, "\(reason(wrong))")
    }

    @Test("The number of units a mean is per is none of its values; the stretch before gives total and units")
    func countOfUnitsIsNoValue() throws {
        // 4.680 / 12 = 390.
        for opening in ["In 2024 kwamen 4.680 aanvragen binnen", "Aanvragen 2024: 4.680"] {
            let text = opening + ", verdeeld over 12 regio's; gemiddeld MEAN per regio."
            try expectVerdict(.consistent, of: "390", in: text.replacingOccurrences(of: "MEAN", with: "390"))
            try expectVerdict(.inconsistent, of: "420", in: text.replacingOccurrences(of: "MEAN", with: "420"))
        }
    }

    @Test("A number that measures a comparative before 'dan' is a difference, no later value")
    func measureOfAComparative() throws {
        // 45 more than 300 is +15%; 300 → 45 is no change the text states.
        let text = "In het tweede kwartaal kwamen er 45 meldingen meer binnen dan de 300 van het eerste kwartaal, "
            + "een stijging van 15 procent."
        #expect(try claim("15 procent", in: text).verdict != .inconsistent)
        // A value set off by a comma and compared with 'dan' stays a later value.
        let level = "In het tweede kwartaal kwamen er 345 meldingen binnen, meer dan de 300 van het eerste kwartaal, "
            + "een stijging van CHANGE procent."
        try expectVerdict(.consistent, of: "15 procent", in: level.replacingOccurrences(of: "CHANGE", with: "15"))
        try expectVerdict(.inconsistent, of: "13 procent", in: level.replacingOccurrences(of: "CHANGE", with: "13"))
    }

    @Test("A value below zero, by a minus sign or by 'negatief', is no start or end of a change")
    func valueBelowZero() throws {
        // −0,9 → 0,6 is an improvement of 1,5 million, not of 0,3.
        let earlierResults = [
            "na een negatief resultaat van 0,9 miljoen het jaar ervoor", "tegen −0,9 miljoen een jaar eerder",
        ]
        for earlier in earlierResults {
            let text = "Het exploitatieresultaat was 0,6 miljoen euro, \(earlier); "
                + "een verbetering van 1,5 miljoen euro."
            #expect(try claim("1,5 miljoen", in: text).verdict != .inconsistent)
        }
        // Without a sign the same words are checked: 0,9 → 0,6 is no improvement of 1,5 million.
        let positive = "Het exploitatieresultaat was 0,6 miljoen euro, tegen 0,9 miljoen een jaar eerder; "
            + "een daling van 0,3 miljoen euro."
        try expectVerdict(.consistent, of: "0,3 miljoen", in: positive)
    }

    @Test("A sentence that refers back but opens with a place or group of its own takes no share from before")
    func scopeOfItsOwn() throws {
        // 300 of 1.250 is 24%.
        let first = "Van de 1.250 ondervraagde huurders waren er 300 ontevreden over hun buurt. "
        for second in ["In Almere lag dat aandeel op 31 procent.", "Bij de jongere huurders was dat 31 procent."] {
            #expect(try claim("31 procent", in: first + second).verdict != .inconsistent)
        }
        try expectVerdict(.consistent, of: "24 procent", in: first + "Dat is 24 procent.")
        try expectVerdict(.inconsistent, of: "31 procent", in: first + "Dat is 31 procent.")
        try expectVerdict(.inconsistent, of: "31 procent", in: first + "In die groep was dat 31 procent.")
    }
}
