import Foundation
import Testing
import ZIPFoundation
@testable import AnnexKit

/// The figure sheets of the real workbook, read back: a native chart drawn from the cells of its
/// own sheet's table, which hold the table's numbers; a map as its image; both with alt text.
@Suite("XLSX figures", .serialized)
struct XLSXChartTests {
    let workbook: XLSXReader
    let build: BuildResult

    init() throws {
        build = try realBuild.get()
        workbook = try XLSXReader(path: build.folder + "/samenwerking-2024.xlsx")
    }

    /// The target of the only relationship of `part` (`xl/worksheets/sheet3.xml` → `xl/drawings/drawing1.xml`), if any.
    func related(_ part: String) throws -> String? {
        let folder = (part as NSString).deletingLastPathComponent
        let rels = folder + "/_rels/" + (part as NSString).lastPathComponent + ".rels"
        guard let xml = try? workbook.part(rels) else { return nil }
        let targets = try workbook.elements(in: xml, named: "Relationship").compactMap { $0["Target"] }
            .filter { $0.hasPrefix("../") }
        return targets.first.map { target in
            var components = folder.split(separator: "/").map(String.init)
            for component in target.split(separator: "/") {
                if component == ".." { components.removeLast() } else { components.append(String(component)) }
            }
            return components.joined(separator: "/")
        }
    }

    /// The drawing of the sheet called `name`, and the chart it holds (nil for an image).
    func drawing(_ name: String) throws -> (drawing: String, chart: String?) {
        let sheet = "xl/worksheets/sheet\(try #require(try workbook.sheetNames().firstIndex(of: name)) + 1).xml"
        let drawing = try #require(try related(sheet))
        let chart = try related(drawing).flatMap { $0.contains("/charts/") ? $0 : nil }
        return (try workbook.part(drawing), try chart.map { try workbook.part($0) })
    }

    @Test("Each map's image is its PNG, stored as it is (not deflated again); every part passes its checksum")
    func storedMaps() throws {
        let path = build.folder + "/samenwerking-2024.xlsx"
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        let words = FigureWording(build.wording, report: build.report)
        var maps = 0
        for chart in build.report.charts {
            guard case .map = chart.content else { continue }
            let index = try #require(try workbook.sheetNames().firstIndex(of: words.sheet(chart)))
            let drawing = try #require(try related("xl/worksheets/sheet\(index + 1).xml"))
            let media = try #require(try related(drawing))
            let entry = try #require(archive[media])
            #expect(entry.type == .file && entry.compressedSize == entry.uncompressedSize, "\(media)")
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            #expect(data == FileManager.default.contents(atPath: build.folder + "/figures/\(chart.id).png"))
            maps += 1
        }
        #expect(maps == 7)
        for entry in archive { _ = try archive.extract(entry) { _ in } }
    }

    /// The text between `<c:f>` and `</c:f>`: the cell ranges a chart is drawn from.
    static func ranges(_ chart: String) -> [String] {
        chart.components(separatedBy: "<c:f>").dropFirst().compactMap { $0.components(separatedBy: "</c:f>").first }
    }

    @Test("Each chart's series take their name, categories and values from the table on the figure's own sheet")
    func ranges() throws {
        let words = FigureWording(build.wording, report: build.report)
        var charts = 0
        for chart in build.report.charts {
            let sheet = words.sheet(chart)
            let (drawingXML, chartXML) = try drawing(sheet)
            let alternative = try workbook.elements(in: drawingXML, named: "xdr:cNvPr").compactMap { $0["descr"] }
            #expect(alternative == [words.description(chart)], "\(sheet) has the figure's text alternative")
            guard case .chart(let data) = chart.content else {
                #expect(chartXML == nil && drawingXML.contains("<xdr:pic>"), "\(sheet): a map is an image")
                continue
            }
            let xml = try #require(chartXML, "\(sheet): a native chart")
            let cells = try workbook.cells(named: sheet)
            let layout = SheetLayout(figure: chart, words)
            let table = try #require(layout.table)
            let (first, last) = (table.headerRow + 2, table.lastRow + 1)
            var expected: [String] = []
            func range(_ column: Substring) -> String {
                "'\(sheet)'!$\(column)$\(first)" + (first == last ? "" : ":$\(column)$\(last)")
            }
            for index in data.series.indices {
                let column = XLSXLayout.cellReference(row: 0, column: index + 1).dropLast()
                expected += ["'\(sheet)'!$\(column)$\(table.headerRow + 1)", range("A"), range(column)]
                // The cells hold the same numbers as the cells of the table they come from, on its sheet.
                for (row, value) in data.series[index].values.enumerated() where value.amount.status.hasValue {
                    let source = try #require(build.report.tables.first { $0.id == value.cell.table })
                    let origin = try workbook.cells(named: build.wording.sheet(source))
                    let headerRow = try #require(workbookSheets(build.report, build.wording)
                        .first { $0.name == build.wording.sheet(source) }?.table?.headerRow)
                    let reference = XLSXLayout.cellReference(row: headerRow + 1 + value.cell.row,
                                                             column: value.cell.column + 2)
                    let cell = try #require(cells["\(column)\(first + row)"])
                    #expect(cell.type == "n" && cell == origin[reference],
                            "\(sheet) \(column)\(first + row) against \(reference)")
                }
            }
            #expect(Self.ranges(xml) == expected, "\(sheet)")
            #expect(data.categories.indices.allSatisfy { cells["A\(first + $0)"]?.text.isEmpty == false })
            let type = chart.spec.kind == .line ? "<c:lineChart>"
                : data.horizontal ? "<c:barDir val=\"bar\"/>" : "<c:barDir val=\"col\"/>"
            #expect(xml.contains(type))
            let grouping = chart.spec.stacked ? "stacked" : chart.spec.kind == .line ? "standard" : "clustered"
            #expect(xml.contains("<c:grouping val=\"\(grouping)\"/>"))
            charts += 1
        }
        #expect(charts == 7)
    }

    @Test("A figure sheet has its caption, what it holds, the text alternative and the source above its table")
    func sheetTexts() throws {
        let cells = try workbook.cells(named: "Figuur 8")
        #expect(cells["A1"]?.text
                == "Figuur 8. Procentuele verandering van de in- en uitstroom per maatwerkvoorziening, 2021–2022")
        #expect(cells["A2"]?.text == "Dit werkblad bevat 1 figuur en 1 tabel met de cijfers ervan.")
        #expect(cells["A3"]?.text.hasPrefix("Beschrijving: Staafdiagram van procentuele verschillen:") == true)
        #expect(cells["A4"]?.text.hasPrefix("Bron: Samenwerking tussen forensische zorg en gemeenten") == true)
        #expect(cells["A5"]?.text == "Vergelijking" && cells["B5"]?.text == "Instroom ondersteuning thuis")
        // The cell holds the change as shown, -27,4%, as a fraction (as on the table's own sheet).
        #expect(cells["A6"]?.text == "2021–2022" && cells["B6"]?.number == -0.274)
        let map = try workbook.cells(named: "Figuur 4")
        #expect(map["A2"]?.text
                == "Dit werkblad bevat 1 figuur, als afbeelding; de cijfers staan op werkblad injus-gemeente.")
        #expect(try workbook.sheetXML(named: "Figuur 4").contains("location=\"'injus-gemeente'!A1\""))
    }
}
