import Foundation
import Testing
@testable import AnnexKit

/// The translation files in `templates/i18n/`: complete, nothing unknown, every error located.
@Suite("Translation files")
struct TranslationFileTests {
    /// A templates folder whose `i18n/<name>` is the package's file changed by `change`.
    func templates(_ name: String, from source: String? = nil, _ change: (String) -> String) throws -> String {
        let folder = try miniTemplates()
        let path = folder + "/i18n/" + name
        let original = try readText(source ?? path)
        try Data(change(original).utf8).write(to: URL(fileURLWithPath: path))
        return folder
    }

    func errors(_ body: () throws -> Void) -> [LoadError] {
        do {
            try body()
        } catch let failure as LoadErrors {
            return failure.errors
        } catch {
            Issue.record("unexpected error \(error)")
        }
        return []
    }

    @Test("Both languages have every phrase with its placeholders; the nl number style is the one verify reads")
    func shipped() throws {
        let nl = try PhraseBook.load(templates: Paths.templates, language: .nl)
        let en = try PhraseBook.load(templates: Paths.templates, language: .en)
        #expect(try dutchWording().numbers == NumberStyle.dutch)
        // A phrase the same in both languages is untranslated, unless it is a symbol or the same word.
        let same: Set<Phrase> = [.markerMissing, .markerSuppressed, .markerNil, .markerItem, .tableCode, .coverContact,
                                 .ranking, .rankingEntry, .altChart, .altOnly, .altValue, .altValueIn, .altTotal,
                                 .altRanking, .citeSection, .citePart, .citePartPages, .citePage, .annexDownloads,
                                 .downloadTableCSV, .dateFormat, .verifySummary, .verifySummaryKind, .verifyComputed,
                                 .verifyUnitPer, .verifyDimensionSector, .verifyPeriodWeek]
        for phrase in Phrase.allCases where !same.contains(phrase) {
            let values = Dictionary(uniqueKeysWithValues: phrase.placeholders.map { ($0, "…") })
            #expect(nl.text(phrase, values) != en.text(phrase, values), "\(phrase.rawValue) is not translated")
        }
    }

    @Test("A missing phrase, an unknown key and wrong placeholders are errors with file and line")
    func phraseErrors() throws {
        let folder = try templates("en.yaml") { text in
            text.replacingOccurrences(of: "table.code: Code\n", with: "table.kode: Code\n")
                .replacingOccurrences(
                    of: "column.change: \"change {from}–{to}\"", with: "column.change: \"change {from}–{until}\"")
        }
        let found = errors { _ = try PhraseBook.load(templates: folder, language: .en) }
        let path = folder + "/i18n/en.yaml"
        let lines = try readText(path).components(separatedBy: "\n")
        func line(_ prefix: String) -> Int? { lines.firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 } }
        #expect(found.map(\.file) == [path, path, path])
        #expect(found.map(\.message) == [
            "vertaling niet bruikbaar: onbekende sleutel 'table.kode'",
            "vertaling niet bruikbaar: column.change: plaatshouders kloppen niet (ontbreekt: {to}; onbekend: {until})",
            "vertaling niet bruikbaar: sleutel 'table.code' ontbreekt",
        ])
        #expect(found[0].line == line("table.kode") && found[1].line == line("column.change:"))
    }

    @Test("The decimal mark equal to the grouping mark, or a phrase of only spaces, is an error on its line")
    func phraseMarks() throws {
        let folder = try templates("en.yaml") {
            $0.replacingOccurrences(of: "number.grouping: \",\"", with: "number.grouping: \".\"")
                .replacingOccurrences(of: "sheet.notes: Notes\n", with: "sheet.notes: \"  \"\n")
        }
        let found = errors { _ = try PhraseBook.load(templates: folder, language: .en) }
        let lines = try readText(folder + "/i18n/en.yaml").components(separatedBy: "\n")
        func line(_ prefix: String) -> Int? { lines.firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 } }
        // A text of only spaces is no text: the phrase is also reported missing, as an empty one is.
        #expect(found.map(\.message) == [
            "vertaling niet bruikbaar: sheet.notes: verwacht een tekst",
            "vertaling niet bruikbaar: sleutel 'sheet.notes' ontbreekt",
            "vertaling niet bruikbaar: number.grouping: '.' is ook number.decimal: een lezer kan 1.500 en 1,5 dan "
                + "niet uit elkaar houden; kies twee verschillende tekens",
        ])
        #expect(found.first?.line == line("sheet.notes:") && found.last?.line == line("number.grouping:"))
        #expect(found.last?.column != nil)
    }

    @Test("A YAML syntax error names its line")
    func syntax() throws {
        let folder = try templates("en.yaml") {
            $0.replacingOccurrences(of: "sheet.notes: Notes\n", with: "sheet.notes: \"Notes\n")
        }
        let found = errors { _ = try PhraseBook.load(templates: folder, language: .en) }
        let lines = try readText(folder + "/i18n/en.yaml").components(separatedBy: "\n")
        #expect(
            found.count == 1 && found.first?.message.hasPrefix("vertaling niet bruikbaar: geen geldige YAML") == true)
        let line = try #require(found.first?.line)
        let quoted = try #require(lines.firstIndex { $0.hasPrefix("sheet.notes:") }) + 1
        #expect(line >= quoted)  // the scanner reports where the unterminated quote ends
    }

    @Test("A report translation must cover every text of the spec, and only those")
    func reportErrors() throws {
        let folder = try templates("mini.en.yaml") { text in
            text.replacingOccurrences(of: "      verzoeken-klinisch: \"Inpatient\"\n", with: "")
                .replacingOccurrences(
                    of: "    title: \"Requests\"\n", with: "    title: \"Requests\"\n    colour: blue\n"
                )
                .replacingOccurrences(of: "organisation: \"Test organisation\"\n", with: "")
                .replacingOccurrences(of: "title: \"Test annex\"\n", with: "title: \"Test annex\"\nabout: \"What\"\n")
        }
        let spec = try SpecLoader.load(path: Paths.miniSpec)
        let found = errors { _ = try Wording.load(templates: folder, spec: spec, language: .en) }
        #expect(Set(found.map(\.message)) == [
            "vertaling niet bruikbaar: 'about' staat niet in de rapportspecificatie, dus niets te vertalen",
            "vertaling niet bruikbaar: vertaling van 'organisation' ontbreekt",
            "vertaling niet bruikbaar: tables.verzoeken: onbekende sleutel 'colour'",
            "vertaling niet bruikbaar: tables.verzoeken.measures: vertaling van 'verzoeken-klinisch' ontbreekt",
        ])
        #expect(found.allSatisfy { $0.file.hasSuffix("/i18n/mini.en.yaml") && $0.line != nil })
        let missing = errors { _ = try Wording.load(templates: Paths.templates, spec: spec, language: .en) }
        #expect(missing.first?.file.hasSuffix("templates/i18n/mini.en.yaml") == true)
    }

    @Test("A sheet the spec leaves to the table's id may be left to it in the translation too")
    func sheetByID() throws {
        let folder = try templates("mini.en.yaml") { $0.replacingOccurrences(of: "    sheet: requests\n", with: "") }
        let build = try Build.run(specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), templates: folder,
                                  language: .en)
        #expect(
            build.report.tables.map(build.wording.sheet) == ["notifications", "notifications-district", "verzoeken"])
    }

    @Test("Text from the data without an English version stops the English build, naming file and line")
    func untranslatedData() throws {
        let data = try temporaryFolder() + "/data"
        try FileManager.default.copyItem(atPath: Paths.fixtures + "/mini/data", toPath: data)
        let aliases = data + "/reference/aliases.csv"
        try Data(try readText(aliases).replacingOccurrences(of: ",doubtful: test alias", with: ",").utf8)
            .write(to: URL(fileURLWithPath: aliases))
        let found = errors {
            _ = try Build.run(specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), dataRoot: data,
                              templates: try miniTemplates(), language: .en)
        }
        #expect(found.map(\.file) == [aliases] && found.map(\.line) == [3])
        #expect(found.first?.message.contains("kolom 'note_en' ontbreekt of is leeg") == true)
        // The Dutch annex needs no translation.
        _ = try Build.run(
            specPath: Paths.miniSpec, outputRoot: try temporaryFolder(), dataRoot: data, templates: Paths.templates)
    }
}
