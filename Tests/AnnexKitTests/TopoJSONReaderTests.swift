import Foundation
import Testing
@testable import AnnexKit

/// The own TopoJSON reader on damaged and unusual files: it reads a file exactly as `JSONDecoder` does, or
/// leaves it to `JSONDecoder`, whose errors name the file.
@Suite("TopoJSON: the own reader on damaged files")
struct TopoJSONReaderTests {
    static let good = (try? readText(TopoJSONTests.miniGeo + "/gemeente_2022.topojson")) ?? ""

    /// The file with `original` replaced by `replacement`, which must occur in it.
    static func damaged(_ original: String, _ replacement: String) -> String {
        #expect(good.contains(original), "\(original) not in the file")
        return good.replacingOccurrences(of: original, with: replacement)
    }

    /// The loader's error for `text`, or nil when it reads it.
    static func loadError(_ text: String) throws -> String? {
        let path = try temporaryFile("gemeente_2022.topojson", text)
        do {
            _ = try TopoJSONLoader.load(path: path)
            return nil
        } catch let failure as LoadErrors {
            #expect(failure.errors.count == 1 && failure.errors[0].file == path)
            return failure.errors[0].message
        }
    }

    @Test("A file cut short anywhere is left to JSONDecoder, which refuses it naming the file")
    func truncated() throws {
        // Without the line break at the end, every shorter prefix is cut short.
        let bytes = Array(Self.good.trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        for length in 0..<bytes.count {
            #expect(TopoJSONReader.read(Data(bytes[..<length])) == nil, "cut at \(length)")
        }
        let path = Paths.realReference + "/geo/gemeente_2024.topojson"
        let real = try #require(FileManager.default.contents(atPath: path))
        for length in stride(from: 0, to: real.count, by: real.count / 50) {
            #expect(TopoJSONReader.read(real.prefix(length)) == nil, "cut at \(length)")
        }
        let cut = String(decoding: bytes[..<(bytes.count / 2)], as: UTF8.self)
        #expect(try Self.loadError(cut)?.contains("geen TopoJSON") == true)
    }

    @Test("Values of the wrong type are left to JSONDecoder, whose message names the file", arguments: [
        ("\"statcode\":\"GM0888\"", "\"statcode\":888"),
        ("\"scale\":[1000,1000]", "\"scale\":\"1000\""),
        ("[[15]]", "[[\"15\"]]"),
        ("\"type\":\"Topology\"", "\"type\":7"),
        ("[[0,3],[1,0]]", "[[0,3],[1,true]]"),
        ("\"statcode\":\"GM0363\",\"statnaam\":\"Amsterdam\"}", "\"statcode\":\"GM0363\",\"statnaam\":[]}"),
        // A Polygon's arcs nested as a MultiPolygon's, and the other way round.
        ("{\"type\":\"MultiPolygon\"", "{\"type\":\"Polygon\""),
        ("{\"type\":\"Polygon\",\"arcs\":[[-3,4,5,6]]", "{\"type\":\"MultiPolygon\",\"arcs\":[[-3,4,5,6]]"),
    ])
    func wrongTypes(original: String, replacement: String) throws {
        let text = Self.damaged(original, replacement)
        #expect(TopoJSONReader.read(Data(text.utf8)) == nil)
        #expect(TopoJSONTests.decoded(Data(text.utf8)) == nil)
        #expect(try Self.loadError(text)?.contains("geen TopoJSON") == true)
    }

    @Test("Numbers beyond the reader's limits go to JSONDecoder; those within are read as it reads them")
    func numbers() throws {
        // Out of range, or too long to read here, with the exponent JSONDecoder reads, and equal to 1.
        for (number, refused) in [("1e400", true), ("100000000000000000000000000000", true), ("1E0", false),
                                  ("10e-1", false), ("1.000000000000000000000000", false)] {
            let text = Self.damaged("[[0,3],[1,0]]", "[[0,3],[\(number),0]]")
            #expect(TopoJSONReader.read(Data(text.utf8)) == nil, "\(number)")
            #expect(try (Self.loadError(text) != nil) == refused, "\(number)")
        }
        // An arc's index beyond what an integer holds.
        let huge = Self.damaged("[[15]]", "[[99999999999999999999]]")
        #expect(TopoJSONReader.read(Data(huge.utf8)) == nil)
        #expect(try Self.loadError(huge)?.contains("geen TopoJSON") == true)
        for number in ["1234567890123456", "0.5", "-0", "-0.0", "12.000000000000000001", "-3.25"] {
            let text = Self.damaged("[[0,3],[1,0]]", "[[0,3],[\(number),0]]")
            let read = try #require(TopoJSONReader.read(Data(text.utf8)), "\(number)")
            #expect(read == TopoJSONTests.decoded(Data(text.utf8)), "\(number)")
        }
    }

    @Test("A key given twice, or an object of more keys than the reader compares, is left to JSONDecoder")
    func keys() throws {
        let twice = Self.damaged("\"statnaam\":\"Heerlen\"", "\"statnaam\":\"Heerlen\",\"statnaam\":\"Kerkrade\"")
        #expect(TopoJSONReader.read(Data(twice.utf8)) == nil)
        for (extra, fast) in [(30, true), (31, false)] {
            let keys = (1...extra).map { "\"k\($0)\":\($0)," }.joined()
            let text = Self.damaged("\"statcode\":\"GM0917\"", keys + "\"statcode\":\"GM0917\"")
            #expect((TopoJSONReader.read(Data(text.utf8)) != nil) == fast, "\(extra) keys more")
            let decoded = try #require(TopoJSONTests.decoded(Data(text.utf8)))
            #expect(decoded == TopoJSONTests.decoded(Data(Self.good.utf8)))
            #expect(try Self.loadError(text) == nil)
        }
    }

    @Test("Objects nested a hundred thousand deep are an error naming the file, not a crash")
    func deepObjects() throws {
        let depth = 100_000
        let nested = String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth)
        let text = Self.damaged("\"type\":\"Topology\"", "\"bbox\":\(nested),\"type\":\"Topology\"")
        #expect(TopoJSONReader.read(Data(text.utf8)) == nil)
        #expect(try Self.loadError(text) != nil)
    }

    @Test("Positions of one or three coordinates are read as JSONDecoder reads them")
    func positions() throws {
        let short = Self.damaged("[[0,3],[1,0]]", "[[0,3],[1]]")
        #expect(try #require(TopoJSONReader.read(Data(short.utf8))) == TopoJSONTests.decoded(Data(short.utf8)))
        #expect(try Self.loadError(short)?.contains("boog 0: minder dan twee punten") == true)
        let long = Self.damaged("[[0,3],[1,0]]", "[[0,3,7],[1,0,-2.5]]")
        let read = try #require(TopoJSONReader.read(Data(long.utf8)))
        #expect(read == TopoJSONTests.decoded(Data(long.utf8)))
        #expect(read == TopoJSONReader.read(Data(Self.good.utf8)))
    }

    @Test("Names in UTF-8 are read; bytes that are not UTF-8 are left to JSONDecoder")
    func encoding() throws {
        let accented = Self.damaged("\"Brielle\"", "\"Briëlle\"")
        let read = try #require(TopoJSONReader.read(Data(accented.utf8)))
        #expect(read == TopoJSONTests.decoded(Data(accented.utf8)))
        #expect(read.objects.values.first?.geometries[2].properties?.statnaam == "Briëlle")
        var bytes = Array(Self.good.utf8)
        let name = try #require(Self.good.range(of: "Brielle"))
        bytes[Self.good.utf8.distance(from: Self.good.startIndex, to: name.lowerBound) + 3] = 0xFF
        #expect(TopoJSONReader.read(Data(bytes)) == nil)
    }
}
