import Foundation
import Testing

@testable import AnnexKit

/// A factor between groups on the line under a row of labelled values, one sentence over both lines ('fiets 12,4 | bus
/// 18,2 | trein 36,0' over 'In de trein zaten reizigers twee keer zo lang als in de bus'): the values above are what
/// it compares, and the words before the factor on its own line name its subject, not the first label of the row.
@Suite("verify: the subject of a factor on its own line under a row of values")
struct VerifyFactorSubjectOnOwnLineTests {
    /// The row of travel times and a sentence comparing the train with the bus by `factor`.
    private func text(_ factor: String) -> String {
        "Gemiddelde reistijd per vervoermiddel (minuten):\nfiets 12,4 | bus 18,2 | auto 9,1 | trein 36,0\n"
            + "In de trein zaten reizigers \(factor) zo lang als in de bus.\n"
    }

    @Test("The subject on the factor's line binds its own value")
    func subjectOnOwnLine() throws {
        // 36,0 / 18,2 = 1,98: 'bijna twee keer'. Read from the row's first label it was 12,4 / 18,2 = 0,68.
        try expectVerdict(.consistent, of: "bijna twee keer zo lang", in: text("bijna twee keer"))
    }

    @Test("A factor far off is still wrong")
    func factorOff() throws {
        // 36,0 / 18,2 = 1,98, not three.
        try expectVerdict(.inconsistent, of: "drie keer zo lang", in: text("drie keer"))
    }
}
