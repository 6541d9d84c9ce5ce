import Foundation
import Testing

@testable import AnnexKit

/// A factor of more between two groups whose values the sentence before sets against each other by 'tegen' or
/// 'tegenover', with no year or mark of time to either ('In Deventer 630, tegen 3.150 in Zwolle'): the two are groups,
/// not an earlier and a later value, so the factor is the larger over the smaller (`SoleChange.setAgainst`).
@Suite("verify: a factor between two groups set against each other by 'tegen'")
struct VerifySetAgainstGroupsFactorTests {
    @Test("the larger value after 'tegen', a factor with no subject of its own")
    func largerAfterAgainst() throws {
        let values = "In Deventer werden 630 broden verkocht, tegen 3.150 broden bij de markt van Zwolle. Daarmee ging "
        try expectVerdict(.consistent, of: "vijf keer zoveel", in: values + "vijf keer zoveel over de toonbank.")
        try expectVerdict(.inconsistent, of: "acht keer zoveel", in: values + "acht keer zoveel over de toonbank.")
    }

    @Test("a word of degree of crowding says more")
    func crowdedAfterAgainst() throws {
        let values = "In de ochtend stonden 410 auto's in de file, tegenover 1.640 in de avondspits. Het was 's avonds "
        try expectVerdict(.consistent, of: "vier keer zo druk", in: values + "dus vier keer zo druk.")
        try expectVerdict(.inconsistent, of: "zeven keer zo druk", in: values + "dus zeven keer zo druk.")
    }

    @Test("a factor of a change after such a pair compares no two groups' levels")
    func changeAfterAgainst() throws {
        let text = "In de ochtend stonden 410 auto's in de file, tegenover 1.640 in de avondspits. De toename was dus "
            + "vier keer zo groot."
        try expectVerdict(.unverifiable, of: "vier keer zo groot", in: text)
    }
}
