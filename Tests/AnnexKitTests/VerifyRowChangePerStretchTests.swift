import Foundation
import Testing

@testable import AnnexKit

/// A sentence under a table of two times that ';' splits into stretches of one change each ('Het theater groeide met
/// 15 procent; de bioscoop daalde met 12 procent') names a row in each: each change takes the row its own stretch
/// tells apart (`ClaimParser.timedRowChange`), as a sentence of one change does.
@Suite("verify: changes of two rows in the two stretches of one sentence under a table")
struct VerifyRowChangePerStretchTests {
    /// Visitors per venue in two years.
    private let table = """
        Voorziening | 2022 | 2023
        Theater | 40.000 | 46.000
        Bioscoop | 12.500 | 11.000
        Museum | 8.000 | 8.400

        """

    @Test("each stretch's change of its own row")
    func twoRows() throws {
        // Theater: 46.000 / 40.000 = 1,15, +15 %; bioscoop: 11.000 / 12.500 = 0,88, −12 %.
        let both = table + "Het theater groeide met 15 procent; de bioscoop daalde met 12 procent."
        try expectVerdict(.consistent, of: "15 procent", in: both)
        try expectVerdict(.consistent, of: "12 procent", in: both)
        let slip = table + "Het theater groeide met 20 procent; de bioscoop daalde met 12 procent."
        try expectVerdict(.inconsistent, of: "20 procent", in: slip)
        try expectVerdict(.consistent, of: "12 procent", in: slip)
    }

    @Test("two changes in one stretch, or a direction the stretch does not give, stay unread")
    func near() throws {
        // One stretch for both: which row each number is of, the words do not tell.
        try expectUnverifiable(
            "15", in: table + "Het theater en de bioscoop veranderden met 15 en 12 procent.")
        // 'inleveren' is no verb of direction verify knows (it also means 'hand in'): 'groeide' is the other row's.
        try expectUnverifiable(
            "12 procent", in: table + "Het theater groeide met 15 procent; de bioscoop leverde 12 procent in.")
    }

    @Test("a count in the other stretch leaves the change its own row's")
    func countBeside() throws {
        // The rule as merged (verify186's form, kept by the lead): the other stretch's count, the cinema's 11.000 of
        // 2023, does not block the theatre's own change, 40.000 → 46.000 = +15,0%.
        try expectVerdict(
            .consistent, of: "15 procent",
            in: table + "Het theater groeide met 15 procent; de bioscoop trok 11.000 bezoekers.")
    }
}
