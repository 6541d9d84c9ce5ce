import Foundation
import Testing

@testable import AnnexKit

/// Two rates set against each other share the scale written after the second ('8,4 tegen 2,1 per 10.000 inwoners'):
/// a factor or a change between them compares two rates of one scale (`scalePartner(of:in:)`).
@Suite("verify: two rates set against each other share one scale")
struct VerifySharedRateScaleTests {
    @Test("'… als in Zeeland: 8,4 tegen 2,1 per 10.000 inwoners': 8,4 over 2,1 is ×4")
    func factorOfRates() throws {
        let text = "In Drenthe werden fietsers vier keer zo vaak aangereden als in Zeeland: 8,4 tegen 2,1 per 10.000 "
            + "inwoners."
        try expectVerdict(.consistent, of: "vier keer zo vaak", in: text)
        let wrong = "In Drenthe werden fietsers zes keer zo vaak aangereden als in Zeeland: 8,4 tegen 2,1 per 10.000 "
            + "inwoners."
        // 8,4 is four times 2,1, not six.
        try expectVerdict(.inconsistent, of: "zes keer zo vaak", in: wrong)
    }

    @Test("'tegenover' and a scale in words: 'ruim drie keer zo vaak … 6,5 tegenover 2,1 per duizend'")
    func scaleInWords() throws {
        let text = "Ouderen vielen ruim drie keer zo vaak als twintigers: 6,5 tegenover 2,1 per duizend inwoners."
        try expectVerdict(.consistent, of: "ruim drie keer zo vaak", in: text)
    }

    @Test("the first rate with a noun of its own shares no scale: unverifiable")
    func ownNoun() throws {
        let text = "In Drenthe werden fietsers vier keer zo vaak aangereden als in Zeeland: 8,4 ongevallen tegen 2,1 "
            + "per 10.000 inwoners."
        try expectVerdict(.unverifiable, of: "vier keer zo vaak", in: text)
    }
}
