import Foundation
import Testing

@testable import AnnexKit

/// 'ruim het dubbele van de € 18 in 2019': a multiple above 1 of a value right after 'van de' is of that value, from
/// it to the sentence's one other value of its kind (`ClaimParser.baseAfterVan`); after a fraction that value stays a
/// share's whole, and a value of another noun is no base.
@Suite("verify: a multiple of the value right after 'van de'")
struct VerifyMultipleOfValueAfterVanTests {
    @Test("'het dubbele' and 'het drievoudige' of a price of an earlier year")
    func multipleOfPrice() throws {
        // 37,50 / 18 = 2,08: a little over double.
        let right = "Een kaartje voor het concert kostte dit jaar € 37,50, ruim het dubbele van de € 18 in 2019."
        try expectClaim("ruim het dubbele", in: right, kind: .change, verdict: .consistent)
        // 2,08 is far from three times.
        let wrong = "Een kaartje voor het concert kostte dit jaar € 37,50, bijna het drievoudige van de € 18 in 2019."
        try expectClaim("bijna het drievoudige", in: wrong, kind: .change, verdict: .inconsistent)
    }

    @Test("A value of another noun after 'van de' is no base")
    func otherNoun() throws {
        try expectUnverifiable(
            "ruim het dubbele", in: "Het dorp telde 1.240 inwoners, ruim het dubbele van de 600 huishoudens.")
    }
}
