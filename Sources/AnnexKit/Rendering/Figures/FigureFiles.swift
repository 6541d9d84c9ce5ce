import CWriteback
import Foundation

/// A figure file could not be written.
public struct FigureError: FileNotWritten {
    public static let headline = Message.figureNotWritten
    public let path: String
    public let reason: MessageText

    public init(path: String, reason: MessageText) {
        self.path = path
        self.reason = reason
    }
}

/// Every figure of a report drawn once as an SVG element: shown inline in the HTML annex and
/// written as `figures/<id>.svg`.
struct FigureImages: Sendable {
    /// The `<svg>` element of each chart, in the report's order.
    private let elements: [ByteBuffer]
    /// The text alternative of each chart (`FigureWording.description`), made once for its image and the page.
    private let descriptions: [String]

    /// The figures are drawn side by side (the maps' outlines are most of a build's drawing), the paths of
    /// shapes drawn alike in several maps made once.
    init(_ report: ComputedReport, _ words: FigureWording) {
        let charts = report.charts, paths = MapPaths()
        let drawn = SideBySide.map(charts.count) { index in
            let description = words.description(charts[index])
            return (FigureSVG.element(charts[index], words, description: description, paths: paths), description)
        }
        elements = drawn.map(\.0)
        descriptions = drawn.map(\.1)
    }

    /// The `<svg>` element of `chart`, a chart of the report.
    func element(_ chart: Chart) -> ByteBuffer { elements[chart.number - 1] }

    /// The text alternative of `chart`, a chart of the report, as its image has it.
    func description(_ chart: Chart) -> String { descriptions[chart.number - 1] }

    /// The SVG file of `chart`.
    func file(_ chart: Chart) -> ByteBuffer { FigureSVG.file(element: element(chart)) }
}

/// Writes every figure of a report as `figures/<id>.svg` and, for people who paste figures into a
/// word processor, `figures/<id>.png` at print resolution (300 dpi).
///
/// The PNG is drawn from the SVG by `rsvg-convert` (Debian's `librsvg2-bin`, installed by
/// `scripts/setup.sh`), with the SVG's own fonts resolved by the system (the generic sans-serif);
/// the same machine gives the same bytes. Figures are drawn side by side, one per processor, and a
/// figure drawn before from the same SVG is taken from the `PNGCache`.
enum FigureFiles {
    static let folder = "figures"
    static let rasterizer = "rsvg-convert"

    /// The file of a figure, relative to the output folder.
    static func path(_ chart: Chart, _ fileExtension: String) -> String { "\(folder)/\(chart.id).\(fileExtension)" }

    /// The rasterizer's arguments before the files: scale and background.
    static let rasterizerOptions = [
        "--zoom", String(FigureStyle.printScale), "--background-color", FigureStyle.background,
    ]

    /// The cache of PNGs drawn before by the rasterizer, in the output folder; nil without a rasterizer.
    static func cache(in output: OutputFolder) -> PNGCache? {
        executable(rasterizer).flatMap { PNGCache(output: output, program: $0, arguments: rasterizerOptions) }
    }

    /// Writes the SVG and PNG of every figure where `place` puts a file of the output folder (its
    /// path relative to the folder → the path to write, its folders made); PNGs drawn before come
    /// from `cache`. When the cache holds every figure's PNG, `found` is told so first, with each one
    /// opened, by its path relative to the output folder (a handle closes when the last holder lets it
    /// go). Returns the files written, relative to the output folder.
    static func write(_ report: ComputedReport, _ images: FigureImages, cache: PNGCache?,
                      place: (String) throws -> String,
                      found: ([String: FileHandle]) -> Void = { _ in }) throws -> [String] {
        let charts = report.charts
        let files = charts.flatMap { [path($0, "svg"), path($0, "png")] }
        let svgs = charts.map(images.file)
        let cached = svgs.map { cache?.png(for: $0) }
        if cached.allSatisfy({ $0 != nil }) {
            found(Dictionary(zip(charts.map { path($0, "png") }, cached.map { $0! })) { first, _ in first })
        }
        var targets: [(svg: String, png: String, file: ByteBuffer)] = []
        for (chart, file) in zip(charts, svgs) {
            let target = (svg: try place(path(chart, "svg")), png: try place(path(chart, "png")), file: file)
            try OutputFile(path: target.svg).write(file)
            targets.append(target)
        }
        let missing = cached.indices.filter { cached[$0] == nil }
        let results = try rasterize(missing.map { (targets[$0].svg, targets[$0].png) })
        for (index, png) in zip(missing, results) {
            cache?.store(png, for: targets[index].file)
            try png.write(to: URL(fileURLWithPath: targets[index].png))
        }
        for case let (target, png?) in zip(targets, cached) {
            try copy(png, to: target.png)
        }
        return files
    }

    /// Copies the PNG `source` (from the cache) to the new file `path`: on Linux by the kernel,
    /// without reading it into the program.
    static func copy(_ source: FileHandle, to path: String) throws {
        let output = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard output >= 0 else { throw FigureError(path: path, reason: FileProblem.describe(errno: errno)) }
        defer {
            annex_start_writeback(output)
            close(output)
        }
        #if os(Linux)
        var offset = off_t(0)
        while true {
            let copied = sendfile(output, source.fileDescriptor, &offset, Int(Int32.max))
            if copied == 0 { return }
            guard copied > 0 || errno == EINTR else {
                throw FigureError(path: path, reason: FileProblem.describe(errno: errno))
            }
        }
        #else
        try source.seek(toOffset: 0)
        try FileHandle(fileDescriptor: output).write(contentsOf: source.readToEnd() ?? Data())
        #endif
    }

    /// Draws each SVG as its PNG, one figure per processor at a time; returns the PNGs in order.
    static func rasterize(_ figures: [(svg: String, png: String)]) throws -> [Data] {
        guard !figures.isEmpty else { return [] }
        guard let program = executable(rasterizer) else {
            throw FigureError(path: figures[0].png, .figureNoRasterizer, ["program": "\(rasterizer)"])
        }
        return try SideBySide.map(figures.count) { index in
            Result { try rasterize(figures[index].svg, to: figures[index].png, program: program) }
        }.map { try $0.get() }
    }

    /// Draws `svg` as a PNG at `FigureStyle.printScale` times its size on white, and records the
    /// resolution in the PNG, so a word processor places it at its intended size. A `program` that cannot be
    /// started (not there, not executable, or the system refuses a new process) is named in the error.
    static func rasterize(_ svg: String, to png: String, program: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = rasterizerOptions + ["--output", png, svg]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw FigureError(path: png, .figureRasterizerNotStarted,
                              ["program": "\(program)", "reason": .message(FileProblem.describe(error))])
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: png) else {
            throw FigureError(
                path: png, .figureRasterizerFailed, ["program": "\(rasterizer)", "message": "\(message.prefix(200))"])
        }
        return withResolution(data, dotsPerInch: FigureStyle.printDotsPerInch)
    }

    /// The PNG with a `pHYs` chunk (pixels per metre) right after its header.
    static func withResolution(_ png: Data, dotsPerInch: Int) -> Data {
        let headerEnd = 8 + 4 + 4 + 13 + 4  // signature, then the IHDR chunk: length, type, data, CRC
        guard png.count > headerEnd else { return png }
        let perMetre = UInt32((Double(dotsPerInch) / 0.0254).rounded())
        let metres = PNGChunk.bigEndian(perMetre)
        let chunk = PNGChunk.bytes(type: "pHYs", data: metres + metres + [1])  // 1: the unit is the metre
        return png.prefix(headerEnd) + chunk + png.dropFirst(headerEnd)
    }

    /// The full path of a program on the PATH.
    static func executable(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let candidates = path.split(separator: ":").map { "\($0)/\(name)" }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
