import Foundation
import Testing
@testable import AnnexKit

/// Decoding TopoJSON: quantized, delta-encoded arcs, reversed arcs, multipolygons, borders between
/// groups; and the project's own maps against its list of municipalities.
@Suite("TopoJSON maps")
struct TopoJSONTests {
    static let miniGeo = Paths.fixtures + "/mini/data/reference/geo"

    @Test("Arcs are delta-decoded, scaled and translated; a reversed arc runs backwards; rings close")
    func decoding() throws {
        let topology = try TopoJSONLoader.load(path: Self.miniGeo + "/gemeente_2022.topojson")
        #expect(topology.features.map(\.code) == ["GM0363", "GM0599", "GM0501", "GM0888", "GM0917"])
        // Arc 15 is stored as [2,3], [1,0], [-1,1], [0,-1] with scale 1000 and translate (10000, 300000).
        #expect(topology.arcs[15] == [MapPoint(x: 12000, y: 303000), MapPoint(x: 13000, y: 303000),
                                      MapPoint(x: 12000, y: 304000), MapPoint(x: 12000, y: 303000)])
        // Rotterdam starts with arc 2 reversed: (0,2) → (1,2), then down its right side.
        let rotterdam = topology.points(ofRing: topology.features[1].polygons[0][0])
        #expect(rotterdam == [MapPoint(x: 10000, y: 302000), MapPoint(x: 11000, y: 302000),
                              MapPoint(x: 11000, y: 301000), MapPoint(x: 10000, y: 301000),
                              MapPoint(x: 10000, y: 302000)])
        #expect(topology.features[0].polygons.count == 2)  // Amsterdam and its island
    }

    @Test("The mesh of borders between groups leaves out arcs inside a group")
    func mesh() throws {
        let topology = try TopoJSONLoader.load(path: Self.miniGeo + "/gemeente_2022.topojson")
        let province = ["GM0363": "nh", "GM0599": "zh", "GM0501": "zh", "GM0888": "li", "GM0917": "li"]
        let borders = topology.mesh { province[$0.code] }
        // 16 arcs; inside Zuid-Holland (4: Rotterdam/Brielle) and Limburg (10: Beek/Heerlen) are not borders.
        #expect(borders.count == 14)
        #expect(!borders.contains(topology.arcs[4]) && !borders.contains(topology.arcs[10]))
        #expect(borders.contains(topology.arcs[2]))
        #expect(topology.mesh { _ in nil }.count == 16)
    }

    @Test("A broken file is an error naming it: no topology, an unknown arc, a ring that does not close")
    func errors() throws {
        let good = try readText(Self.miniGeo + "/gemeente_2022.topojson")
        let cases = [
            (good.replacingOccurrences(of: "\"Topology\"", with: "\"FeatureCollection\""), "topologie"),
            (good.replacingOccurrences(of: "[[[0,1,2,3]],[[15]]]", with: "[[[0,1,2,3]],[[16]]]"), "boog 16"),
            (good.replacingOccurrences(of: "[[-3,4,5,6]]", with: "[[-3,4,5]]"), "ring die niet sluit"),
            (good.replacingOccurrences(of: "\"statcode\":\"GM0888\",", with: ""), "geen statcode"),
            // An area without arcs, or with a ring of none, is not dropped in silence.
            (good.replacingOccurrences(of: "[[-3,4,5,6]]", with: "[]"), "GM0599 heeft een lege lijst van bogen"),
            (good.replacingOccurrences(of: "[[-3,4,5,6]]", with: "[[]]"), "GM0599 heeft een lege lijst van bogen"),
            (good.replacingOccurrences(of: "[[[0,1,2,3]],[[15]]]", with: "[]"),
             "GM0363 heeft een lege lijst van bogen"),
            ("{\"type\":", "geen TopoJSON"),
            // Finite numbers that scale or add up beyond any drawing.
            (good.replacingOccurrences(of: "\"scale\":[1000,1000]", with: "\"scale\":[1e308,1e308]"),
             "boog 0: een coördinaat buiten elk kaartbereik"),
            (good.replacingOccurrences(of: "[[0,3],[1,0]]", with: "[[1e308,3],[1e308,0]]"),
             "boog 0: een coördinaat buiten elk kaartbereik"),
            // A geometry that is no polygon names the file.
            (good.replacingOccurrences(of: "{\"type\":\"Polygon\",\"arcs\":[[-3,4,5,6]]",
                                       with: "{\"type\":\"Point\",\"coordinates\":[1,2]"),
             "geen TopoJSON: Point is geen (multi)polygoon"),
        ]
        for (text, expected) in cases {
            let path = try temporaryFile("gemeente_2022.topojson", text)
            do {
                _ = try TopoJSONLoader.load(path: path)
                Issue.record("expected an error for \(expected)")
            } catch let failure as LoadErrors {
                #expect(failure.errors.count == 1 && failure.errors[0].file == path)
                #expect(failure.errors[0].message.contains(expected), "\(failure.errors[0].message)")
            }
        }
    }

    /// The file as `JSONDecoder` decodes it, or nil where it refuses it.
    static func decoded(_ data: Data) -> TopoJSONFile? {
        try? JSONDecoder().decode(TopoJSONFile.self, from: data)
    }

    @Test("The own reader reads the project's maps exactly as JSONDecoder does", arguments: 2019...2025)
    func ownReader(year: Int) throws {
        let path = Paths.realReference + "/geo/gemeente_\(year).topojson"
        let data = try #require(FileManager.default.contents(atPath: path))
        let read = try #require(TopoJSONReader.read(data))
        #expect(read == Self.decoded(data))
        #expect(read.objects.values.first?.geometries.count ?? 0 > 300)
    }

    @Test("What the own reader does not take (escapes, a fraction in an index) JSONDecoder reads; spaces do not matter")
    func ownReaderDeclines() throws {
        let good = try readText(Self.miniGeo + "/gemeente_2022.topojson")
        let escaped = good.replacingOccurrences(of: "\"Brielle\"", with: "\"Bri\\u00EBlle\"")
        #expect(TopoJSONReader.read(Data(escaped.utf8)) == nil)
        let topology = try TopoJSONLoader.load(path: try temporaryFile("gemeente_2022.topojson", escaped))
        #expect(topology.features.map(\.name).contains("Briëlle"))
        #expect(TopoJSONReader.read(Data(good.replacingOccurrences(of: "[[15]]", with: "[[15.0]]").utf8)) == nil)
        let spaced = good.replacingOccurrences(of: ",", with: " ,\n\t").replacingOccurrences(of: ":", with: " : ")
        #expect(try #require(TopoJSONReader.read(Data(spaced.utf8))) == Self.decoded(Data(good.utf8)))
    }

    @Test("Arrays nested a hundred thousand deep are an error naming the file, not a crash")
    func deepNesting() throws {
        let good = try readText(Self.miniGeo + "/gemeente_2022.topojson")
        let depth = 100_000
        let nested = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let hostile = good.replacingOccurrences(of: "\"type\":\"Topology\"",
                                                with: "\"bbox\":\(nested),\"type\":\"Topology\"")
        #expect(hostile.count > good.count + 2 * depth)
        #expect(TopoJSONReader.read(Data(hostile.utf8)) == nil)
        let path = try temporaryFile("gemeente_2022.topojson", hostile)
        #expect(throws: LoadErrors.self) { _ = try TopoJSONLoader.load(path: path) }
        // Nesting a topology may have is read by the own reader.
        let shallow = good.replacingOccurrences(of: "\"type\":\"Topology\"",
                                                with: "\"bbox\":[[[[]]]],\"type\":\"Topology\"")
        #expect(TopoJSONReader.read(Data(shallow.utf8)) != nil)
    }

    @Test("Damaged files: the own reader gives what JSONDecoder gives, or leaves the file to it")
    func ownReaderOnDamage() throws {
        let good = Array(try readText(Self.miniGeo + "/gemeente_2022.topojson").utf8)
        var generator = SystemRandomNumberGenerator()
        let replacements = Array("{}[],:\"\\-.0123456789eE+ tnul".utf8)
        for _ in 0..<2_000 {
            var bytes = good
            for _ in 0...Int.random(in: 0...2, using: &generator) {
                let index = Int.random(in: bytes.indices, using: &generator)
                switch Int.random(in: 0...2, using: &generator) {
                case 0: bytes.remove(at: index)
                case 1: bytes.insert(replacements.randomElement(using: &generator)!, at: index)
                default: bytes[index] = replacements.randomElement(using: &generator)!
                }
            }
            let data = Data(bytes)
            guard let read = TopoJSONReader.read(data) else { continue }
            #expect(read == Self.decoded(data), "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    @Test("A map whose municipalities differ from the reference for its year is refused")
    func reference() throws {
        let gazetteer = try ReferenceLoader.load(folder: Paths.fixtures + "/mini/data/reference")
        do {
            let folder = try Self.copied(year: 2022, as: 2023)
            _ = try TopoJSONLoader.municipalities(year: 2023, folder: folder, gazetteer: gazetteer)
            Issue.record("expected the 2022 map to be refused as the map of 2023")
        } catch let failure as LoadErrors {
            #expect(failure.errors[0].message.contains("niet in de gemeentelijst van 2023: GM0501; ontbreken: GM1992"))
        }
    }

    static func copied(year: Int, as other: Int) throws -> String {
        let folder = try temporaryFolder()
        try FileManager.default.copyItem(atPath: miniGeo + "/gemeente_\(year).topojson",
                                         toPath: folder + "/gemeente_\(other).topojson")
        return folder
    }

    @Test("The project's maps 2019–2025 hold exactly the municipalities of each year", arguments: 2019...2025)
    func projectMaps(year: Int) throws {
        let topology = try TopoJSONLoader.municipalities(year: year, folder: Paths.realReference + "/geo",
                                                         gazetteer: realGazetteer)
        #expect(topology.features.count == realGazetteer.municipalities(existingIn: year).count)
        // RD New: the Netherlands lies between about 0 and 300 km east and 300 and 630 km north.
        let points = topology.arcs.joined()
        #expect(points.allSatisfy { (0...300_000).contains($0.x) && (300_000...630_000).contains($0.y) })
    }
}
