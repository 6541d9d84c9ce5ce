import Foundation
import Testing
@testable import AnnexKit

/// What readers read: citations by section and page, never lines of extracted text or paths of the
/// repository; every correction stated once; source lines that are sentences, in both languages.
@Suite("Reader-facing text", .serialized)
struct ReaderTextTests {
    /// The real report's build in `language`.
    static func build(_ language: Language) throws -> BuildResult {
        try (language == .nl ? realBuild : realEnglishBuild).get()
    }

    @Test("No reader-facing text holds a line of the extracted text or a repository path",
          arguments: [Language.nl, .en])
    func noResearcherDetail(language: Language) throws {
        let build = try Self.build(language)
        let texts = try LanguageTests.texts(in: build.folder, id: build.report.spec.id)
        let lineNumber = try NSRegularExpression(pattern: "\\b(r\\.|line|lines|regel|regels) \\d")
        let repository = try NSRegularExpression(pattern: "\\b(data|reports|templates|Sources|Tests|scripts)/")
        var found: [String] = []
        for text in texts {
            let range = NSRange(text.startIndex..., in: text)
            if [lineNumber, repository].contains(where: { $0.firstMatch(in: text, range: range) != nil }) {
                found.append(text)
            }
        }
        #expect(found.isEmpty, "\(found.prefix(5))")
        // The texts read include the evidence of corrections and the sources, so the scan can fail.
        #expect(texts.contains { $0.contains("§2.1.4 noemt 1.205") || $0.contains("§2.1.4 names 1,205") })
    }

    @Test("Each correction is stated once in the Markdown, the web page and the workbooks' methods",
          arguments: [Language.nl, .en])
    func correctionsOnce(language: Language) throws {
        let build = try Self.build(language)
        let distinct = Set(build.report.tables.flatMap(\.corrections))
        #expect(distinct.count == 23)
        let marker = language == .nl ? "Gecorrigeerd: " : "Corrected: "
        for file in ["samenwerking-2024.md", "samenwerking-2024.html"] {
            let text = try readText(build.folder + "/" + file)
            #expect(text.components(separatedBy: marker).count - 1 == distinct.count, "\(file)")
        }
        let book = try XLSXReader(path: build.folder + "/samenwerking-2024.xlsx")
        let sheets = try book.sheetNames()
        var stated = 0
        for index in sheets.indices {
            stated += try book.cells(sheet: index + 1).values.filter { $0.text.hasPrefix(marker) }.count
        }
        #expect(stated == distinct.count)
        // The district table added up from the corrected municipalities says so, once.
        let inherited = language == .nl ? "Opgeteld uit de gecorrigeerde" : "Added up from the corrected"
        #expect(try readText(build.folder + "/samenwerking-2024.md").components(separatedBy: inherited).count == 2)
    }

    @Test("Every table's source line is the report's source and its parts, each with section and pages",
          arguments: [Language.nl, .en])
    func sourceLines(language: Language) throws {
        let build = try Self.build(language)
        let wording = build.wording
        let part = language == .nl
            ? "(tabel [^;]+|tekst), (§\\d+(\\.\\d+)*|bijlage [A-Z]) \\((p\\. \\d+(–\\d+)?|vanaf p\\. \\d+)\\)"
            : "(table [^;]+|text), (§\\d+(\\.\\d+)*|appendix [A-Z]) \\((pp?\\. \\d+(–\\d+)?|from p\\. \\d+)\\)"
        let source = NSRegularExpression.escapedPattern(for: wording.report.source)
        let pattern = try NSRegularExpression(pattern: "^" + source + "(; " + part + ")+$")
        for table in build.report.tables {
            let line = wording.source(table)
            let range = NSRange(line.startIndex..., in: line)
            #expect(pattern.firstMatch(in: line, range: range) != nil, "\(table.id): \(line)")
            #expect(!Self.hasRepeatedWord(line), "\(line)")
        }
        let expected = language == .nl ? "; tabel 1, §2.1 (p. 7–19)" : "; table 1, §2.1 (pp. 7–19)"
        #expect(wording.source(build.report.tables[0]).hasSuffix(expected))
        let ratio = try #require(build.report.tables.last)
        #expect(wording.source(ratio).components(separatedBy: "; ").count == 3)  // both inputs' parts
    }

    @Test("Every source of figures.csv is a citation, a derivation or a computation; no 'berekend uit afgeleid uit'")
    func figureSources() throws {
        let build = try realBuild.get()
        let document = NSRegularExpression.escapedPattern(for: build.report.spec.source)
        let corrected = "(; gecorrigeerd: .+ \\(r\\. \\d+(, \\d+)*\\))?"
        let file = "(; bestand [^;]+:\\d+)?"
        let citation = "(" + document + ", [^;]+?(, r\\. \\d+)?( \\([^;]+\\))?" + file + corrected + ")"
        let pattern = try NSRegularExpression(pattern: "^(|(berekend uit )?" + citation
                                              + "|berekend uit [^;]+|berekend: [^;]+)$")
        var wrong: [String] = []
        for figure in build.report.figures(citing: try citationWords()) {
            let source = figure.source
            let matches = pattern.firstMatch(in: source, range: NSRange(source.startIndex..., in: source)) != nil
            let pasted = ["berekend uit berekend", "uit afgeleid"].contains(where: source.contains)
            if !matches || pasted || Self.hasRepeatedWord(source) {
                wrong.append(source)
            }
        }
        #expect(wrong.isEmpty, "\(Set(wrong).prefix(5))")
    }

    /// Whether a word follows itself with nothing but a space between ('uit uit'), a sign of
    /// sentences pasted together.
    static func hasRepeatedWord(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        return zip(words, words.dropFirst()).contains { $0 == $1 && $0.contains(where: \.isLetter) }
    }
}

@Suite("Citations by section and page")
struct CitationTests {
    let document = SourceDocument(
        contents: [.init(section: "1", page: 3), .init(section: "2", page: 7), .init(section: "2.1", page: 7),
                   .init(section: "2.2", page: 19), .init(section: "3", page: 22), .init(section: "A", page: 46)],
        parts: ["Tabel 1": .init(name: "tabel 1", section: "2.1"), "tekst": .init(name: "tekst", section: "2.1.2"),
                "Figuur 8": .init(name: "figuur 8", section: "2.1", page: 12),
                "Bijlage A": .init(name: "tabel A1", section: "A"),
                "los": .init(name: "los deel", section: "9")])

    @Test("Pages: a part's own page, else its section's pages from the contents, else those of the section around it")
    func pages() {
        #expect(document.pages(document.parts["Tabel 1"]!) == .range(7, 19))
        #expect(document.pages(document.parts["tekst"]!) == .range(7, 19))  // §2.1.2 lies in §2.1
        #expect(document.pages(document.parts["Figuur 8"]!) == .page(12))
        #expect(document.pages(document.parts["Bijlage A"]!) == .from(46))  // the last section: no end known
        #expect(document.pages(document.parts["los"]!) == nil)
        #expect(document.pages(.init(name: "h", section: "2")) == .range(7, 22))  // §2 ends where §3 starts
        #expect(SourceDocument.isAppendix("A") && SourceDocument.isAppendix("B.2") && !SourceDocument.isAppendix("2.1"))
    }

    @Test("A citation names the part, its section or appendix and its pages, in the annex's language")
    func wording() throws {
        let spec = try SpecLoader.load(path: Paths.miniSpec)
        let nl = try Wording.load(templates: Paths.templates, spec: spec, language: .nl)
        let en = try Wording.load(templates: try miniTemplates(), spec: spec, language: .en)
        #expect(nl.citation("Bijlage X") == "tabel X, bijlage B (vanaf p. 9)")
        #expect(en.citation("Bijlage X") == "table X, appendix B (from p. 9)")
        #expect(nl.citation("tekst") == "tekst, §1.2.3 (p. 4–6)" && en.citation("tekst") == "text, §1.2.3 (pp. 4–6)")
        #expect(nl.citation("onbekend deel") == "onbekend deel")  // not placed by the spec: as cited
        #expect(nl.date("2024-08-15") == "15 augustus 2024" && en.date("2024-08-15") == "15 August 2024")
    }

    @Test("A key figure must name a table, and in a table per region one of its measures")
    func keyFigureSpec() throws {
        let yaml = """
        id: r
        title: r
        source: s
        published: "2024-01-01"
        reference: ref
        key_figures: [{table: t, row: NL}, {table: x, row: NL}, {table: m, row: a, measure: a}]
        tables:
          - {id: t, title: t, data: x.csv, periods: [2022], measures: [{id: a, label: A}]}
          - {id: m, title: m, data: y.csv, layout: measures, periods: [2022], measures: [{id: a, label: A}]}
        """
        do {
            _ = try SpecLoader.load(path: try temporaryFile("r.yaml", yaml))
            Issue.record("expected an error")
        } catch let failure as LoadErrors {
            let prefix = "ongeldige rapportspecificatie: "
            let reasons = failure.errors.map { $0.message.replacingOccurrences(of: prefix, with: "") }
            #expect(reasons == [
                "key_figures: tabel 't' heeft een rij per regio: geef 'measure', een van a",
                "key_figures: tabel 'x' bestaat niet",
                "key_figures: tabel 'm' heeft een rij per maat: geef als 'row' een van a, zonder 'measure'",
            ])
        }
    }
}
