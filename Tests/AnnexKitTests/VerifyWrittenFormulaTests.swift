import Foundation
import Testing

@testable import AnnexKit

/// A formula written out with signs and '=' or '≈' ('(a + b) / n = s / n ≈ m'): each side after the first claims the
/// value of the side before it, computed exactly; its numbers are no claims or operands of the prose readings.
@Suite("verify: formulas written out")
struct VerifyWrittenFormulaTests {
    @Test(
        "Each side after the first claims the value of the side before it",
        arguments: [
            // 1.250 + 830 + 420 = 2.500.
            ("Berekening: 1.250 + 830 + 420 = 2.500.", "2.500", 2_500.0, ClaimKind.sum, Verdict.consistent),
            ("Berekening: 1.250 + 830 + 420 = 2.600.", "2.600", 2_500.0, .sum, .inconsistent),
            // 7 + 8 + 6 + 9 + 5 = 35; 35 / 5 = 7.
            ("Het gemiddelde: (7 + 8 + 6 + 9 + 5) / 5 = 35 / 5 = 7.", "35 / 5", 7.0, .average, .consistent),
            ("Het gemiddelde: (7 + 8 + 6 + 9 + 5) / 5 = 35 / 5 = 7.", "7", 7.0, .average, .consistent),
            // 36 / 5 is 7,2, not 7: the side is wrong; the next is right for it.
            ("Het gemiddelde: (7 + 8 + 6 + 9 + 5) / 5 = 36 / 5 = 7,2.", "36 / 5", 7.0, .average, .inconsistent),
            ("Het gemiddelde: (7 + 8 + 6 + 9 + 5) / 5 = 36 / 5 = 7,2.", "7,2", 7.2, .average, .consistent),
            // 40 × 7,2 = 288, 60 × 6,4 = 384, 672 / 100 = 6,72.
            ("Gewogen: (40 × 7,2 + 60 × 6,4) / 100 = (288 + 384) / 100 = 6,72.", "(288 + 384) / 100", 6.72,
                .average, .consistent),
            ("Gewogen: (40 × 7,2 + 60 × 6,4) / 100 = (288 + 394) / 100 = 6,82.", "(288 + 394) / 100", 6.72,
                .average, .inconsistent),
            // 18 / 240 = 0,075, in percent 7,5%.
            ("Het aandeel is 18 / 240 × 100% = 7,5%.", "7,5%", 7.5, .share, .consistent),
            ("Het aandeel is 18 / 240 × 100 = 7,5%.", "7,5%", 7.5, .share, .consistent),
            ("Het aandeel is 18 / 240 × 100 = 8,5%.", "8,5%", 7.5, .share, .inconsistent),
            // 12 x 45 = 540.
            ("Uren: 12 x 45 = 540.", "540", 540.0, .count, .consistent),
            // 1.000 / 7 = 142,857…: '≈ 142,9' rounds it right, '≈ 143,9' not.
            ("Per dag: 1.000 : 7 ≈ 142,9.", "142,9", 142.857, .ratio, .consistent),
            ("Per dag: 1.000 : 7 ≈ 143,9.", "143,9", 142.857, .ratio, .inconsistent),
            // 3 · 42 = 126, 2 · 57 = 114, 126 − 114 = 12.
            ("Het verschil: 3 · 42 − 2 · 57 = 126 − 114 = 12.", "12", 12.0, .difference, .consistent),
            ("Het verschil: 3 · 42 − 2 · 57 = 126 − 114 = 14.", "14", 12.0, .difference, .inconsistent),
            // 58,2% − 51,7% = 6,5 percentage points.
            ("Toename: 58,2% − 51,7% = 6,5 procentpunt.", "6,5 procentpunt", 6.5, .difference, .consistent),
        ])
    func sides(text: String, written: String, value: Double, kind: ClaimKind, verdict: Verdict) throws {
        let side = try claim(written, in: text)
        #expect(side.kind == kind)
        #expect(side.verdict == verdict, "\(reason(side))")
        #expect(abs((side.recomputedValue ?? 0) - value) < 0.001, "\(reason(side))")
    }

    @Test("A formula's numbers are no claims of the prose readings: only its sides after the first are claimed")
    func onlySides() throws {
        let found = try verified("Het gemiddelde: (7 + 8 + 6 + 9 + 5) / 5 = 35 / 5 = 7.")
        #expect(found.map(\.written) == ["35 / 5", "7"])
        let percent = try verified("Relatief: (4,2 / 56,0) × 100% ≈ 7,5%.")
        #expect(percent.map(\.written) == ["7,5%"], "no change of 100%: \(percent.map(\.written))")
        #expect(percent.first?.verdict == .consistent)
    }

    @Test(
        "'=' with no arithmetic, or a formula of one side, is no formula: its numbers stay the prose's",
        arguments: [
            "In de steekproef (n = 594) zei 38 procent ja.", "Schaal: 1 = nooit, 5 = altijd.",
            "De verhouding was 3 : 2 in beide groepen.", "Groep 2 = 45%, groep 3 = 55%.",
            // A colon glued to a number ends a label: no division.
            "Som 7: 12 = 12.",
        ])
    func noFormula(text: String) {
        let tokens = Tokenizer.tokens(Array(text.unicodeScalars))
        #expect(!tokens.contains { $0.kind == .term }, "\(tokens.filter { $0.kind == .term }.map(\.text))")
        #expect(WrittenFormula.formulas(in: tokens).isEmpty)
    }

    @Test("A colon glued to the number before it ends a label; the formula after it is read on its own")
    func labelBeforeFormula() throws {
        // 4 + 5 = 9, not 3 : 4 + 5.
        let sum = try claim("9", in: "Vraag 3: 4 + 5 = 9.")
        #expect(sum.verdict == .consistent, "\(reason(sum))")
        try expectVerdict(.inconsistent, of: "10", in: "Vraag 3: 4 + 5 = 10.")
    }

    @Test("The reason shows the side before as written and its value")
    func reasonShowsSide() throws {
        let side = try claim("7,2", in: "Het gemiddelde: (7 + 8 + 6 + 9 + 5) / 5 = 36 / 5 = 7,2.")
        #expect(reason(side).contains("36 / 5 = 7,2"), "\(reason(side))")
    }
}
