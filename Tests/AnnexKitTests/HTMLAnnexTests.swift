import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import AnnexKit

/// The HTML annex of the real report, read back as XML (it is written XHTML-compatible).
@Suite("HTML annex")
struct HTMLAnnexTests {
    final class Elements: NSObject, XMLParserDelegate {
        var found: [(name: String, attributes: [String: String])] = []
        private var current: [String] = []
        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            found.append((element, attributes))
            current.append(element)
        }
        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            current.removeLast()
        }
    }

    func parsed() throws -> (Elements, String) {
        let html = try readText(try realBuild.get().folder + "/samenwerking-2024.html")
        let elements = Elements()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = elements
        #expect(parser.parse(), "the HTML is well-formed")
        return (elements, html)
    }

    @Test("Language, title and a caption for every table")
    func structure() throws {
        let (elements, html) = try parsed()
        #expect(elements.found.first { $0.name == "html" }?.attributes["lang"] == "nl")
        #expect(
            html.contains(
                "<title>Cijferbijlage bij &#39;Samenwerking tussen forensische zorg en gemeenten&#39; (2024)</title>"))
        let tables = elements.found.filter { $0.name == "table" }.count
        #expect(tables == 12 && elements.found.filter { $0.name == "caption" }.count == tables)
    }

    @Test("Header cells have a scope: columns in the head, row labels in the body")
    func scopes() throws {
        let (elements, _) = try parsed()
        let headers = elements.found.filter { $0.name == "th" }
        #expect(!headers.isEmpty && headers.allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
        #expect(
            headers.contains { $0.attributes["scope"] == "row" } && headers.contains { $0.attributes["scope"] == "col" }
        )
    }

    @Test("Nothing by style alone: estimates italic and marked '[g]', explained; totals bold and named; no colours")
    func noColourAlone() throws {
        let (elements, html) = try parsed()
        #expect(elements.found.contains { $0.name == "em" })
        #expect(html.contains("<li>&#39;[g]&#39; en cursief = geschat: afgeleid uit een gepubliceerd aandeel"))
        #expect(html.contains("<p class=\"symbols\">Tekens: &#39;[g]&#39; = geschat; &#39;.&#39; = onbekend"))
        #expect(html.contains("<tr class=\"total\"><th scope=\"row\">Totaal (gepubliceerd)</th>"))
        #expect(!elements.found.contains { $0.attributes["style"] != nil || $0.attributes["color"] != nil })
    }

    @Test("The numbers are the annex's numbers, in Dutch formatting")
    func numbers() throws {
        let (_, html) = try parsed()
        #expect(
            html.contains(
                "<tr><th scope=\"row\">Gevangeniswezen</th><td>31.456</td><td>21.735</td><td>24.775</td>"
                    + "<td>26.690</td><td>-9.721</td><td>-30,9%</td>"
            ))
        #expect(html.contains("<td><em>1.838\u{00A0}[g]</em></td>"))  // Oost-Nederland, estimated
    }

    @Test("htmlRows writes every table's rows as the rows section does, byte for byte; the annex's rows are those")
    func htmlRows() throws {
        let build = try realBuild.get()
        let methods = Methods(build.report, build.wording)
        let tables = build.report.tables.map { AnnexView.table($0, build.wording, methods: methods) }
        let view: [String: Any] = ["tables": tables]
        func render(_ template: String) throws -> String {
            var output = TemplateOutput()
            try Template(template).render(TemplateValue(view)!, scale: build.report.cellCount, to: &output)
            return output.buffer.text
        }
        let section = try render(
            "{{#tables}}{{#rows}}\n<tr{{#total}} class=\"total\"{{/total}}><th scope=\"row\">{{label.text}}</th>"
                + "{{#cells}}<td>{{#estimated}}<em>{{/estimated}}{{text}}"
                + "{{#estimated}}</em>{{/estimated}}</td>{{/cells}}</tr>{{/rows}}{{/tables}}")
        let lines = try render("{{#tables}}{{{htmlRows}}}{{/tables}}")
        #expect(lines == section)
        #expect(lines.contains("\n<tr><th scope=\"row\">&#39;s-Gravenhage</th><td>1.155</td>"))
        let rowCount = build.report.tables.reduce(0) { $0 + $1.rows.count }
        #expect(lines.components(separatedBy: "\n<tr").count - 1 == rowCount)
        let html = try readText(build.folder + "/samenwerking-2024.html")
        for table in tables {
            var rows = TemplateOutput()
            try Template("{{{htmlRows}}}").render(TemplateValue(table)!, scale: build.report.cellCount, to: &rows)
            #expect(html.contains("<tbody>" + rows.buffer.text + "\n</tbody>"))
        }
    }

    @Test("A release's masthead: title, publication date, contact, licence, source and links to every download")
    func masthead() throws {
        let (elements, html) = try parsed()
        #expect(html.contains("<dt>Gepubliceerd</dt><dd><time datetime=\"2024-08-15\">15 augustus 2024</time></dd>"))
        #expect(html.contains("<dt>Contact</dt><dd>Ministerie van Justitie en Veiligheid, Directie Forensische Zorg"))
        #expect(html.contains("<dt>Licentie</dt><dd><a href=\"https://creativecommons.org/publicdomain/zero/1.0/\">"
                              + "CC0 1.0"))
        let links = Set(elements.found.filter { $0.name == "a" }.compactMap { $0.attributes["href"] })
        let files = ["samenwerking-2024.xlsx", "samenwerking-2024.ods", "figures.csv", "figures.json"]
            + (try realBuild.get().report.tables.map { "tables/\($0.id).csv" })
        #expect(files.allSatisfy(links.contains), "\(files.filter { !links.contains($0) })")
        for file in files {
            #expect(FileManager.default.fileExists(atPath: try realBuild.get().folder + "/" + file), "\(file)")
        }
        for landmark in ["header", "main", "footer", "nav"] { #expect(elements.found.contains { $0.name == landmark }) }
    }

    @Test("Key figures: the last period of each figure the spec lists, with its latest change, as its table shows them")
    func keyFigures() throws {
        let (_, html) = try parsed()
        #expect(html.contains("<li><a href=\"#instroom-sector\">Tabel 1. Instroom per sector, 2019–2022</a>\n"
                              + "<span class=\"value\">26.690</span> <span class=\"what\">Gevangeniswezen 2022</span>\n"
                              + "<span class=\"change\">+7,7% ten opzichte van 2021</span></li>"))
        #expect(html.contains("<span class=\"value\">21.465</span> "
                              + "<span class=\"what\">Meldingen einde detentie 2023, Nederland</span>\n"
                              + "<span class=\"change\">-1,1% ten opzichte van 2022</span>"))
    }

    @Test("Every table scrolls in its own focusable region, labelled by its caption; nothing is loaded from elsewhere")
    func regions() throws {
        let (elements, html) = try parsed()
        let regions = elements.found.filter { $0.attributes["class"] == "table-scroll" }
        let captions = Set(elements.found.filter { $0.name == "caption" }.compactMap { $0.attributes["id"] })
        #expect(regions.count == 12)
        #expect(regions.allSatisfy { $0.attributes["role"] == "region" && $0.attributes["tabindex"] == "0"
                && captions.contains($0.attributes["aria-labelledby"] ?? "") })
        #expect(!elements.found.contains { ["script", "link", "img", "iframe"].contains($0.name) })
        let style = try #require(html.components(separatedBy: "<style>").last?
            .components(separatedBy: "</style>").first)
        #expect(!style.contains("@import") && !style.contains("url(") && style.contains("@media print"))
        #expect(style.contains("position: sticky"))
    }
}
