import Foundation
import Testing

@testable import AnnexKit

/// What `annex verify` writes: each sentence quoted once with its claims under it, a summary per
/// verdict and kind, Markdown, CSV and JSON records with the same keys, in Dutch or English.
@Suite("verify: output")
struct VerifyOutputTests {
    static let text = """
        De instroom steeg van 100 in 2020 naar 110 in 2021, een stijging van 10%. De uitstroom daalde van 80 in 2020
        naar 88 in 2021, een daling van 10%.

        Het aandeel van 30 op 120 is 25%.
        """

    func claims() throws -> [VerifiedClaim] { try verified(Self.text) }

    @Test("Text: each sentence quoted once ('r. 1–2' over two lines), each claim under it, a summary per kind")
    func text() throws {
        let output = VerificationOutput.render(try claims(), as: .text, words: try Verifiers.dutch.get())
        #expect(
            output == """
                r. 1 «De instroom steeg van 100 in 2020 naar 110 in 2021, een stijging van 10%.»
                  klopt [verandering] 10%: uit de tekst: 100 (2020) → 110 (2021) = +10,0%
                r. 1–2 «De uitstroom daalde van 80 in 2020 naar 88 in 2021, een daling van 10%.»
                  klopt niet [verandering] 10%: uit de tekst: 80 (2020) → 88 (2021) = +10,0%; diagnose: verkeerd \
                richtingwoord: het is een toename
                r. 4 «Het aandeel van 30 op 120 is 25%.»
                  klopt [aandeel] 25%: uit de tekst: 30 van 120 = 25,0%
                3 beweringen: klopt 2, klopt niet 1, niet te controleren 0
                  verandering: 2 (klopt 1, klopt niet 1, niet te controleren 0)
                  aandeel: 1 (klopt 1, klopt niet 0, niet te controleren 0)

                """)
    }

    @Test("English: verdicts, kinds, reasons and numbers in English")
    func english() throws {
        let output = VerificationOutput.render(try claims(), as: .text, words: try Verifiers.english.get())
        #expect(
            output.contains(
                """
                line 1–2 «De uitstroom daalde van 80 in 2020 naar 88 in 2021, een daling van 10%.»
                  inconsistent [change] 10%: from the text: 80 (2020) → 88 (2021) = +10.0%; diagnosis: wrong direction \
                word: it is an increase
                """))
        #expect(
            output.hasSuffix(
                """
                3 claims: consistent 2, inconsistent 1, unverifiable 0
                  change: 2 (consistent 1, inconsistent 1, unverifiable 0)
                  share: 1 (consistent 1, inconsistent 0, unverifiable 0)

                """))
    }

    @Test("Markdown: a table row per claim with the recomputation as shown, then the summary")
    func markdown() throws {
        let output = VerificationOutput.render(try claims(), as: .markdown, words: try Verifiers.dutch.get())
        let lines = output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "| regel | soort | genoemd | nagerekend | oordeel | reden |")
        #expect(
            lines[3] == "| 2 | verandering | 10% | +10,0% | klopt niet | uit de tekst: 80 (2020) → 88 (2021) = +10,0%; "
                + "diagnose: verkeerd richtingwoord: het is een toename |")
        #expect(lines[5] == "" && lines[6] == "3 beweringen: klopt 2, klopt niet 1, niet te controleren 0")
    }

    @Test("JSON: one object per claim with the keys of CSV, numbers as numbers, kinds and verdicts as identifiers")
    func json() throws {
        let output = VerificationOutput.render(try claims(), as: .json, words: try Verifiers.english.get())
        let records = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(records.count == 3)
        #expect(records.allSatisfy { Set($0.keys) == Set(VerificationOutput.keys) })
        let wrong = records[1]
        #expect(
            wrong["line"] as? Int == 2 && wrong["kind"] as? String == "change" && wrong["written"] as? String == "10%")
        #expect(wrong["claimed"] as? Double == -10 && wrong["recomputed"] as? Double == 10)
        #expect(wrong["verdict"] as? String == "inconsistent")
        #expect(wrong["sources"] as? [String] == ["text:1: 2020 = 80", "text:2: 2021 = 88"])
        #expect(VerificationOutput.render([], as: .json, words: try Verifiers.english.get()) == "[]\n")
    }

    @Test("Nothing found: the text says so")
    func none() throws {
        #expect(
            VerificationOutput.render([], as: .text, words: try Verifiers.dutch.get()) == "geen beweringen gevonden\n")
        #expect(VerificationOutput.render([], as: .text, words: try Verifiers.english.get()) == "no claims found\n")
    }
}
