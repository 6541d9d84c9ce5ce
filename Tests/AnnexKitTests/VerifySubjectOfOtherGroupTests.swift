import Foundation
import Testing

@testable import AnnexKit

/// A share whose sentence opens with a subject that names another group than the part the sentence before stated
/// ('…, waarvan 1.150 door scholieren. Volwassenen kochten dus ruim driekwart.'): it takes no part from there.
@Suite("verify: a share whose subject is another group than the part before")
struct VerifySubjectOfOtherGroupTests {
    @Test("A subject naming another group takes no part of the sentence before")
    func otherGroup() throws {
        // 1.150 / 4.800 = 24%: the adults bought the rest, 76%, 'ruim driekwart'; before, 24% was set against it.
        let text = "Het museum verkocht 4.800 kaartjes, waarvan 1.150 aan scholieren. Volwassenen kochten dus ruim "
            + "driekwart voor hun rekening."
        try expectUnverifiable("ruim driekwart", in: text)
    }

    @Test("A subject naming the part's group takes it")
    func sameGroup() throws {
        // 1.150 / 4.800 = 23,96%: 'bijna een kwart'.
        let text = "Het museum verkocht 4.800 kaartjes, waarvan 1.150 aan scholieren. Scholieren kochten dus bijna een "
            + "kwart."
        try expectVerdict(.consistent, of: "bijna een kwart", in: text)
    }
}
