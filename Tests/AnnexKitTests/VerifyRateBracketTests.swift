import Foundation
import Testing

@testable import AnnexKit

/// A rate per a round scale whose part and whole stand in brackets after it, marked as a group's size ('n =') or
/// divided by '/': forms from prose the verifier had not read (the 23rd to 25th corpora), here in words of their own.
@Suite("verify: a rate and its part and whole in brackets")
struct VerifyRateBracketTests {
    @Test("'(n = W, waarvan P …)' and '(n = W; P …)': the group's size is the whole")
    func sampleSize() throws {
        // 200 of 1.600 is 12,5 per 100.
        let among = " per 100 (n = 1.600, waarvan 200 leerlingen)."
        try expectVerdict(.consistent, of: "12,5", in: "Herhaald verzuim: 12,5" + among)
        try expectVerdict(.inconsistent, of: "14,5", in: "Herhaald verzuim: 14,5" + among)
        try expectVerdict(.consistent, of: "12,5", in: "Herhaald verzuim: 12,5 per 100 (n = 1.600; 200 leerlingen).")
        // Another value of the size is no part: unverifiable, not 90,6 per 100.
        try expectVerdict(.unverifiable, of: "12,5", in: "Herhaald verzuim: 12,5 per 100 (n = 1.600; 2022: 1.450).")
    }

    @Test("'(P … / W …)' after a rate whose noun is abbreviated: the count after '/' is the whole")
    func divided() throws {
        // 1.400 of 400.000 is 35 per 10.000.
        let text = "Fietsendiefstal: 35 per 10.000 inw. (1.400 diefstallen / 400.000 inwoners)."
        try expectVerdict(.consistent, of: "35", in: text)
        try expectVerdict(.inconsistent, of: "38", in: text.replacingOccurrences(of: "35 per", with: "38 per"))
    }
}
