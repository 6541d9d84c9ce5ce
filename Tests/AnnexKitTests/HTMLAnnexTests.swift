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
        #expect(html.contains("<title>Cijferbijlage bij &#39;Samenwerking tussen forensische zorg en gemeenten&#39; (2024)</title>"))
        let tables = elements.found.filter { $0.name == "table" }.count
        #expect(tables == 12 && elements.found.filter { $0.name == "caption" }.count == tables)
    }

    @Test("Header cells have a scope: columns in the head, row labels in the body")
    func scopes() throws {
        let (elements, _) = try parsed()
        let headers = elements.found.filter { $0.name == "th" }
        #expect(!headers.isEmpty && headers.allSatisfy { ["col", "row"].contains($0.attributes["scope"]) })
        #expect(headers.contains { $0.attributes["scope"] == "row" } && headers.contains { $0.attributes["scope"] == "col" })
    }

    @Test("No information by colour alone: estimates are italic and explained, totals bold by class; no inline colours")
    func noColourAlone() throws {
        let (elements, html) = try parsed()
        #expect(elements.found.contains { $0.name == "em" })
        #expect(html.contains("Teken: cursief = geschat"))
        #expect(html.contains("<tr class=\"total\"><th scope=\"row\">Totaal (gepubliceerd)</th>"))
        #expect(!elements.found.contains { $0.attributes["style"] != nil || $0.attributes["color"] != nil })
    }

    @Test("The numbers are the annex's numbers, in Dutch formatting")
    func numbers() throws {
        let (_, html) = try parsed()
        #expect(html.contains("<tr><th scope=\"row\">Gevangeniswezen</th><td>31.456</td><td>21.735</td><td>24.775</td><td>26.690</td><td>-9.721</td><td>-30,9%</td>"))
        #expect(html.contains("<td><em>1.838</em></td>"))  // Oost-Nederland, estimated
    }
}
