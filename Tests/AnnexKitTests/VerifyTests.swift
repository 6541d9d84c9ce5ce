import Foundation
import Testing
@testable import AnnexKit

/// Claim sentences with hand-computed verdicts, against the mini fixture (meldingen 3.240 → 3.700;
/// Amsterdam 1.500 → 1.886; Rotterdam 1.723 → 1.763; verzoeken 100 → 120, klinisch 14 → 21).
@Suite("annex verify: claims in text")
struct VerifyTests {
    /// The claims of `text` (each claim in its own paragraph, so no context leaks between them).
    func claims(_ text: String, spec: String = Paths.miniSpec) throws -> [VerifiedClaim] {
        try Verify.run(textPath: try temporaryFile("tekst.md", text), specPath: spec)
    }

    func only(_ text: String, spec: String = Paths.miniSpec) throws -> VerifiedClaim {
        let found = try claims(text, spec: spec)
        #expect(found.count == 1, "\(found.map { "\($0.kind) \($0.claimed) \($0.verdict)" })")
        return try #require(found.first)
    }

    @Test("Percentage changes with direction words", arguments: [
        ("In 2023 steeg het aantal meldingen 'begin detentie' met 14,2% ten opzichte van 2022.", 14.2, Verdict.consistent),
        ("Het aantal meldingen 'begin detentie' nam in 2023 toe met 14,2%.", 14.2, .consistent),
        ("In 2023 was er een toename van 14,2% van het aantal meldingen 'begin detentie'.", 14.2, .consistent),
        ("Het aantal meldingen 'begin detentie' lag in 2023 14,2% hoger dan in 2022.", 14.2, .consistent),
        ("Het aantal meldingen 'begin detentie' nam in 2023 toe met 14,1% ten opzichte van 2022.", 14.1, .inconsistent),
        ("Het aantal meldingen 'begin detentie' steeg met ruim 14%.", 14, .consistent),
        ("Het aantal meldingen 'begin detentie' steeg met bijna 15%.", 15, .consistent),
        ("Het aantal meldingen 'begin detentie' steeg met circa 13%.", 13, .inconsistent),
    ])
    func changes(sentence: String, claimed: Double, verdict: Verdict) throws {
        let claim = try only(sentence)
        #expect(claim.kind == .change && claim.claimed == claimed && claim.verdict == verdict, "\(claim.reason)")
        #expect(abs(try #require(claim.recomputed) - 46000.0 / 3240.0) < 1e-9)
    }

    @Test("Decrease words sign the claim (tabel 1: gevangeniswezen 31.456 → 21.735 is −30,9%)", arguments: [
        "De instroom in het gevangeniswezen daalde in 2020 met 30,9% ten opzichte van 2019.",
        "In 2020 was er een afname van 30,9% van de instroom in het gevangeniswezen ten opzichte van 2019.",
        "In 2020 was er een daling van de instroom in het gevangeniswezen van 30,9% ten opzichte van 2019.",
        "De instroom in het gevangeniswezen lag in 2020 30,9% lager dan in 2019.",
        "De instroom in het gevangeniswezen nam in 2020 af met 30,9% ten opzichte van 2019.",
        "De instroom in het gevangeniswezen is in 2020 met 30,9% afgenomen ten opzichte van 2019.",
    ])
    func decreases(sentence: String) throws {
        let claim = try only(sentence, spec: Paths.realSpec)
        #expect(claim.claimed == -30.9 && claim.verdict == .consistent, "\(claim.reason)")
    }

    @Test("Averages over years: of counts, and of shares (mean of yearly shares or pooled)", arguments: [
        ("Gemiddeld waren er 3.470 meldingen 'begin detentie' per jaar.", Verdict.consistent),           // (3.240 + 3.700) / 2
        ("Gemiddeld waren er 3.480 meldingen 'begin detentie' per jaar.", .inconsistent),
        ("Gemiddeld ging 15,8% van de verzoeken om een klinische plaatsing.", .consistent),            // (14,0 + 17,5) / 2 = 15,75
        ("Gemiddeld ging 15,9% van de verzoeken om een klinische plaatsing.", .consistent),            // pooled: 35 / 220
        ("Gemiddeld ging 16,5% van de verzoeken om een klinische plaatsing.", .inconsistent),
    ])
    func averages(sentence: String, verdict: Verdict) throws {
        let claim = try only(sentence)
        #expect(claim.kind == .average && claim.verdict == verdict, "\(claim.reason)")
    }

    @Test("An average of what the data does not hold stays unverifiable")
    func averageUnverifiable() throws {
        let claim = try only("Gemiddeld 98,7% van de meldingen 'begin detentie' betrof het gevangeniswezen.")
        #expect(claim.kind == .average && claim.verdict == .unverifiable)  // the sector split is not in the data
    }

    @Test("Wrong direction word is diagnosed")
    func direction() throws {
        let claim = try only("Het aantal meldingen 'begin detentie' daalde in 2023 met 14,2%.")
        #expect(claim.claimed == -14.2 && claim.verdict == .inconsistent)
        #expect(claim.reason.contains("diagnose: verkeerd richtingwoord"))
    }

    @Test("Change computed against the later year is diagnosed")
    func laterYear() throws {
        let claim = try only("In Amsterdam daalde het aantal meldingen 'begin detentie' in 2023 met 20,5%.")
        #expect(claim.verdict == .inconsistent)  // +25,7%; (1.500 − 1.886) / 1.886 = −20,5%
        #expect(claim.reason.contains("diagnose: berekend ten opzichte van het latere jaar"))
        #expect(claim.sources == ["meldingen/GM0363/begin/2022 = 1500", "meldingen/GM0363/begin/2023 = 1886"])
    }

    @Test("Claims resolved from the numbers in their own sentence, with the later-year diagnosis")
    func ownSentence() throws {
        let right = try only("Het aantal daalde van 200 in 2019 naar 150 in 2023 (25,0%).")
        #expect(right.verdict == .consistent && right.claimed == -25 && right.recomputed == -25)
        #expect(right.reason.contains("uit de getallen in de zin"))
        let wrong = try only("Het aantal daalde van 200 in 2019 naar 150 in 2023 (33,3%).")
        #expect(wrong.verdict == .inconsistent && wrong.reason.contains("latere jaar"))
    }

    @Test("Shares at the rounding boundary: 21 of 120 is exactly 17,5%, so 18% is right and 17% is not", arguments: [
        ("In 2023 ging 18% van de verzoeken om een klinische plaatsing (21 verzoeken).", Verdict.consistent),
        ("In 2023 ging 17,5% van de verzoeken om een klinische plaatsing (21 verzoeken).", .consistent),
        ("In 2023 ging 17% van de verzoeken om een klinische plaatsing (21 verzoeken).", .inconsistent),
    ])
    func shares(sentence: String, verdict: Verdict) throws {
        let claim = try only(sentence)
        #expect(claim.kind == .share && claim.verdict == verdict && claim.recomputed == 17.5, "\(claim.reason)")
    }

    @Test("Percentage points taken for percent are diagnosed")
    func percentagePoints() throws {
        // Ambulant share: 86,0% (86 of 100) → 83,3% (100 of 120): −2,7 points, a relative change of −3,1%.
        let claim = try only("Het aandeel ambulante verzoeken daalde in 2023 met 2,7%.")
        #expect(claim.verdict == .inconsistent && claim.reason.contains("procentpunten voor procenten"))
        #expect(try only("Het aandeel ambulante verzoeken daalde in 2023 met 3,1%.").verdict == .consistent)
    }

    @Test("A sum of rounded parts is diagnosed: a third plus a third is 66,7%, not 33,3% + 33,3%")
    func roundedParts() throws {
        let project = try temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: project + "/reports", withIntermediateDirectories: true)
        try manager.copyItem(atPath: Paths.fixtures + "/mini/data", toPath: project + "/data")
        try Data("""
        region_type,region,measure,period,value
        land,NL,plaatsingen,2023,300
        land,NL,ambulant,2023,100
        land,NL,klinisch,2023,100
        land,NL,verblijf,2023,100
        """.utf8).write(to: URL(fileURLWithPath: project + "/data/figures/delen.csv"))
        try Data("""
        measures:
          - {table: delen, measure: plaatsingen, words: [plaatsingen]}
          - {table: delen, measure: ambulant, words: [plaatsingen, ambulant]}
          - {table: delen, measure: klinisch, words: [plaatsingen, klinisch]}
          - {table: delen, measure: verblijf, words: [plaatsingen, verblijf]}
        """.utf8).write(to: URL(fileURLWithPath: project + "/data/delen.yaml"))
        try Data("""
        id: delen
        title: Delen
        source: Test
        published: "2024-01-01"
        reference: reference
        vocabulary: delen.yaml
        tables:
          - id: delen
            title: Delen
            data: figures/delen.csv
            layout: measures
            periods: [2023]
            measures:
              - {id: plaatsingen, label: Plaatsingen, parts_add_up: true}
              - {id: ambulant, label: Ambulant, part_of: plaatsingen}
              - {id: klinisch, label: Klinisch, part_of: plaatsingen}
              - {id: verblijf, label: Verblijf, part_of: plaatsingen}
        """.utf8).write(to: URL(fileURLWithPath: project + "/reports/delen.yaml"))
        let spec = project + "/reports/delen.yaml"
        let wrong = try only("In 2023 ging het bij ambulante en klinische plaatsingen samen om 66,6% van alle plaatsingen.", spec: spec)
        #expect(wrong.verdict == .inconsistent && wrong.reason.hasSuffix("diagnose: som van afgeronde delen (33,3 + 33,3)"), "\(wrong.reason)")
        let right = try only("In 2023 ging het bij ambulante en klinische plaatsingen samen om 66,7% van alle plaatsingen.", spec: spec)
        let recomputed = try #require(right.recomputed)
        #expect(right.verdict == .consistent && abs(recomputed - 200.0 / 3) < 1e-9)
    }

    @Test("Totals and a value that belongs to another region")
    func totals() throws {
        #expect(try only("In 2022 werden in totaal 3.240 meldingen 'begin detentie' gedaan.").verdict == .consistent)
        let wrong = try only("In 2022 werden in totaal 3.250 meldingen 'begin detentie' gedaan.")
        #expect(wrong.kind == .total && wrong.verdict == .inconsistent && wrong.recomputed == 3240)
        let swapped = try claims("In 2022 ontving Amsterdam de meeste meldingen 'begin detentie' (1.723), gevolgd door Rotterdam (1.500).")
        #expect(swapped.map(\.verdict) == [.inconsistent, .inconsistent])
        #expect(swapped[0].reason.contains("1.723 is het cijfer van Rotterdam"))
    }

    @Test("Rankings: the order of a list is checked")
    func rankings() throws {
        let right = try claims("Rotterdam (1.723) en Amsterdam (1.500) ontvingen in 2022 de meeste meldingen 'begin detentie'.")
        #expect(right.map(\.kind) == [.rank, .rank] && right.map(\.verdict) == [.consistent, .consistent])
        let wrong = try claims("Amsterdam (1.500) en Rotterdam (1.723) ontvingen in 2022 de meeste meldingen 'begin detentie'.")
        #expect(wrong.map(\.verdict) == [.inconsistent, .inconsistent])
        #expect(wrong[0].reason == "Amsterdam staat op plaats 2, niet 1; plaats 1 is Rotterdam (1.723)")
    }

    @Test("A name matched through a synonym ('Den Haag' for 's-Gravenhage) spans the words written, so list order is checked")
    func synonymExtent() throws {
        let found = try claims("Den Haag (1.136), Rotterdam (1.723) en Amsterdam (1.500) ontvingen in 2022 de meeste meldingen 'begin detentie'.",
                               spec: Paths.realSpec)
        #expect(found.map(\.verdict) == [.inconsistent, .inconsistent, .inconsistent])
        #expect(found[0].reason == "'s-Gravenhage staat op plaats 3, niet 1; plaats 1 is Rotterdam (1.723)")
    }

    @Test("Differences: year on year, and between two measures")
    func differences() throws {
        let found = try claims("In 2023 nam het aantal meldingen 'begin detentie' in Amsterdam toe met 386 meldingen (25,7%).")
        #expect(found.map(\.kind) == [.difference, .change] && found.map(\.verdict) == [.consistent, .consistent])
        // Ambulant 100 − klinisch 21 = 79 in 2023.
        let between = try only("In 2023 waren er 79 ambulante verzoeken meer dan klinische verzoeken.")
        #expect(between.kind == .difference && between.verdict == .consistent && between.recomputed == 79, "\(between.reason)")
        let off = try only("In 2023 waren er 80 ambulante verzoeken meer dan klinische verzoeken.")
        #expect(off.verdict == .inconsistent)
    }

    @Test("Hyphenated line breaks are joined before reading")
    func hyphenation() throws {
        let claim = try only("Het aantal meldingen 'begin detentie' nam in 2023 toe met 14,2% ten op-\nzichte van 2022.")
        #expect(claim.verdict == .consistent && claim.line == 1)
        let broken = try only("In 2023 was er een toe-\nname van 14,1% van het aantal meldingen 'begin detentie'.")
        #expect(broken.verdict == .inconsistent && broken.line == 2)
    }

    @Test("Numbers that are no claims are left alone", arguments: [
        "Zie figuur 3 en tabel 2 op p. 23-28.",
        "Op 15 augustus 2024 verscheen het rapport, zie artikel 12.",
        "Bel 070-1234567 voor meer informatie.",
        "De gemiddelde leeftijd was 36 jaar.",
        "In 2019 en 2023 waren er metingen.",
        "Paragraaf 2.1.2 beschrijft de cijfers<sup>6</sup>.",
        "Hoofdstuk 3 volgt na fase 2.",
    ])
    func leftAlone(sentence: String) throws {
        #expect(try claims(sentence).isEmpty)
    }

    @Test("A claim about what the data does not hold is unverifiable, not a false alarm")
    func unverifiable() throws {
        let claim = try only("Het aandeel mannen was 91,3%.")
        #expect(claim.verdict == .unverifiable && claim.recomputed == nil)
    }

    @Test("The seed's sentence on tabel 1 (wrong year pair diagnosed against the real report)")
    func yearPair() throws {
        let claim = try only("De instroom in het gevangeniswezen daalde in 2021 met 30,9%.", spec: Paths.realSpec)
        #expect(claim.verdict == .inconsistent)
        #expect(claim.reason.contains("diagnose: dat is de verandering 2019–2020, een ander jarenpaar"))
    }

    @Test("JSON has exactly the specified keys; exit status follows the verdicts")
    func json() throws {
        let found = try claims("In 2022 werden in totaal 3.250 meldingen 'begin detentie' gedaan.")
        let data = Data(VerificationOutput.render(found, as: .json).utf8)
        let objects = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(objects.count == 1)
        #expect(Set(objects[0].keys) == ["line", "quote", "kind", "claimed", "recomputed", "verdict", "reason", "sources"])
        #expect(objects[0]["claimed"] as? Double == 3250 && objects[0]["recomputed"] as? Double == 3240)
        #expect(objects[0]["verdict"] as? String == "inconsistent")
    }
}

@Suite("Vocabulary files")
struct VocabularyTests {
    @Test("A vocabulary loads; a typo or an entry without words is an error")
    func load() throws {
        let good = try Vocabulary.load(path: Paths.packageRoot + "/data/vocabulary/samenwerking-2024.yaml")
        #expect(good.regions?["Den Haag"] == "GM0518")
        #expect(good.measures.contains { $0.table == "instroom-sector" && $0.words == ["instroom", "tbs"] })
        let typo = try temporaryFile("v.yaml", "measures:\n  - {table: t, measure: m, words: [w], unles: [x]}\n")
        #expect(throws: LoadErrors.self) { try Vocabulary.load(path: typo) }
        let empty = try temporaryFile("v.yaml", "measures:\n  - {table: t, measure: m, words: []}\n")
        #expect(throws: LoadErrors.self) { try Vocabulary.load(path: empty) }
    }
}
