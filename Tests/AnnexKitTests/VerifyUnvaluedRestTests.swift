import Testing

@testable import AnnexKit

/// Parts listed before a rest their text names without a value ('…; de rest kwam via het loket') are not all of
/// their total (`ClaimParser.namesUnvaluedRest(in:)`): their sum may confirm the total, never contradict it. Parts
/// without such a rest, or with a rest that has its value ('de overige 200'), are all of it.
@Suite("verify: a rest named without a value leaves the parts short of their total")
struct VerifyUnvaluedRestTests {
    private let total = "In 2024 verwerkte het archief in totaal 5.400 verzoeken."

    @Test("Parts in the next sentence")
    func partsNext() throws {
        try expectVerdict(
            .consistent, of: "5.400", in: total + " Daarvan kwamen er 3.100 per post binnen en 2.300 per mail.")
        // 3.100 + 2.100 = 5.200: all parts are given, so the total is contradicted.
        try expectVerdict(
            .inconsistent, of: "5.400", in: total + " Daarvan kwamen er 3.100 per post binnen en 2.100 per mail.")
        try expectVerdict(
            .unverifiable, of: "5.400",
            in: total + " Daarvan kwamen er 3.100 per post binnen en 2.100 per mail; de rest kwam via het loket.")
    }

    @Test("Parts after a colon in the same sentence")
    func partsAfterColon() throws {
        let opening = "De rechtbank behandelde vorig jaar 960 zaken: 610 civiele en 290 strafzaken"
        try expectVerdict(.inconsistent, of: "960", in: opening + ".")
        try expectVerdict(.unverifiable, of: "960", in: opening + "; het overige betrof bestuursrecht.")
    }

    @Test("A rest with its value closes the parts")
    func valuedRest() throws {
        // 3.100 + 2.100 + 200 = 5.400.
        try expectVerdict(
            .consistent, of: "200",
            in: total + " Daarvan kwamen er 3.100 per post binnen en 2.100 per mail; de overige 200 via het loket.")
    }
}
