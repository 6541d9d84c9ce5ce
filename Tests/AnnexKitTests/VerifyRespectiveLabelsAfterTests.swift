import Foundation
import Testing

@testable import AnnexKit

/// Counts listed before 'respectievelijk' and labels after it ('er 420, 280 en 150 over respectievelijk vertraging,
/// schade en overige zaken') pair off in order: a share in the next sentence that names a label takes that label's
/// count, not the count the label happens to stand after (`respectiveLabelWords`).
@Suite("verify: labels after 'respectievelijk'")
struct VerifyRespectiveLabelsAfterTests {
    static let list = "Van de 850 klachten gingen er 420, 280 en 150 over respectievelijk vertraging, schade en "
        + "overige zaken. "

    @Test("The first label takes the first count")
    func firstLabel() throws {
        // 420 / 850 = 49,4%.
        try expectVerdict(
            .consistent, of: "49 procent", in: Self.list + "Vertraging was goed voor 49 procent van de klachten.")
    }

    @Test("A wrong share of the second label is caught")
    func secondLabelWrong() throws {
        // 280 / 850 = 32,9%, not 40%.
        try expectVerdict(
            .inconsistent, of: "40 procent", in: Self.list + "Schade was goed voor 40 procent van de klachten.")
    }

    @Test("A label the list does not give names no count")
    func otherLabel() throws {
        try expectUnverifiable("49 procent", in: Self.list + "Bezorging was goed voor 49 procent van de klachten.")
    }
}
