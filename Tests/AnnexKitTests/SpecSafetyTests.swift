import Foundation
import Testing
@testable import AnnexKit

/// Report specs from careless or hostile hands (issue 9): identifiers, paths and YAML are checked
/// where they are read, and every refusal names the file, line and column.
@Suite("Report specs: identifiers, paths and YAML")
struct SpecSafetyTests {
    /// The errors of loading the mini spec with `old` replaced by `new`.
    func errors(replacing old: String, with new: String) throws -> [LoadError] {
        let project = try miniProject()
        let spec = project + "/reports/mini.yaml"
        try edit(spec, replacing: old, with: new)
        do {
            _ = try ReportLoader.load(specPath: spec)
        } catch let failure as LoadErrors {
            return failure.errors
        }
        Issue.record("expected an error for \(new)")
        return []
    }

    @Test("Report and table ids that could leave the output folder are spec errors on their line", arguments: [
        ("id: mini", "id: ../victim", 1),
        ("id: mini", "id: \"\"", 1),
        ("id: mini", "id: /tmp/x", 1),
        ("id: mini", "id: \"a\\nb\"", 1),
        ("id: mini", "id: a/b", 1),
        ("id: mini", "id: Mini", 1),
        ("id: mini", "id: -rf", 1),
        ("id: mini", "id: " + String(repeating: "a", count: 65), 1),
        ("  - id: meldingen\n", "  - id: ../../../data/reference/gemeenten\n", 15),
        ("  - id: verzoeken", "  - id: \"verzoeken\\t\"", 30),
    ])
    func identifiers(old: String, new: String, line: Int) throws {
        let found = try errors(replacing: old, with: new)
        #expect(found.count == 1)
        #expect(found.first?.line == line)
        #expect(found.first?.message.contains("is geen geldige id: alleen kleine letters a-z, cijfers en '-'") == true)
    }

    @Test("The identifier pattern: what passes and what does not")
    func identifierPattern() {
        for good in ["samenwerking-2024", "3ro", "a", String(repeating: "x", count: 64)] {
            #expect(Identifier.problem(good) == nil, "\(good)")
        }
        for bad in ["", "-a", "a_b", "a.b", "ä", "A", "a b", "..", String(repeating: "x", count: 65)] {
            #expect(Identifier.problem(bad) != nil, "\(bad)")
        }
    }

    @Test("Sheet names follow Excel's rules, in the spec and in a translation", arguments: [
        "sheet: \"a:b\"", "sheet: \"'quoted'\"", "sheet: History", "sheet: \"\"", "sheet: \"a\\nb\"",
        "sheet: " + String(repeating: "s", count: 32),
    ])
    func sheetNames(sheet: String) throws {
        let found = try errors(replacing: "    row_header: Gemeente\n    periods: [2022, 2023]\n    top: 2",
                               with: "    row_header: Gemeente\n    \(sheet)\n    periods: [2022, 2023]\n    top: 2")
        #expect(found.count == 1 && found.first?.line == 19, "\(found)")
        #expect(found.first?.message.contains("werkblad") == true)
    }

    @Test("A translated sheet name is held to the same rules, on its line")
    func translatedSheetName() throws {
        let templates = try miniTemplates()
        let translation = templates + "/i18n/mini.en.yaml"
        let text = try readText(translation)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("sheet:") }) + 1
        let edited = text.components(separatedBy: "\n").enumerated().map { index, text in
            index + 1 == line ? text.replacingOccurrences(of: "sheet: ", with: "sheet: \"x[1]\" # ") : text
        }
        try Data(edited.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: translation))
        do {
            _ = try Wording.load(templates: templates, spec: SpecLoader.load(path: Paths.miniSpec), language: .en)
            Issue.record("expected a translation error")
        } catch let failure as LoadErrors {
            #expect(failure.errors.map(\.line) == [line])
            #expect(failure.errors.first?.message.contains("werkbladnaam 'x[1]' bevat een van []:*?/\\") == true)
        }
    }

    @Test("Data paths stay inside the data folder: absolute paths and '..' are spec errors", arguments: [
        ("data: figures/meldingen.csv", "data: /etc/passwd", "is een absoluut pad"),
        ("data: figures/meldingen.csv", "data: ../../x", "verlaat de datamap met '..'"),
        ("data: figures/meldingen.csv", "data: figures/../../../etc/passwd", "verlaat de datamap met '..'"),
        ("reference: reference", "reference: /etc", "is een absoluut pad"),
        ("population: figures/bevolking.csv", "population: ~/bevolking.csv", "is een absoluut pad"),
        ("vocabulary: vocabulary.yaml", "vocabulary: ../../../etc/passwd", "verlaat de datamap"),
    ])
    func dataPaths(old: String, new: String, message: String) throws {
        let found = try errors(replacing: old, with: new)
        #expect(found.count == 1)
        let error = try #require(found.first)
        #expect(error.line != nil && error.column != nil)
        #expect(error.message.contains(message), "\(error)")
    }

    @Test("A symbolic link in the data folder that leads outside it is refused, and nothing of the target is printed")
    func symbolicLinkOut() throws {
        let project = try miniProject()
        let secret = try temporaryFile("secret.csv", "region_type,region,measure,period,value\ngeheim,GEHEIM,x,1,1\n")
        let figures = project + "/data/figures/meldingen.csv"
        try FileManager.default.removeItem(atPath: figures)
        try FileManager.default.createSymbolicLink(atPath: figures, withDestinationPath: secret)
        do {
            _ = try ReportLoader.load(specPath: project + "/reports/mini.yaml")
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            #expect(failure.errors.count == 1)
            #expect(failure.errors.first?.message.hasPrefix("'figures/meldingen.csv' ligt buiten de map") == true)
            #expect(!failure.description.contains("GEHEIM"))
        }
    }

    @Test("top below zero is an error on its line, and so is a word where a number belongs")
    func numbersInSpec() throws {
        let top = try errors(replacing: "top: 2", with: "top: -5")
        #expect(top.map(\.line) == [20] && top.first?.message.contains("top: verwacht 0 of meer") == true)
        let typed = try errors(replacing: "top: 2", with: "top: veel")
        #expect(typed.first?.message.contains("tables[0].top: verwacht een geheel getal") == true)
    }

    @Test("Footnote keys must be text: a number or a list as key is an error, never silently dropped")
    func footnoteKeys() throws {
        let spec = "notes:\n  - \"Een noot bij het rapport.\"\n"
        let number = try errors(replacing: spec, with: spec + "footnotes:\n  5: \"Vijf\"\n")
        #expect(number.map(\.line) == [15] && number.first?.message.contains("sleutel '5' is geen tekst") == true)
        let complex = try errors(replacing: spec, with: spec + "footnotes:\n  ? [a, b]\n  : \"Lijst\"\n")
        #expect(complex.map(\.line) == [15])
        #expect(complex.first?.message.contains("een lijst of mapping als sleutel wordt niet ondersteund") == true)
    }

    @Test("YAML syntax errors and duplicate keys name their line and column")
    func syntax() throws {
        let unclosed = try errors(replacing: "title: \"Testbijlage\"", with: "title: [\"Testbijlage\"")
        #expect(unclosed.count == 1 && unclosed.first?.line == 3, "\(unclosed)")
        #expect(unclosed.first?.message.hasPrefix("ongeldige rapportspecificatie: geen geldige YAML") == true)
        let tab = try errors(replacing: "author: ", with: "\tauthor: ")
        #expect(tab.first?.line == 5 && tab.first?.column == 1)
        let twice = try errors(replacing: "author: \"annex tests\"", with: "author: a\nauthor: b")
        #expect(twice.first?.message.contains("sleutel 'author' komt twee keer voor") == true)
    }

    /// `levels` anchors, each a list of nine aliases of the one before: 9^levels nodes once expanded.
    static func aliasBomb(levels: Int) -> String {
        var lines = ["  a0: &a0 [x, x, x, x, x, x, x, x, x]"]
        for level in 1...levels {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("  a\(level): &a\(level) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test("An alias bomb is refused at the node limit, in values and in keys; so is nesting too deep", .hangGuard)
    func aliasBombs() throws {
        let spec = "notes:\n  - \"Een noot bij het rapport.\"\n"
        // Expanded, the bomb is 9^9 nodes: the test ends (and its guard holds) only if the count stops it.
        let values = try errors(replacing: spec, with: spec + "footnotes:\n" + Self.aliasBomb(levels: 9))
        #expect(values.first?.message.contains("meer dan 100.000 waarden, aliassen uitgeschreven") == true)
        let keys = try errors(replacing: spec, with: "anchors:\n" + Self.aliasBomb(levels: 4) + spec
                              + "footnotes:\n  ? *a4\n  : boem\n")
        #expect(keys.first?.message.contains("een lijst of mapping als sleutel wordt niet ondersteund") == true)
        let deep = try errors(replacing: spec, with: spec + "x: " + String(repeating: "[", count: 40)
                              + String(repeating: "]", count: 40) + "\n")
        #expect(deep.first?.message.contains("dieper genest dan 32 niveaus") == true)
    }

    @Test("Aliases within the limits still work")
    func aliasesAllowed() throws {
        let project = try miniProject()
        let spec = project + "/reports/mini.yaml"
        try edit(spec, replacing: "    periods: [2022, 2023]\n    top: 2",
                 with: "    periods: &jaren [2022, 2023]\n    top: 2")
        try edit(spec, replacing: "    row_header: Arrondissement\n    periods: [2022, 2023]",
                 with: "    row_header: Arrondissement\n    periods: *jaren")
        #expect(try SpecLoader.load(path: spec).tables[1].periods.map(\.label) == ["2022", "2023"])
    }

    @Test("A publication date that is no day of the calendar, or of no sane year, is refused on its line", arguments: [
        "\"2024-02-30\"", "\"0000-01-01\"", "\"1899-12-31\"", "\"99999-01-01\"", "\"-2024-01-01\"",
        "\"2024--06--01\"", "yes", "\"12:30\"", "\"1 juni 2024\"", "2024-6-1", "\"2024-06-01 \"",
    ])
    func publicationDates(published: String) throws {
        let found = try errors(replacing: "published: \"2024-08-15\"", with: "published: " + published)
        #expect(found.count == 1)
        #expect(found.first.map { [$0.line, $0.column] } == [4, 1])
        #expect(found.first?.message.contains("geen datum JJJJ-MM-DD (een bestaande dag, jaar 1900 tot en met 9999)")
            == true)
    }

    @Test("The first and last years a date may have are dates; leap days only in leap years")
    func calendarBounds() {
        #expect(["1900-01-01", "9999-12-31", "2024-02-29", "2000-02-29"].allSatisfy { CalendarDate(iso: $0) != nil })
        #expect(["1899-12-31", "1900-02-29", "2023-02-29", "10000-01-01"].allSatisfy { CalendarDate(iso: $0) == nil })
    }

    @Test("Two measures of one table with the same label, also in capitals only, are refused on the second's line",
          arguments: ["Verzoeken", "VERZOEKEN"])
    func duplicateLabels(label: String) throws {
        let found = try errors(replacing: "label: \"Ambulant\"", with: "label: \"\(label)\"")
        #expect(found.map(\.line) == [39])
        #expect(found.first?.message.contains("tabel 'verzoeken': label '\(label)' komt twee keer voor in deze tabel")
            == true)
    }

    @Test("A title or label of only spaces, or longer than the name limit, is an error on its line and column",
          arguments: [
              ("  - {id: begin, label: \"Begin detentie\"}\n  - id: meldingen-arr",
               "  - {id: begin, label: \"  \"}\n  - id: meldingen-arr", 22, "leeg: een titel of label heeft tekst"),
              ("title: \"Meldingen per gemeente\"", "title: \"\"", 16, "leeg: een titel of label"),
              ("title: \"Testbijlage\"", "title: \"" + String(repeating: "x", count: 201) + "\"", 2,
               "201 tekens: een titel, label of naam heeft er ten hoogste 200"),
          ])
    func blankOrLongTexts(old: String, new: String, line: Int, message: String) throws {
        let found = try errors(replacing: old, with: new)
        #expect(found.map(\.line) == [line], "\(found)")
        #expect(found.first?.column != nil)
        #expect(found.first?.message.contains(message) == true, "\(found)")
    }
}
