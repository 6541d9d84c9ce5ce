import Foundation
import Testing

@testable import AnnexKit

/// A change claimed on a labelled line ('Toename: 15%', '- Groei Q1-Q4: ruim 45%') takes the values of its sibling
/// lines in the same run: memo lines after full stops, items after spaced dashes, each labelled by a moment of one
/// kind (a year, a quarter, a month).
@Suite("verify: a change on a labelled line, from the values of its sibling lines")
struct VerifyLabelledLinesTests {
    @Test("Memo lines of two years, then a change line: the right change confirms, a wrong one contradicts")
    func memoLinesOfYears() throws {
        // 540 → 621 is +15,0%.
        let lines = "Aanvragen schuldhulp. 2023: 540. 2024: 621. "
        try expectVerdict(.consistent, of: "15,0%", in: lines + "Toename: 15,0%.")
        try expectVerdict(.inconsistent, of: "13,0%", in: lines + "Toename: 13,0%.")
        // A fall of 15% would be 621 → 540: the direction word is checked.
        try expectVerdict(.inconsistent, of: "15,0%", in: lines + "Afname: 15,0%.")
        // 621 → 540 is −13,0%; 15,0% takes the fall over the new value (81 of 540).
        let falling = "Aanvragen schuldhulp. 2023: 621. 2024: 540. "
        try expectVerdict(.consistent, of: "13,0%", in: falling + "Afname: 13,0%.")
        try expectVerdict(.inconsistent, of: "15,0%", in: falling + "Afname: 15,0%.")
    }

    @Test("Lines of quarters on lines of their own: the ordinals order them")
    func quarterLines() throws {
        // 80 → 92 is +15%.
        let lines = "Bezwaarschriften. Eerste kwartaal: 80. Tweede kwartaal: 92. "
        try expectVerdict(.consistent, of: "15%", in: lines + "Stijging: 15%.")
        try expectVerdict(.inconsistent, of: "12%", in: lines + "Stijging: 12%.")
    }

    @Test("A dash list of quarters: the two quarters the change line names, else the only two there are")
    func dashList() throws {
        // 210 → 294 is +40%.
        let list = "Meldingen per kwartaal - Q1: 210 - Q2: 236 - Q3: 251 - Q4: 294 - Groei Q1-Q4: "
        try expectVerdict(.consistent, of: "ruim 39%", in: list + "ruim 39%")
        try expectVerdict(.inconsistent, of: "ruim 25%", in: list + "ruim 25%")
        let two = "Meldingen per kwartaal - Q1: 210 - Q4: 294 - Groei: "
        try expectVerdict(.consistent, of: "40%", in: two + "40%")
        try expectVerdict(.inconsistent, of: "bijna 30%", in: two + "bijna 30%")
    }

    @Test("No change from lines that are no siblings: unverifiable")
    func noSiblings() throws {
        // Four quarters and a change line that names none: which two it compares is not said.
        let quarters = "Meldingen per kwartaal - Q1: 210 - Q2: 236 - Q3: 251 - Q4: 294 - Groei: 30%"
        try expectVerdict(.unverifiable, of: "30%", in: quarters)
        // Two labels that count different things ('Instroom', 'Uitstroom').
        let unlike = "Cliënten. Instroom 2024: 500. Uitstroom 2025: 600. Stijging: 10%."
        try expectVerdict(.unverifiable, of: "10%", in: unlike)
        // A change line whose label says more than the change: another quantity may be meant.
        try expectVerdict(.unverifiable, of: "10%", in: "Cliënten. 2024: 500. 2025: 600. Stijging wachttijd: 10%.")
        // A year the change line names that no sibling line has.
        try expectVerdict(.unverifiable, of: "10%", in: "Cliënten - 2024: 500 - 2025: 600 - Stijging 2020-2025: 10%")
    }
}
