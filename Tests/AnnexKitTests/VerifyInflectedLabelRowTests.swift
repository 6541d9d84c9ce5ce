import Foundation
import Testing

@testable import AnnexKit

/// An adjective inflected with '-e' names a row labelled by its plain form when no other word of the sentence tells a
/// row: 'De oude wijn' names 'Oud', a short word that shares no stem of six letters with its form
/// (`ClaimParser.isInflectedAdjective(_:of:)`, `toldRow`).
@Suite("verify: a row labelled by an adjective, named by its form in '-e'")
struct VerifyInflectedLabelRowTests {
    /// Jong 400 → 440 (+10 %), Oud 250 → 200 (−20 %), Mousserend 150 → 180 (+20 %).
    private let table = """
        Wijn (flessen) | 2023 | 2024
        Jong | 400 | 440
        Oud | 250 | 200
        Mousserend | 150 | 180

        """

    @Test("The form in '-e' names the row of the plain adjective")
    func inflectedForm() throws {
        try expectClaim("20%", in: table + "De oude wijn daalde met 20%.", kind: .change, verdict: .consistent,
            value: -20)
        // Jong rose by 40 of 400: 10 %, not 12 %.
        try expectClaim("12%", in: table + "De jonge wijn steeg met 12%.", kind: .change, verdict: .inconsistent,
            value: 10)
    }

    @Test("Two forms that name two rows stay unread")
    func nearCase() throws {
        try expectUnverifiable("20%", in: table + "De oude en de jonge wijn stegen samen met 20%.")
    }
}
