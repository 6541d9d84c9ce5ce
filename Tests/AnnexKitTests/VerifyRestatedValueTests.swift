import Foundation
import Testing

@testable import AnnexKit

/// A change whose two values stand in the two sentences before it: the second restates the quantity of the first
/// for another time ('In 2022 waren dat er 2.500', 'In 2025 was dat 63 procent'), the times order them, and the
/// change refers back to them. Bound that firmly, a wrong change is caught; with a weaker tie it is only confirmed.
@Suite("verify: a quantity restated for another time in the sentence before a change")
struct VerifyRestatedValueTests {
    /// 2.500 in 2022 → 2.750 in 2025 is +10%.
    static let counts = "In 2025 meldden zich 2.750 jongeren bij het jongerenloket. In 2022 waren dat er 2.500. "

    @Test("A count restated for an earlier year starts the change that refers back to it")
    func countForEarlierYear() throws {
        try expectVerdict(.consistent, of: "10 procent", in: Self.counts + "Het aantal steeg met 10 procent.")
        try expectVerdict(.inconsistent, of: "10 procent", in: Self.counts + "Het aantal daalde met 10 procent.")
        try expectVerdict(.inconsistent, of: "12 procent", in: Self.counts + "Dat is 12 procent meer.")
        // A verb whose particle closes the clause ('nam … toe') has the bare quantity as its subject too.
        try expectVerdict(.consistent, of: "10 procent", in: Self.counts + "Het aantal nam met 10 procent toe.")
        try expectVerdict(.inconsistent, of: "12 procent", in: Self.counts + "Het aantal nam toe met 12 procent.")
        // A change that names a quantity of its own and no word of reference: the values confirm it, never contradict.
        try expectVerdict(
            .unverifiable, of: "12 procent",
            in: Self.counts + "Het aantal aanmeldingen bij wijkteams steeg met 12 procent.")
    }

    @Test("A sentence that does not restate the quantity, or names no other time, gives no start value")
    func noRestatement() throws {
        let first = "In 2025 meldden zich 2.750 jongeren bij het jongerenloket. "
        // No pronoun for the quantity: another count.
        try expectVerdict(
            .unverifiable, of: "12 procent", in: first + "In 2022 kwamen 2.500 ouders langs. Dat is 12 procent meer.")
        // The same year: no order.
        try expectVerdict(
            .unverifiable, of: "12 procent", in: first + "In 2025 waren dat er 2.500. Dat is 12 procent meer.")
        // A place, not a time: no order of time.
        try expectVerdict(
            .unverifiable, of: "12 procent", in: first + "In Almere waren dat er 2.500. Dat is 12 procent meer.")
        // 'vorig jaar' is dated from now, the first value by its year: not ordered against each other.
        try expectVerdict(
            .unverifiable, of: "6 procentpunt",
            in: "In 2022 voelde 58 procent van de bewoners zich veilig. Vorig jaar was dat 63 procent. "
                + "Dat is een toename van 6 procentpunt.")
    }

    @Test("A percentage restated for a later year or for now ends the change in points or percent")
    func percentageForLaterTime() throws {
        // 58 → 63 procent: +5 points, +8,6 percent.
        let share = "In 2022 voelde 58 procent van de bewoners zich veilig in de wijk. "
        try expectVerdict(
            .consistent, of: "5 procentpunt",
            in: share + "In 2025 was dat 63 procent. Dat is een toename van 5 procentpunt.")
        try expectVerdict(
            .inconsistent, of: "5 procentpunt",
            in: share + "In 2025 was dat 63 procent. Dat is een afname van 5 procentpunt.")
        try expectVerdict(
            .inconsistent, of: "6 procentpunt",
            in: share + "Nu is dat 63 procent. Dat is een toename van 6 procentpunt.")
        try expectVerdict(
            .consistent, of: "9 procent",
            in: share + "In 2025 was dat 63 procent. Het aandeel steeg daarmee met 9 procent.")
        try expectVerdict(
            .inconsistent, of: "5 procent",
            in: share + "In 2025 was dat 63 procent. Het aandeel steeg daarmee met 5 procent.")
        // A mark of an earlier time puts the restated value first: 63 → 58 is −5 points.
        try expectVerdict(
            .consistent, of: "5 procentpunt",
            in: "In 2025 voelde 58 procent van de bewoners zich veilig. Een jaar eerder was dat 63 procent. "
                + "Dat is een daling van 5 procentpunt.")
    }

    @Test("A factor or a relative word of two values in the two sentences before it")
    func factorOverTwoSentences() throws {
        let waiting = "In 2019 wachtten 60 gezinnen op een sociale huurwoning. Eind 2024 waren dat er "
        try expectVerdict(.consistent, of: "verdubbeld", in: waiting + "120. De wachtlijst is daarmee verdubbeld.")
        try expectVerdict(.inconsistent, of: "verdubbeld", in: waiting + "150. De wachtlijst is daarmee verdubbeld.")
        try expectVerdict(.consistent, of: "anderhalf keer zoveel", in: waiting + "90. Dat is anderhalf keer zoveel.")
        try expectVerdict(
            .inconsistent, of: "bijna drie keer zoveel", in: waiting + "150. Dat is bijna drie keer zoveel.")
    }
}
