import Foundation
import Testing
@testable import AnnexKit

/// The paths of map panels made once for the maps of a report that draw the same shapes at the same place.
@Suite("Figures: map paths shared between maps")
struct MapPathsTests {
    static let placement = MapPaths.Placement(minX: 0, maxY: 100, scale: 0.5, left: 10, top: 20)
    static let square = [[MapPoint(x: 0, y: 0), MapPoint(x: 10, y: 0), MapPoint(x: 10, y: 10), MapPoint(x: 0, y: 0)]]

    /// `paths` asked for `shapes` at `placement`, counting the shapes made anew in `made`.
    static func paths(_ paths: MapPaths, _ shapes: [[[MapPoint]]], closed: Bool = true,
                      at placement: MapPaths.Placement = placement, made: inout Int) -> [String] {
        var count = 0
        let result = paths.paths(shapes, closed: closed, at: placement) { rings in
            count += 1
            var bytes = ByteBuffer()
            for point in rings.joined() {
                let (x, y) = placement.project(point)
                bytes.append("\(x),\(y) ")
            }
            return bytes
        }
        made += count
        return result.map(\.text)
    }

    @Test("A panel's paths are made once for equal rings at an equal placement, anew for others, lines or places")
    func madeOnce() {
        let paths = MapPaths()
        var made = 0
        let first = Self.paths(paths, [Self.square, []], made: &made)
        #expect(made == 2 && first == ["100,700 150,700 150,650 100,700 ", ""])
        // Equal rings in storage of their own are taken again.
        let copy = Self.square.map { Array($0.map { MapPoint(x: $0.x, y: $0.y) }) }
        #expect(Self.paths(paths, [copy, []], made: &made) == first && made == 2)
        let moved = [[MapPoint(x: 1, y: 0)] + Self.square[0].dropFirst()]
        #expect(Self.paths(paths, [moved, []], made: &made)[0].hasPrefix("105,700 ") && made == 4)
        let elsewhere = MapPaths.Placement(minX: 0, maxY: 100, scale: 0.5, left: 20, top: 20)
        #expect(Self.paths(paths, [Self.square, []], at: elsewhere, made: &made)[0].hasPrefix("200,700 "))
        #expect(made == 6)
        _ = Self.paths(paths, [Self.square, []], closed: false, made: &made)
        #expect(made == 8)
    }

    @Test("Every figure of the 2024 annex, drawn alone, is the file the build wrote with the maps' paths shared")
    func sameAsDrawnAlone() throws {
        for build in [try realBuild.get(), try realEnglishBuild.get()] {
            let words = FigureWording(build.wording, report: build.report)
            var maps = 0
            for chart in build.report.charts {
                let written = try readText(build.folder + "/figures/\(chart.id).svg")
                #expect(written == FigureSVG.file(element: FigureSVG.element(chart, words)).text, "\(chart.id)")
                if case .map = chart.content { maps += 1 }
            }
            #expect(maps == 7)
        }
    }
}
