import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import AnnexKit

/// Writes the real report's ODS and reads it back.
@Suite("ODS round trip", .serialized)
struct ODSRoundTripTests {
    func file(_ extension: String) throws -> String { try realBuild.get().folder + "/samenwerking-2024." + `extension` }

    func part(_ name: String) throws -> String {
        let archive = try Archive(url: URL(fileURLWithPath: try file("ods")), accessMode: .read)
        let entry = try #require(archive[name])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Cells of one sheet: rows of (value type, office:value, text, style).
    final class Cells: NSObject, XMLParserDelegate {
        let sheet: String
        var rows: [[(type: String, value: String, text: String, style: String)]] = []
        private var inSheet = false, inText = false
        init(sheet: String) { self.sheet = sheet }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch element {
            case "table:table": inSheet = attributes["table:name"] == sheet
            case "table:table-row" where inSheet: rows.append([])
            case "table:table-cell" where inSheet:
                rows[rows.count - 1].append(
                    (
                        attributes["office:value-type"] ?? "", attributes["office:value"] ?? "", "",
                                             attributes["table:style-name"] ?? ""))
            case "text:p" where inSheet: inText = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inText, !rows.isEmpty, !rows[rows.count - 1].isEmpty else { return }
            rows[rows.count - 1][rows[rows.count - 1].count - 1].text += string
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "text:p" { inText = false }
            if element == "table:table" { inSheet = false }
        }
    }

    func cells(_ sheet: String) throws -> Cells {
        let reader = Cells(sheet: sheet)
        let parser = XMLParser(data: Data(try part("content.xml").utf8))
        parser.delegate = reader
        #expect(parser.parse(), "content.xml is well-formed XML")
        return reader
    }

    @Test("The mimetype comes first and uncompressed; manifest and metadata are there")
    func container() throws {
        let archive = try Archive(url: URL(fileURLWithPath: try file("ods")), accessMode: .read)
        let first = try #require(archive.makeIterator().next())
        #expect(first.path == "mimetype" && first.compressedSize == first.uncompressedSize)
        #expect(try part("mimetype") == "application/vnd.oasis.opendocument.spreadsheet")
        #expect(try part("META-INF/manifest.xml").contains("manifest:full-path=\"content.xml\""))
        let meta = try part("meta.xml")
        #expect(meta.contains("<meta:creation-date>2024-08-15T00:00:00</meta:creation-date>"))
        #expect(meta.contains("<dc:language>nl-NL</dc:language>"))
    }

    @Test("The same sheets as the XLSX, in the same order")
    func sheets() throws {
        let xlsx = try XLSXReader(path: try file("xlsx")).sheetNames()
        let content = try part("content.xml")
        let names = content.components(separatedBy: "<table:table table:name=\"").dropFirst().map {
            $0.prefix { $0 != "\"" }
        }.map(String.init)
        #expect(names == xlsx)
        #expect(
            content.contains(
                "<text:a xlink:type=\"simple\" xlink:href=\"#instroom-sector.A1\">instroom-sector</text:a>"))
    }

    @Test("Tabel 1: numbers are numbers, percentages are percentages as shown, in Dutch")
    func tabel1() throws {
        let rows = try cells("instroom-sector").rows
        #expect(rows[0].first?.text == "Tabel 1. Instroom per sector, 2019–2022")
        #expect(rows[4].first?.text == "Sector")
        let count = rows[5][2]
        #expect(count.type == "float" && count.value == "31456" && count.text == "31.456")
        let change = rows[5][7]
        #expect(change.type == "percentage" && change.value == "-0.309")  // −30,9035…% as shown, exactly
        #expect(change.text == "-30,9%")
        #expect(try part("content.xml").contains("<number:text>+</number:text>"))
    }

    @Test("Estimated cells are italic and carry '[g]' in their number style; incomplete sums carry '≥'")
    func qualities() throws {
        let persons = try cells("3ro-personen-arrondissement").rows
        let oostNederland = try #require(persons.first { $0.first?.text == "Oost-Nederland" })
        #expect(oostNederland[2].style == "ce-count0-estimated" && oostNederland[2].text == "1.838\u{00A0}[g]")
        #expect(oostNederland[2].value == "1838")  // 1.837,752 as shown
        let content = try part("content.xml")
        #expect(content.contains("<style:style style:name=\"ce-count0-estimated\" style:family=\"table-cell\" "
                                 + "style:data-style-name=\"N-count0-estimated\">"
                                 + "<style:text-properties fo:font-style=\"italic\"/>"))
        let districts = try cells("injus-arrondissement").rows
        let denHaag = try #require(districts.first { $0.first?.text == "Den Haag" })
        #expect(denHaag[3].value == "2363" && denHaag[3].text == "≥2.363" && denHaag[3].style == "ce-count0-incomplete")
        #expect(content.contains(
            "<number:number-style style:name=\"N-count0-incomplete\"><number:text>≥</number:text>"))
        #expect(content.contains("<number:number-style style:name=\"N-count0-estimated\"><number:number "
                                 + "number:decimal-places=\"0\" number:min-decimal-places=\"0\" "
                                 + "number:min-integer-digits=\"1\" number:grouping=\"true\"/>"
                                 + "<number:text>\u{00A0}[g]</number:text></number:number-style>"))
    }
}
