import Foundation
import Testing
@testable import AnnexKit

@Suite("A chart's converter that cannot be started")
struct RasterizerStartTests {
    /// The error of drawing a one-line SVG with `program`, in a fresh folder: its PNG's path and the error.
    static func failure(program: (String) throws -> String) throws -> (png: String, error: FigureError) {
        let folder = try temporaryFolder()
        let svg = folder + "/f.svg", png = folder + "/f.png"
        try Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>"#.utf8)
            .write(to: URL(fileURLWithPath: svg))
        let error = try #require(throws: FigureError.self) {
            try FigureFiles.rasterize(svg, to: png, program: program(folder))
        }
        return (png, error)
    }

    @Test("A converter that is not there: the error names the step and the program, in both languages")
    func missingProgram() throws {
        var path = ""
        let (png, error) = try Self.failure { folder in
            path = folder + "/geen-rsvg-convert"
            return path
        }
        #expect(error.description(in: .nl)
            == "\(png): figuur niet geschreven (PNG tekenen: \(path) kon niet starten: bestaat niet)")
        #expect(error.description(in: .en)
            == "\(png): figure not written (drawing the PNG: \(path) could not be started: does not exist)")
    }

    @Test("A converter that may not be run: the error names the program and why")
    func programNotExecutable() throws {
        var path = ""
        let (png, error) = try Self.failure { folder in
            path = folder + "/rsvg-convert"
            try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: path))
            return path
        }
        #expect(error.description(in: .nl)
            == "\(png): figuur niet geschreven (PNG tekenen: \(path) kon niet starten: geen toegang (rechten))")
    }
}
