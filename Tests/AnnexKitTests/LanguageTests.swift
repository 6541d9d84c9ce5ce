import Foundation
import Testing
import ZIPFoundation
@testable import AnnexKit

/// `--lang en`: a complete English annex with the same numbers as the Dutch one.
@Suite("English annex", .serialized)
struct LanguageTests {
    /// Every text unit a reader sees in an output folder: Markdown and HTML text, table CSV fields
    /// (without the code column), and every text and attribute in the workbooks' XML.
    static func texts(in folder: String, id: String) throws -> [String] {
        var texts: [String] = []
        texts += try readText(folder + "/\(id).md").components(separatedBy: "\n")
        var html = try readText(folder + "/\(id).html")
        if let style = html.range(of: "<style>"), let end = html.range(of: "</style>") {
            html.removeSubrange(style.lowerBound..<end.upperBound)
        }
        texts += html.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression).components(
            separatedBy: "\n")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder + "/tables") {
            for line in try readText(folder + "/tables/" + name).components(separatedBy: "\r\n") {
                var fields = line.components(separatedBy: ",")
                if fields.count > 1 { fields.remove(at: 1) }  // the code column holds identifiers
                texts += fields
            }
        }
        for workbook in ["xlsx", "ods"] {
            let archive = try Archive(url: URL(fileURLWithPath: folder + "/\(id).\(workbook)"), accessMode: .read)
            for entry in archive where entry.path.hasSuffix(".xml") {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                let xml = String(decoding: data, as: UTF8.self)
                let attributes = try NSRegularExpression(pattern: "=\"([^\"]*)\"").matches(
                    in: xml, range: NSRange(xml.startIndex..., in: xml)
                )
                    .compactMap { Range($0.range(at: 1), in: xml).map { String(xml[$0]) } }
                texts += attributes + xml.replacingOccurrences(of: "<[^>]*>", with: "\n", options: .regularExpression)
                    .components(separatedBy: "\n")
            }
        }
        return texts.map {
            $0.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init).filter { $0.count >= 3 })
    }

    @Test("The English annex has no Dutch word left outside names of places and identifiers")
    func noDutchLeft() throws {
        let result = try realEnglishBuild.get()
        let spec = try SpecLoader.load(path: Paths.realSpec)
        let dutch = try Wording.load(templates: Paths.templates, spec: spec, language: .nl)
        // Dutch vocabulary: every word the Dutch annex can say, from the phrases, the spec and the data's notes …
        var vocabulary = Set(
            Phrase.allCases.flatMap {
                Self.words(dutch.phrases.text($0, Dictionary(uniqueKeysWithValues: $0.placeholders.map { ($0, "") })))
            })
        let specTexts = [spec.title, spec.source, spec.organisation ?? "", spec.about ?? "", spec.nextUpdate ?? "",
                         spec.contact ?? "", spec.licence ?? ""] + spec.notes
            + (spec.sourceDocument?.parts.values.map(\.name) ?? [])
            + spec.footnotes.values + spec.tables.flatMap { [$0.title, $0.rowHeader ?? ""] + $0.measures.map(\.label) }
            + spec.figures.flatMap { [$0.title] + $0.labels }
        vocabulary.formUnion(specTexts.flatMap(Self.words))
        for table in result.report.tables {
            vocabulary.formUnion(table.corrections.flatMap { Self.words($0.evidence.text) })
            vocabulary.formUnion(table.doubtfulAliases.flatMap { Self.words($0.alias.note.text) })
            vocabulary.formUnion(table.sources.flatMap(\.tables).flatMap(Self.words))
        }
        // … less the words the English texts use on purpose (names of Dutch sources, registers,
        // provisions) and the words of names of places, which are the same in both languages.
        let english = result.wording
        let texts = english.report
        var kept = Phrase.allCases.map {
            english.phrases.text($0, Dictionary(uniqueKeysWithValues: $0.placeholders.map { ($0, "") }))
        }
        kept +=
            [texts.title, texts.source, texts.organisation ?? "", texts.about ?? "", texts.nextUpdate ?? ""]
            + texts.notes
        kept += Array(texts.footnotes.values) + Array(texts.partNames.values)
        kept += [texts.contact ?? "", texts.licence ?? ""]
        kept += texts.tables.values.flatMap { [$0.title, $0.sheet, $0.rowHeader ?? ""] + Array($0.measures.values) }
        kept += texts.figures.values.flatMap { [$0.title] + Array($0.labels.values) }
        for table in result.report.tables {
            kept +=
                table.corrections.map { $0.evidence.text(in: .en) ?? "" }
                + table.doubtfulAliases.map { $0.alias.note.text(in: .en) ?? "" }
        }
        kept += realGazetteer.municipalities.map(\.name) + realGazetteer.arrondissementen.map(\.name)
        vocabulary.subtract(kept.flatMap(Self.words))
        #expect(vocabulary.isSuperset(of: ["gemeente", "verschil", "werkblad", "bron", "noten", "totaal"]))

        let identifiers = Set(
            spec.tables.flatMap { [$0.id] + $0.measures.map(\.id) } + realGazetteer.municipalities.map(\.code)
            + realGazetteer.arrondissementen.map(\.code))
        var found: [String: String] = [:]
        for text in try Self.texts(in: result.folder, id: spec.id) where !identifiers.contains(text) {
            // Figure ids name files ('figures/kaart-….svg') and file names ('tables/instroom-sector.csv')
            // are identifiers, not text.
            let ids = spec.figures.map(\.id).sorted { $0.count > $1.count }
            let withoutIds = ids.reduce(text) { $0.replacingOccurrences(of: $1, with: "") }
            let words = Self.words(withoutIds.replacingOccurrences(of: "[\\w/.-]+\\.(csv|json|xlsx|ods)", with: "",
                                                                   options: .regularExpression))
            for word in words.intersection(vocabulary) where found[word] == nil { found[word] = text }
        }
        #expect(found.isEmpty, "Dutch words in the English annex: \(found.sorted { $0.key < $1.key }.prefix(20))")
    }

    @Test(
        "The numbers are the same in both languages: the figures' files but for their citations' words, workbook cells"
    )
    func sameNumbers() throws {
        let nl = try realBuild.get(), en = try realEnglishBuild.get()
        #expect(en.folder.hasSuffix("/samenwerking-2024.en"))
        // Every field of figures.csv but the last, the source, whose words are the language's; as many sources.
        func figures(_ folder: String) throws -> (rows: [[String]], sources: Int) {
            let rows = try CSVReader(path: folder + "/figures.csv").map { Array($0.fields.dropLast()) }
            let json = try #require(try JSONSerialization.jsonObject(
                with: Data(readText(folder + "/figures.json").utf8)) as? [String: Any])
            return (rows, try #require(json["sources"] as? [String]).count)
        }
        let (dutch, english) = (try figures(nl.folder), try figures(en.folder))
        #expect(dutch.rows.count > 10_000 && dutch.rows == english.rows)
        #expect(dutch.sources == english.sources)
        let dutchBook = try XLSXReader(path: nl.folder + "/samenwerking-2024.xlsx")
        let englishBook = try XLSXReader(path: en.folder + "/samenwerking-2024.xlsx")
        let sheets = try dutchBook.sheetNames()
        #expect(try englishBook.sheetNames().count == sheets.count)
        #expect(try englishBook.sheetNames().prefix(3) == ["Cover", "Contents", "Notes"])
        var compared = 0
        for index in 1...sheets.count {
            func numbers(_ book: XLSXReader) throws -> [String: Double] {
                try book.cells(sheet: index).compactMapValues(\.number)
            }
            let dutchNumbers = try numbers(dutchBook)
            // The same numbers; their rows can differ, as the English notes above a table can be fewer or more.
            #expect(
                try numbers(englishBook).values.sorted() == dutchNumbers.values.sorted(), "sheet \(sheets[index - 1])")
            compared += dutchNumbers.count
        }
        #expect(compared > 8_000)
        for name in try FileManager.default.contentsOfDirectory(atPath: nl.folder + "/tables") {
            func values(_ folder: String) throws -> [[String]] {
                try readText(folder + "/tables/" + name).components(separatedBy: "\r\n").dropFirst().map {
                    Array($0.components(separatedBy: ",").suffix(from: 1).filter { Double($0) != nil })
                }
            }
            #expect(try values(nl.folder) == values(en.folder), "tables/\(name)")
        }
    }

    @Test("English formatting: 17,386 and 13.4%; markers and sheet names in English")
    func formatting() throws {
        let en = try realEnglishBuild.get()
        let markdown = try readText(en.folder + "/samenwerking-2024.md")
        #expect(markdown.contains("| Prison system | 31,456 | 21,735 | 24,775 | 26,690 | +7.7% |"))
        #expect(markdown.contains("[note 1\\] Excluding juvenile justice institutions (JJI)."))
        let html = try readText(en.folder + "/samenwerking-2024.html")
        #expect(html.contains("<html lang=\"en\">"))
        let book = try XLSXReader(path: en.folder + "/samenwerking-2024.xlsx")
        #expect(try book.sheetNames().contains("injus-municipality"))
        #expect(try book.part("docProps/custom.xml").contains("en-GB"))
        #expect(try book.part("xl/tables/table4.xml").contains("Table_inflow_sector"))
    }
}
