import Foundation
import Testing

@testable import AnnexKit

/// A change of one row of a table written as text across its two columns of time, named in prose under the table by
/// the row's label ('Het aantal kajakken daalde met 12,5 procent.' under 'Boottype | 2022 | 2023', 'Kajakken | 48 |
/// 42'): from the earlier column's value to the later's (`timedRowChange(at:unit:)`).
@Suite("verify: a change of a table row named by its label, across two columns of years")
struct VerifyTimedTableRowTests {
    /// A club's boats in two years, between bars.
    static let fleet = """
        Vloot van de roeivereniging
        Boottype | 2022 | 2023
        Skiffs | 40 | 46
        Kajakken | 48 | 42
        Sloepen | 12 | 13

        """

    @Test("a change in percent of the row the sentence names: 'Het aantal kajakken daalde met 12,5 procent'")
    func percentOfRow() throws {
        let fall = Self.fleet + "Het aantal kajakken daalde met 12,5 procent."
        try expectVerdict(.consistent, of: "12,5 procent", in: fall)
        try expectVerdict(.consistent, of: "15 procent", in: Self.fleet + "De skiffs namen met 15 procent toe.")
        // 48 → 42 is −12,5%, not −15%.
        let wrong = Self.fleet + "Het aantal kajakken daalde met 15 procent."
        try expectVerdict(.inconsistent, of: "15 procent", in: wrong)
    }

    @Test("'dan' with a mark of the earlier column: '… lag 12,5 procent lager dan een jaar eerder'")
    func thanEarlierColumn() throws {
        let text = Self.fleet + "Het aantal kajakken lag 12,5 procent lager dan een jaar eerder."
        try expectVerdict(.consistent, of: "12,5 procent", in: text)
    }

    @Test("points of a row of percentages right above, a header alike but for its years (examen 2021, examen 2023)")
    func pointsOfRow() throws {
        let table = """
            Slagingspercentage per opleiding
            Opleiding | examen 2021 | examen 2023
            Verpleegkunde | 82,0% | 86,5%
            Techniek | 74,5% | 71,0%
            """
        try expectVerdict(
            .consistent, of: "4,5 procentpunt",
            in: table + "\nBij verpleegkunde steeg het slagingspercentage met 4,5 procentpunt.")
        // 74,5% → 71,0% is 3,5 points down, not 2,5.
        let wrong = table + "\nBij techniek daalde het slagingspercentage met 2,5 procentpunt."
        try expectVerdict(.inconsistent, of: "2,5 procentpunt", in: wrong)
    }

    @Test("a comparison with another level, a year outside the columns, two rows, a rate per year: unverifiable")
    func nearCases() throws {
        try expectUnverifiable(
            "5 procent", in: Self.fleet + "Het aantal kajakken lag 5 procent lager dan het landelijke gemiddelde.")
        try expectUnverifiable("30 procent", in: Self.fleet + "Sinds 2019 daalde het aantal kajakken met 30 procent.")
        try expectUnverifiable("15 procent", in: Self.fleet + "Skiffs en kajakken veranderden met 15 procent.")
        let perYear = Self.fleet + "Het aantal skiffs groeide gemiddeld 15 procent per jaar."
        try expectUnverifiable("15 procent", in: perYear)
    }

    @Test("columns that are no years ('Heren | Dames') order nothing: unverifiable")
    func columnsWithoutYears() throws {
        let text = """
            Leden per afdeling
            Afdeling | Heren | Dames
            Roeien | 40 | 46
            Zeilen | 48 | 42

            Bij het zeilen daalde het aantal met 12,5 procent.
            """
        try expectUnverifiable("12,5 procent", in: text)
    }
}
