import Foundation
import Testing

@testable import AnnexKit

/// A mean in a sentence of its own that refers back to the list of the sentence before: by a word of reference ('dat',
/// 'dus') or by the size of its set, with the noun of the listed values ('Gemiddeld was dat 9 dagen.' after '… 6, 9 en
/// 12 dagen.'); percentages need no noun. In words and numbers of their own, both ways, and near cases that stay
/// `unverifiable`.
@Suite("verify: a mean in its own sentence that refers back to the list before it")
struct VerifyMeanReferringBackTests {
    @Test(
        "The mean is checked against the list of the sentence before",
        arguments: [
            // 6 + 9 + 12 = 27, over 3: 9.
            ("De levertijd bij de drie drukkerijen was 6, 9 en 12 dagen. Gemiddeld was dat 9 dagen.", "9",
             Verdict.consistent),
            ("De levertijd bij de drie drukkerijen was 6, 9 en 12 dagen. Gemiddeld was dat 11 dagen.", "11",
             .inconsistent),
            // 34 + 41 + 29 + 36 = 140, over 4: 35.
            ("De reistijd naar de vier vestigingen bedroeg 34, 41, 29 en 36 minuten. Voor de vier vestigingen komt "
                + "dat neer op gemiddeld 35 minuten.", "35", .consistent),
            ("De reistijd naar de vier vestigingen bedroeg 34, 41, 29 en 36 minuten. Voor de vier vestigingen komt "
                + "dat neer op gemiddeld 38 minuten.", "38", .inconsistent),
            // 12,5 + 14,0 + 17,5 = 44, over 3: 14,7 (14,666…).
            ("Het ziekteverzuim lag in de drie jaren op 12,5, 14,0 en 17,5 procent. Gemiddeld was dat dus 14,7 "
                + "procent.", "14,7 procent", .consistent),
            ("Het ziekteverzuim lag in de drie jaren op 12,5, 14,0 en 17,5 procent. Gemiddeld was dat dus 15,7 "
                + "procent.", "15,7 procent", .inconsistent),
        ])
    func referringMean(text: String, written: String, expected: Verdict) throws {
        try expectVerdict(expected, of: written, in: text)
    }

    @Test(
        "A mean of another noun, a count besides the list, or a set of another size stays unverifiable",
        arguments: [
            // Weeks against a list of days.
            ("De levertijd bij de drie drukkerijen was 6, 9 en 12 dagen. Gemiddeld was dat 11 weken.", "11"),
            // 80 orders besides the list: the mean might be weighed by them.
            ("Voor 80 bestellingen was de levertijd 6, 9 en 12 dagen. Gemiddeld was dat 11 dagen.", "11"),
            // Five branches, three values.
            ("De reistijd naar de vestigingen bedroeg 34, 41 en 29 minuten. Voor de vijf vestigingen komt dat neer "
                + "op gemiddeld 38 minuten.", "38"),
            // A value with a minus sign: (−1,2 + 0,5 + 2,2) / 3 = 0,5, which magnitudes alone would make 1,3.
            ("De lonen in de drie sectoren veranderden met -1,2, 0,5 en 2,2 procent. Gemiddeld was dat 0,5 procent.",
                "0,5 procent"),
        ])
    func nearCase(text: String, written: String) throws {
        let found = try verified(text).filter { $0.written == written }
        #expect(found.allSatisfy { $0.verdict == .unverifiable }, "\(found.map { "\($0.kind) \($0.verdict)" })")
    }
}
