import Foundation
import Testing

@testable import AnnexKit

/// `annex verify` on text nobody wrote: random words, numbers and marks, and the 2024 report's
/// paragraphs damaged at random, on their own and against the report's data. Nothing may crash,
/// every claim points into the text, and every output format renders what was found. The
/// iterations are fixed and the generator seeded (`TestRandom`), so the time is bounded and a
/// failure repeats.
@Suite("verify: random and damaged text")
struct VerifyFuzzTests {
    /// What random text is made of: numbers in every notation verify reads, the words its grammar
    /// turns on, marks, and noise (combining marks, other digits, an emoji, zero-width space).
    static let pieces = [
        "van", "naar", "tot", "in", "2019", "2022", "2023", "met", "steeg", "daalde", "toename", "afname", "procent",
        "procentpunt", "%", "%-punt", "ruim", "bijna", "circa", "zo'n", "de helft", "een derde", "verdubbeld",
        "gehalveerd", "drie op de tien", "1 op de 0", "waarvan", "respectievelijk", "dit aantal", "ten opzichte van",
        "t.o.v.", "gemiddeld", "per 1.000", "keer zo", "meldingen", "instroom", "uitstroom", "begin detentie",
        "Amsterdam", "Den Haag", "gevolgd door", "de meeste", "in totaal", "opgeteld", "Daarvan", "(", ")", ",",
        ".", ":", ";", "-", "–", "'", "\"", "\n", "\n\n", "\r\n", "\r", "\t", "|", "#", "<sup>2</sup>", "toe-\nname",
        "1.203", "21.735", "30,9%", "0%", "-100%", "0,5", "2,4 miljoen", "12 duizend", "1,2 mln", "100", "0", "-5",
        "+3,2", "1e9", "99999999999999999999999999", "0,00000000000000000001", "1.2.3", "3,", ",5", "½", "٣", "🙂",
        "e\u{0301}", "\u{200B}", "İ", "  ",
    ]

    static func randomText(_ random: inout some RandomNumberGenerator) -> String {
        let count = Int.random(in: 1...120, using: &random)
        return (0..<count).map { _ in
            pieces.randomElement(using: &random)! + (Bool.random(using: &random) ? " " : "")
        }.joined()
    }

    /// A stretch of the seed with some characters deleted, repeated, replaced by a piece or a digit.
    static func damaged(_ lines: [String], _ random: inout some RandomNumberGenerator) -> String {
        let start = Int.random(in: 0..<lines.count, using: &random)
        var text = Array(lines[start..<min(lines.count, start + 6)].joined(separator: "\n"))
        for _ in 0..<Int.random(in: 1...8, using: &random) where !text.isEmpty {
            let at = Int.random(in: 0..<text.count, using: &random)
            switch Int.random(in: 0..<4, using: &random) {
            case 0: text.removeSubrange(at..<min(text.count, at + Int.random(in: 1...20, using: &random)))
            case 1: text.insert(contentsOf: text[at..<min(text.count, at + 30)], at: at)
            case 2: text.insert(contentsOf: pieces.randomElement(using: &random)!, at: at)
            default: text[at] = Character(String(Int.random(in: 0...9, using: &random)))
            }
        }
        return String(text)
    }

    /// What must hold for any claims of `text`.
    static func expectSound(_ claims: [VerifiedClaim], of text: String) throws {
        let lines = TextDocument(text: text).sentences.map(\.lines)
        let last = lines.map(\.upperBound).max() ?? 0
        for claim in claims {
            #expect(
                claim.sentenceLines.contains(claim.line) && claim.line <= last,
                "seed \(TestRandom.seed): \(claim.line) in \(text.debugDescription)")
            #expect(!claim.quote.isEmpty && claim.quote.unicodeScalars.count <= 2 * TextDocument.maximumSentenceLength)
            // A verdict rests on a recomputation, or (a fall of more than 100%) on a diagnosis alone.
            if claim.verdict != .unverifiable {
                let recomputed = claim.recomputed != nil && claim.finding.computation != nil
                #expect(
                    recomputed || claim.verdict == .inconsistent && claim.finding.diagnosis != nil,
                    "seed \(TestRandom.seed): \(claim.written) \(claim.verdict) \(reason(claim)) in \(claim.quote)")
            }
        }
        for language in [try Verifiers.dutch.get(), try Verifiers.english.get()] {
            for format in VerificationOutput.Format.allCases {
                let output = VerificationOutput.render(claims, as: format, words: language)
                if format == .json {
                    #expect((try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil, "\(output)")
                }
            }
        }
    }

    @Test("Random words, numbers and marks: no crash, claims on their lines, every format renders")
    func random() throws {
        var random = TestRandom.generator()
        for _ in 0..<300 {
            let text = Self.randomText(&random)
            try Self.expectSound(try verified(text), of: text)
            try Self.expectSound(try verified(text, with: Verifiers.mini), of: text)
        }
    }

    @Test("The report's paragraphs damaged at random, against the report's data")
    func damagedSeed() throws {
        let lines = try readText(Paths.fixtures + "/verify/samenwerking-2024.txt").components(separatedBy: "\n")
            .filter { $0.contains(where: \.isNumber) }
        var random = TestRandom.generator()
        for _ in 0..<150 {
            let text = Self.damaged(lines, &random)
            try Self.expectSound(try verified(text), of: text)
            try Self.expectSound(try verified(text, with: Verifiers.real), of: text)
        }
    }

    @Test("Very long sentences and lines, and runs without any space, are read in bounded pieces")
    func long() throws {
        let words = String(repeating: "De instroom steeg van 100 naar 110 en ", count: 250) + "einde."
        let letters = String(repeating: "a", count: 3 * TextDocument.maximumSentenceLength)
        let numbers = String(repeating: "1,5%", count: 3 * TextDocument.maximumSentenceNumbers)
        for text in [words, letters, numbers, words + "\n" + letters + " " + numbers] {
            try Self.expectSound(try verified(text, with: Verifiers.real), of: text)
            #expect(
                TextDocument(text: text).sentences.allSatisfy { sentence in
                    sentence.text.unicodeScalars.count <= 2 * TextDocument.maximumSentenceLength
                        && sentence.text.split(whereSeparator: { !$0.isNumber && $0 != "," && $0 != "." })
                            .filter { $0.contains(where: \.isNumber) }.count <= 2 * TextDocument.maximumSentenceNumbers
                })
        }
    }
}
