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

    @Test("A coordinate is rounded as Int(rounded()) rounds it: halves away from zero, values next to halves, large")
    func roundedAsTheLibraryRounds() {
        var values: [Double] = [0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
                                4_503_599_627_370_495.5, -4_503_599_627_370_495.5, 9_007_199_254_740_993,
                                1e15 + 0.5, -1e15 - 0.5, 123_456.75, -123_456.25]
        for whole in stride(from: -40.0, through: 40.0, by: 1) {
            values += [whole + 0.5, (whole + 0.5).nextUp, (whole + 0.5).nextDown, whole.nextUp, whole.nextDown]
        }
        var generator = SystemRandomNumberGenerator()
        values += (0..<2_000).map { _ in Double.random(in: -1e7...1e7, using: &generator) }
        for value in values {
            #expect(MapPaths.Placement.rounded(value) == Int(value.rounded()), "\(value)")
        }
    }

    @Test("Every figure of the 2024 annex, drawn alone, is the file the build wrote with the maps' paths shared")
    func sameAsDrawnAlone() throws {
        for build in [try realBuild.get(), try realEnglishBuild.get()] {
            let words = FigureWording(build.wording, report: build.report)
            var maps = 0
            for chart in build.report.charts {
                let written = try readText(build.folder + "/figures/\(chart.id).svg")
                let alone = FigureSVG.element(chart, words, description: words.description(chart))
                #expect(written == FigureSVG.file(element: alone).text, "\(chart.id)")
                if case .map = chart.content { maps += 1 }
            }
            #expect(maps == 7)
        }
    }
}
