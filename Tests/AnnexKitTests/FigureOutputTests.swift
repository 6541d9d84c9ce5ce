import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
@testable import AnnexKit

/// An XML document read into its elements, each with its attributes, text and parent (test support).
final class XMLElements: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
        let parent: Int?
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var parsed = false

    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        parsed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(Element(name: name, attributes: attributes, parent: open.last))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let current = open.last { elements[current].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The indices of the elements of class `name`, inside element `ancestor` if given.
    func indices(ofClass name: String, inside ancestor: Int? = nil) -> [Int] {
        elements.indices.filter { index in
            elements[index].attributes["class"] == name && ancestor.map { isInside(index, $0) } != false
        }
    }

    func attribute(_ name: String, of index: Int) -> String? { elements[index].attributes[name] }

    /// Whether element `index` lies inside element `ancestor`.
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = elements[index].parent
        while let parent = current {
            if parent == ancestor { return true }
            current = elements[parent].parent
        }
        return false
    }
}

/// The figures of the real annex as written: SVG, PNG, HTML, Markdown and ODS.
@Suite("Figures: files of the 2024 annex", .serialized)
struct FigureOutputTests {
    static func svg(_ id: String, _ build: BuildResult) throws -> XMLElements {
        let elements = XMLElements(try readText(build.folder + "/figures/\(id).svg"))
        #expect(elements.parsed, "figures/\(id).svg is well-formed XML")
        return elements
    }

    static func builds() throws -> [BuildResult] { [try realBuild.get(), try realEnglishBuild.get()] }

    @Test("Every SVG parses as XML and is a self-contained accessible image: role, title, description; no scripts")
    func accessibleSVG() throws {
        for build in try Self.builds() {
            #expect(build.report.charts.count == 14)
            for chart in build.report.charts {
                let svg = try Self.svg(chart.id, build)
                let root = try #require(svg.elements.first)
                #expect(root.name == "svg" && root.attributes["role"] == "img")
                #expect(root.attributes["aria-labelledby"] == "\(chart.id)-title \(chart.id)-desc")
                let title = try #require(svg.named("title").first { $0.attributes["id"] == "\(chart.id)-title" })
                let desc = try #require(svg.named("desc").first { $0.attributes["id"] == "\(chart.id)-desc" })
                #expect(title.text.hasPrefix(build.wording(.figureSheet, ["number": String(chart.number)]) + ". "))
                #expect(desc.text.count > 60)
                #expect(svg.named("script").isEmpty && svg.named("style").isEmpty && svg.named("image").isEmpty)
                let names = svg.elements.flatMap(\.attributes.keys)
                #expect(names.allSatisfy { !$0.hasPrefix("on") && !$0.hasSuffix("href") })
            }
        }
    }

    @Test("A map has exactly one shape per municipality of its year (or district), each carrying its code")
    func oneShapePerRegion() throws {
        let build = try realBuild.get()
        var panels = 0
        for chart in build.report.charts {
            guard case .map(let map) = chart.content else { continue }
            let svg = try Self.svg(chart.id, build)
            for (index, panel) in svg.elements.enumerated() where panel.attributes["class"] == "panel" {
                let year = try #require(Int(panel.attributes["data-year"] ?? ""))
                let codes = svg.indices(ofClass: "region", inside: index).map {
                    svg.attribute("data-code", of: $0) ?? ""
                }
                let expected = map.level == .gemeente ? realGazetteer.municipalities(existingIn: year).map(\.code)
                    : realGazetteer.arrondissementen.map(\.code)
                #expect(codes.count == expected.count && Set(codes) == Set(expected), "\(chart.id) \(year)")
                panels += 1
            }
        }
        #expect(panels == 14)
    }

    @Test("Every value on a map is in a class of its legend and has its colour; regions without a figure are hatched")
    func legendCoversValues() throws {
        let build = try realBuild.get()
        let words = FigureWording(build.wording, report: build.report)
        for chart in build.report.charts {
            guard case .map(let map) = chart.content else { continue }
            let svg = try Self.svg(chart.id, build)
            // The legend's classes: their bounds and the colour of their swatch.
            let legend = svg.indices(ofClass: "legend-class").map { index in
                let swatch = svg.elements.first { $0.parent == index && $0.name == "rect" }
                return (lower: Double(svg.attribute("data-lower", of: index) ?? ""),
                        upper: Double(svg.attribute("data-upper", of: index) ?? ""),
                        colour: swatch?.attributes["fill"] ?? "")
            }
            #expect(legend.count == map.classes.count && Set(legend.map(\.colour)).count == legend.count)
            var hatched: [Status] = []
            for (panel, drawnPanel) in zip(map.panels, svg.indices(ofClass: "panel")) {
                let fills = Dictionary(uniqueKeysWithValues: svg.indices(ofClass: "region", inside: drawnPanel).map {
                    (svg.attribute("data-code", of: $0) ?? "", svg.attribute("fill", of: $0) ?? "")
                })
                for shape in panel.shapes {
                    let fill = try #require(fills[shape.region.code])
                    guard let value = shape.value, value.isDrawable, let number = value.amount.double else {
                        #expect(fill.hasPrefix("url(#\(chart.id)-"), "\(shape.region.name): no figure, not hatched")
                        hatched.append(shape.value?.amount.status ?? .missing)
                        continue
                    }
                    let classes = legend.filter { bounds in
                        (bounds.lower.map { number >= $0 } ?? true) && (bounds.upper.map { number < $0 } ?? true)
                    }
                    #expect(classes.count == 1 && classes.first?.colour == fill,
                            "\(chart.id): \(shape.region.name) \(number) in \(fill)")
                }
            }
            // Every hatching used is named in the legend.
            let legendGroup = try #require(svg.indices(ofClass: "legend").first)
            let legendText = svg.elements.indices.filter { svg.isInside($0, legendGroup) }.map { svg.elements[$0].text }
                .filter { !$0.isEmpty }.joined(separator: " ")
            for status in Set(hatched.map { $0 == .notApplicable ? Status.missing : $0 }) {
                #expect(legendText.contains(words.mark(status)), "\(chart.id): \(status) not in the legend")
            }
        }
    }

    @Test("A chart's bars and points are the table's values, and every bar's length is in proportion to its value")
    func barsMatchTables() throws {
        let build = try realBuild.get()
        let tables = Dictionary(uniqueKeysWithValues: build.report.tables.map { ($0.id, $0) })
        var checked = 0
        for chart in build.report.charts {
            guard case .chart(let data) = chart.content else { continue }
            let svg = try Self.svg(chart.id, build)
            let marks = svg.elements.filter { ["bar", "point"].contains($0.attributes["class"]) }
            let valued = data.series.flatMap(\.values).filter { $0.amount.status.hasValue }
            #expect(marks.count == valued.count, "\(chart.id)")
            var bars: [(length: Double, value: Double)] = []
            for mark in marks {
                let cell = try #require(mark.attributes["data-cell"]).split(separator: ":")
                let table = try #require(tables[String(cell[0])])
                let amount = table.rows[Int(cell[1])!].cells[Int(cell[2])!]
                let text = try #require(mark.attributes["data-value"])
                #expect(amount.exact.map(PlainNumber.format) == text, "\(chart.id) \(cell)")
                let value = try #require(Double(text))
                let length = Double(mark.attributes[data.horizontal ? "width" : "height"] ?? "")
                if let length, mark.attributes["class"] == "bar" { bars.append((length, abs(value))) }
                checked += 1
            }
            // Every bar has the same pixels per unit as the longest, to the tenth of a pixel they are written with.
            if let longest = bars.max(by: { $0.value < $1.value }) {
                let scale = longest.length / longest.value
                #expect(bars.allSatisfy { abs($0.length - scale * $0.value) <= 0.1 }, "\(chart.id): \(bars)")
            }
        }
        #expect(checked > 40)
    }

    @Test("Text alternatives say the point: highest, lowest and the change, from the numbers, in the annex's language")
    func textAlternatives() throws {
        func description(_ id: String, _ build: BuildResult) throws -> String {
            try #require(try Self.svg(id, build).named("desc").first).text
        }
        let nl = try realBuild.get(), en = try realEnglishBuild.get()
        let map = try description("kaart-begin-detentie", nl)
        #expect(map.hasPrefix("Kaart van Nederland per gemeente: Meldingen begin detentie, 2022 en 2023, in 5 klassen"))
        #expect(map.contains("2022: hoogste Rotterdam (1.723)") && map.contains("2023: hoogste Amsterdam (1.886)"))
        #expect(map.contains("Nederland: 15.337 in 2022 en 17.386 in 2023. Nederland: verschil 2022–2023 +13,4%."))
        #expect(try description("kaart-begin-detentie", en).contains("2023: highest Amsterdam (1,886)"))
        let change = try description("instroom-verandering", nl)
        #expect(change.contains("Gevangeniswezen: hoogste 2020–2021 (+14,0%), laagste 2019–2020 (-30,9%)."))
        let ranking = try description("top-einde-detentie", nl)
        #expect(ranking.contains("1. Amsterdam (2.111), 2. Rotterdam (2.041), 3. 's-Gravenhage (1.629)"))
        let estimated = try description("unieke-personen-arrondissement", nl)
        #expect(estimated.contains("hoogste Oost-Nederland (geschat 1.838)"))
        #expect(estimated.contains("2022: 6 zonder cijfer."))
        #expect(try description("kaart-einde-detentie-arrondissement", nl).contains("2023: 1 regio onvolledig (≥)."))
    }

    @Test("The HTML shows each figure inline beside its table: caption, image and a link to its table")
    func html() throws {
        let build = try realBuild.get()
        let page = XMLElements(try readText(build.folder + "/samenwerking-2024.html"))
        #expect(page.parsed)
        let figures = page.elements.indices.filter { page.elements[$0].name == "figure" }
        #expect(figures.count == 14)
        for (figure, chart) in zip(figures, build.report.charts) {
            #expect(page.elements[figure].attributes["id"] == chart.id)
            let inside = page.elements.indices.filter { page.isInside($0, figure) }.map { page.elements[$0] }
            #expect(inside.first?.name == "figcaption")
            #expect(inside.first?.text == "Figuur \(chart.number). \(chart.spec.title)")
            #expect(inside.contains { $0.name == "svg" && $0.attributes["role"] == "img" })
            let links = inside.filter { $0.name == "a" }.compactMap { $0.attributes["href"] }
            #expect(links == chart.tables.map { "#" + $0 } + ["figures/\(chart.id).png"])
        }
        // Beside its table: inside the table's section, before the table itself.
        let html = try readText(build.folder + "/samenwerking-2024.html")
        let section = try #require(html.range(of: "<h2 id=\"injus-meldingen-gemeente\">"))
        let map = try #require(html.range(of: "<figure id=\"kaart-begin-detentie\">"))
        let table = try #require(html.range(of: "<table>", range: section.upperBound..<html.endIndex))
        #expect(section.upperBound < map.lowerBound && map.upperBound < table.lowerBound)
    }

    @Test("The Markdown refers to each figure's SVG with its text alternative, and to its PNG")
    func markdown() throws {
        let build = try realBuild.get()
        let markdown = try readText(build.folder + "/samenwerking-2024.md")
        for chart in build.report.charts {
            #expect(markdown.contains("**Figuur \(chart.number). "))
            #expect(markdown.contains("](figures/\(chart.id).svg)") && markdown.contains("](figures/\(chart.id).png)"))
        }
        #expect(markdown.contains("![Kaart van Nederland per gemeente: Meldingen begin detentie, 2022 en 2023, in 5"))
    }

    @Test("Every PNG is the SVG at print resolution: 300 dpi recorded, 3,125 times the SVG's size")
    func png() throws {
        let build = try realBuild.get()
        for chart in build.report.charts {
            let data = try #require(FileManager.default.contents(atPath: build.folder + "/figures/\(chart.id).png"))
            let bytes = [UInt8](data)
            #expect(bytes.prefix(8) == [137, 80, 78, 71, 13, 10, 26, 10])
            func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
            let svg = try #require(try Self.svg(chart.id, build).elements.first)
            let width = try #require(Double(svg.attributes["width"] ?? ""))
            #expect(abs(Double(number(16)) - width * 300 / 96) <= 1, "\(chart.id)")
            // The pHYs chunk right after the header: 11.811 pixels per metre is 300 dpi.
            #expect(String(decoding: bytes[37..<41], as: UTF8.self) == "pHYs")
            #expect(number(41) == 11811 && number(45) == 11811)
            #expect(data.dropFirst(33).crc32(checksum: 0) != 0)
        }
    }

    @Test("The ODS holds every figure as an image with its title and text alternative")
    func ods() throws {
        let build = try realBuild.get()
        let archive = try Archive(url: URL(fileURLWithPath: build.folder + "/samenwerking-2024.ods"), accessMode: .read)
        func part(_ name: String) throws -> String {
            var data = Data()
            _ = try archive.extract(try #require(archive[name])) { data.append($0) }
            return String(decoding: data, as: UTF8.self)
        }
        let content = XMLElements(try part("content.xml"))
        #expect(content.parsed)
        let frames = content.named("draw:frame")
        let descriptions = content.named("svg:desc")
        #expect(frames.count == 14 && descriptions.count == 14 && descriptions.allSatisfy { $0.text.count > 60 })
        let manifest = try part("META-INF/manifest.xml")
        for chart in build.report.charts {
            #expect(archive["Pictures/\(chart.id).png"] != nil && manifest.contains("Pictures/\(chart.id).png"))
        }
    }
}
