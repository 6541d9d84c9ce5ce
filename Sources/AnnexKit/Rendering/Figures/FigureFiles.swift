import Foundation
import ZIPFoundation

/// A figure file could not be written.
public struct FigureError: Error, CustomStringConvertible {
    public let path: String
    public let reason: MessageText

    init(path: String, _ message: Message, _ values: [String: MessageText.Value] = [:]) {
        self.path = path
        reason = MessageText(message, values)
    }

    /// The error in `language`.
    public func description(in language: Language) -> String {
        MessageText(.figureNotWritten, ["path": "\(path)", "reason": .message(reason)]).text(in: language)
    }

    public var description: String { description(in: .source) }
}

/// Writes every figure of a report as `figures/<id>.svg` and, for people who paste figures into a
/// word processor, `figures/<id>.png` at print resolution (300 dpi).
///
/// The PNG is drawn from the SVG by `rsvg-convert` (Debian's `librsvg2-bin`, installed by
/// `scripts/setup.sh`), with the SVG's own fonts resolved by the system (the generic sans-serif);
/// the same machine gives the same bytes.
enum FigureFiles {
    static let folder = "figures"
    static let rasterizer = "rsvg-convert"

    /// The file of a figure, relative to the output folder.
    static func path(_ chart: Chart, _ fileExtension: String) -> String { "\(folder)/\(chart.id).\(fileExtension)" }

    /// Writes the SVG and PNG of every figure where `place` puts a file of the output folder (its
    /// path relative to the folder → the path to write, its folders made); returns the files
    /// written, relative to the output folder.
    static func write(_ report: ComputedReport, _ words: FigureWording,
                      place: (String) throws -> String) throws -> [String] {
        var files: [String] = []
        for chart in report.charts {
            let svg = path(chart, "svg"), png = path(chart, "png")
            try Data(FigureSVG.file(chart, words).utf8).write(to: URL(fileURLWithPath: try place(svg)))
            try rasterize(try place(svg), to: try place(png))
            files += [svg, png]
        }
        return files
    }

    /// Draws `svg` as a PNG at `FigureStyle.printScale` times its size on white, and records the
    /// resolution in the PNG, so a word processor places it at its intended size.
    static func rasterize(_ svg: String, to png: String) throws {
        guard let program = executable(rasterizer) else {
            throw FigureError(path: png, .figureNoRasterizer, ["program": "\(rasterizer)"])
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["--zoom", String(FigureStyle.printScale), "--background-color", FigureStyle.background,
                             "--output", png, svg]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: png) else {
            throw FigureError(
                path: png, .figureRasterizerFailed, ["program": "\(rasterizer)", "message": "\(message.prefix(200))"])
        }
        try withResolution(data, dotsPerInch: FigureStyle.printDotsPerInch).write(to: URL(fileURLWithPath: png))
    }

    /// The PNG with a `pHYs` chunk (pixels per metre) right after its header.
    static func withResolution(_ png: Data, dotsPerInch: Int) -> Data {
        let headerEnd = 8 + 4 + 4 + 13 + 4  // signature, then the IHDR chunk: length, type, data, CRC
        guard png.count > headerEnd else { return png }
        let perMetre = UInt32((Double(dotsPerInch) / 0.0254).rounded())
        func bigEndian(_ value: UInt32) -> Data { withUnsafeBytes(of: value.bigEndian) { Data($0) } }
        let body = Data("pHYs".utf8) + bigEndian(perMetre) + bigEndian(perMetre) + Data([1])
        let chunk = bigEndian(UInt32(body.count - 4)) + body + bigEndian(body.crc32(checksum: 0))
        return png.prefix(headerEnd) + chunk + png.dropFirst(headerEnd)
    }

    /// The full path of a program on the PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { "\($0)/\(name)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
